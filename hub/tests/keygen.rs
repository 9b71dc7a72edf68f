//! keygen and key loading, through the library and the binary.

use std::io::Write;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::{Command, Stdio};

use haven_hub::keys::{self, KeyError, Passphrase};
use ring::signature::{ED25519, UnparsedPublicKey};

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

fn expected_key_id(public: &[u8; 32]) -> String {
    let hash = ring::digest::digest(&ring::digest::SHA256, public);
    hash.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[test]
fn a_plain_key_pair_has_the_documented_files_and_signs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ngo.v1");
    let made = keys::generate_signing_key(&out, None).unwrap();
    assert_eq!(made.private_path, dir.path().join("ngo.v1.key"));
    assert_eq!(made.public_path, dir.path().join("ngo.v1.pub"));
    assert_eq!(mode(&made.private_path), 0o600);

    let private = std::fs::read_to_string(&made.private_path).unwrap();
    let lines: Vec<&str> = private.lines().collect();
    assert_eq!(lines.first(), Some(&"-----BEGIN HAVEN ED25519 PRIVATE KEY-----"));
    assert_eq!(lines.last(), Some(&"-----END HAVEN ED25519 PRIVATE KEY-----"));

    let public_file = std::fs::read_to_string(&made.public_path).unwrap();
    assert_eq!(public_file.lines().count(), 1);
    assert!(public_file.starts_with("ed25519:") && public_file.ends_with('\n'));
    let public = keys::read_public_key(&made.public_path).unwrap();
    assert_eq!(made.key_id, expected_key_id(&public));
    assert_eq!(made.key_id.len(), 16);
    assert!(made.key_id.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)));

    let key = keys::load_signing_key(&made.private_path, None).unwrap();
    assert_eq!(key.public_key(), public);
    assert_eq!(key.key_id(), made.key_id);
    let message = b"manifest bytes";
    let signature = key.sign(message);
    UnparsedPublicKey::new(&ED25519, &public).verify(message, &signature).expect("ring verifies");
    assert!(UnparsedPublicKey::new(&ED25519, &public).verify(b"other bytes", &signature).is_err());
    let debug = format!("{key:?}");
    assert!(debug.contains(&made.key_id) && !debug.contains(&lines[1][..20]), "{debug}");
}

#[test]
fn two_keys_are_different() {
    let dir = tempfile::tempdir().unwrap();
    let a = keys::generate_signing_key(&dir.path().join("a"), None).unwrap();
    let b = keys::generate_signing_key(&dir.path().join("b"), None).unwrap();
    assert_ne!(a.public_line, b.public_line);
    assert_ne!(a.key_id, b.key_id);
}

#[test]
fn a_passphrase_key_round_trips_and_a_wrong_passphrase_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("root-1");
    let passphrase = Passphrase::from("correct horse battery staple".to_owned());
    let made = keys::generate_signing_key(&out, Some(&passphrase)).unwrap();
    assert_eq!(mode(&made.private_path), 0o600);
    let armored = std::fs::read_to_string(&made.private_path).unwrap();
    assert!(armored.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"), "{armored}");
    assert!(!armored.contains("HAVEN ED25519"));

    let key = keys::load_signing_key(&made.private_path, Some(&passphrase)).unwrap();
    assert_eq!(key.key_id(), made.key_id);
    let public = keys::read_public_key(&made.public_path).unwrap();
    UnparsedPublicKey::new(&ED25519, &public).verify(b"m", &key.sign(b"m")).unwrap();

    let wrong = Passphrase::from("correct horse battery stapler".to_owned());
    let err = keys::load_signing_key(&made.private_path, Some(&wrong)).unwrap_err();
    assert!(matches!(err, KeyError::WrongPassphrase { .. }), "{err}");
    assert!(!err.to_string().contains("stapler"), "no passphrase in errors: {err}");
    let err = keys::load_signing_key(&made.private_path, None).unwrap_err();
    assert!(matches!(err, KeyError::PassphraseRequired { .. }), "{err}");
}

#[test]
fn existing_files_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ngo");
    let first = keys::generate_signing_key(&out, None).unwrap();
    let before = std::fs::read(&first.private_path).unwrap();
    let err = keys::generate_signing_key(&out, None).unwrap_err();
    assert!(matches!(err, KeyError::AlreadyExists { .. }), "{err}");
    assert_eq!(std::fs::read(&first.private_path).unwrap(), before);
    assert!(matches!(keys::generate_report_recipient(&out), Err(KeyError::AlreadyExists { .. })));

    // Only the public half present: still refused, and no private file appears.
    let lone = dir.path().join("lone");
    std::fs::write(dir.path().join("lone.pub"), "x").unwrap();
    assert!(matches!(keys::generate_signing_key(&lone, None), Err(KeyError::AlreadyExists { .. })));
    assert!(!dir.path().join("lone.key").exists());
}

