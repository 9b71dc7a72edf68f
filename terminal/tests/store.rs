//! Opening: where the store goes, how its key is kept, what the device's
//! locale variables do, and what happens without a terminal.

mod common;

use common::{command, ok, tempdir};

#[cfg(unix)]
#[test]
fn key_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir();
    ok(dir.path(), &["print", "languages"]);
    let mode = std::fs::metadata(dir.path().join("haven.key")).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
}

#[test]
fn a_second_run_reuses_the_store_and_its_key() {
    let dir = tempdir();
    let first = ok(dir.path(), &["print", "languages"]);
    let key = std::fs::read(dir.path().join("haven.key")).unwrap();
    let second = ok(dir.path(), &["print", "languages"]);
    assert_eq!(first, second);
    assert_eq!(std::fs::read(dir.path().join("haven.key")).unwrap(), key, "the key is not replaced");
}

#[test]
fn without_a_terminal_and_subcommand_home_is_printed() {
    let dir = tempdir();
    let home = ok(dir.path(), &[]);
    assert_eq!(home, ok(dir.path(), &["print", "home"]));
}

#[test]
fn data_dir_can_come_from_the_environment() {
    let dir = tempdir();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_haven"))
        .env_clear()
        .env("HAVEN_DATA_DIR", dir.path())
        .args(["print", "regions"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(dir.path().join("haven.key").exists());
}

#[test]
fn device_locale_and_country_come_from_lang() {
    let dir = tempdir();
    let out = command(dir.path())
        .env("LANG", "C.UTF-8")
        .env("LC_MESSAGES", "uk_UA.UTF-8")
        .args(["print", "home", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let view: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(view["locale"]["tag"], "uk");

    let out = command(dir.path()).env("LC_ALL", "en_GB.UTF-8").args(["print", "home", "--format", "json"]).output();
    let view: serde_json::Value = serde_json::from_slice(&out.unwrap().stdout).unwrap();
    assert_eq!(view["region"]["code"], "GB", "the country part of the locale is the device's region");
    assert_eq!(view["urgent_helplines"][0]["emergency"], true);
}