#[test]
fn a_private_key_others_can_read_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let made = keys::generate_signing_key(&dir.path().join("k"), None).unwrap();
    for loose in [0o640, 0o604, 0o644] {
        std::fs::set_permissions(&made.private_path, std::fs::Permissions::from_mode(loose)).unwrap();
        let err = keys::load_signing_key(&made.private_path, None).unwrap_err();
        assert!(matches!(err, KeyError::InsecurePermissions { mode, .. } if mode == loose), "{err}");
        assert!(err.to_string().contains("chmod 600"));
    }
    std::fs::set_permissions(&made.private_path, std::fs::Permissions::from_mode(0o400)).unwrap();
    assert!(keys::load_signing_key(&made.private_path, None).is_ok(), "read-only for the owner is fine");
}

fn private_file(dir: &Path, name: &str, contents: &[u8]) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, contents).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

#[test]
fn malformed_key_files_get_typed_errors() {
    let dir = tempfile::tempdir().unwrap();
    let made = keys::generate_signing_key(&dir.path().join("good"), None).unwrap();
    let good = std::fs::read_to_string(&made.private_path).unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("truncated", good.as_bytes()[..good.len() / 2].to_vec()),
        ("not base64", good.replacen('A', "!", 1).into_bytes()),
        ("binary", vec![0xff, 0xfe, 0x00, 0x01]),
        ("ssh key", b"-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n".to_vec()),
        (
            "not pkcs8",
            b"-----BEGIN HAVEN ED25519 PRIVATE KEY-----\nAAAAAAAA\n-----END HAVEN ED25519 PRIVATE KEY-----\n".to_vec(),
        ),
        ("damaged age", b"-----BEGIN AGE ENCRYPTED FILE-----\nnonsense\n-----END AGE ENCRYPTED FILE-----\n".to_vec()),
    ];
    for (name, contents) in cases {
        let path = private_file(dir.path(), name, &contents);
        let passphrase = Passphrase::from("x".to_owned());
        let err = keys::load_signing_key(&path, Some(&passphrase)).unwrap_err();
        assert!(matches!(err, KeyError::Malformed { .. }), "{name}: {err}");
        assert!(err.to_string().contains(name), "the error names the file: {err}");
    }
    let huge = private_file(dir.path(), "huge", &vec![b'A'; keys::MAX_PRIVATE_FILE_BYTES + 1]);
    assert!(matches!(keys::load_signing_key(&huge, None), Err(KeyError::TooLarge { .. })));
    let missing = keys::load_signing_key(&dir.path().join("missing.key"), None).unwrap_err();
    assert!(matches!(missing, KeyError::Io { .. }), "{missing}");

    for bad in ["ed25519:AAAA\n", "ssh-ed25519 AAAAC3Nza\n", "ed25519:!!!!\n"] {
        std::fs::write(dir.path().join("bad.pub"), bad).unwrap();
        assert!(matches!(keys::read_public_key(&dir.path().join("bad.pub")), Err(KeyError::Malformed { .. })), "{bad}");
    }
}

#[test]
fn a_report_recipient_is_a_standard_age_identity() {
    let dir = tempfile::tempdir().unwrap();
    let made = keys::generate_report_recipient(&dir.path().join("reports")).unwrap();
    assert_eq!(mode(&made.private_path), 0o600);
    let identity_file = std::fs::read_to_string(&made.private_path).unwrap();
    let lines: Vec<&str> = identity_file.lines().collect();
    assert!(lines[0].starts_with("# created: "), "{identity_file}");
    assert_eq!(lines[1], format!("# public key: {}", made.public_line));
    assert!(lines[2].starts_with("AGE-SECRET-KEY-1"));
    assert_eq!(std::fs::read_to_string(&made.public_path).unwrap(), format!("{}\n", made.public_line));

    let identity: age::x25519::Identity = lines[2].parse().unwrap();
    assert_eq!(identity.to_public().to_string(), made.public_line);
    let recipient: age::x25519::Recipient = made.public_line.parse().unwrap();
    let sealed = age::encrypt(&recipient, b"a report").unwrap();
    assert_eq!(age::decrypt(&identity, &sealed).unwrap(), b"a report");
}

fn hub(args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_haven-hub"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn the_binary_reads_a_passphrase_from_stdin_and_prints_the_key_id() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("publisher");
    let run = hub(&["keygen", "--role", "publisher", "--out", out.to_str().unwrap(), "--passphrase"], "s3cret words\n");
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let stdout = String::from_utf8(run.stdout).unwrap();
    let key =
        keys::load_signing_key(&dir.path().join("publisher.key"), Some(&Passphrase::from("s3cret words".to_owned())))
            .unwrap();
    assert!(stdout.contains(&format!("publisher key id: {}", key.key_id())), "{stdout}");
    assert!(!stdout.contains("s3cret"));

    let again = hub(&["keygen", "--role", "root", "--out", out.to_str().unwrap()], "");
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));

    let empty =
        hub(&["keygen", "--role", "root", "--out", dir.path().join("r").to_str().unwrap(), "--passphrase"], "\n");
    assert!(!empty.status.success());
    assert!(!dir.path().join("r.key").exists(), "nothing written without a passphrase");
}
