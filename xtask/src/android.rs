//! `cargo xtask android`: the Android native libraries and Kotlin bindings
//! for `android/sdk`. cargo-ndk builds haven-ffi (vendored OpenSSL, the
//! small stripped `release-mobile` profile) for each ABI into
//! `target/android/jniLibs/`, and the Kotlin bindings are generated into
//! `target/android/kotlin/`, and the launcher names (from `locales/`) into
//! `target/android/res/`; the Gradle modules read them from there, so
//! nothing generated lands in the source tree.

use crate::bindings::{generate_one, host_library_with_bindgen, target_dir};
use crate::mobile::{Machine, Missing, ThisMachine, missing_targets, report};
use crate::run::{cargo, status, workspace_root};

/// Android ABIs and their Rust targets: phones (arm64), old phones (armv7),
/// emulators on PCs (x86_64).
pub const ABIS: &[(&str, &str)] = &[
    ("arm64-v8a", "aarch64-linux-android"),
    ("armeabi-v7a", "armv7-linux-androideabi"),
    ("x86_64", "x86_64-linux-android"),
];
/// The app's minSdk: the NDK API level the libraries are linked against.
const MIN_SDK: &str = "26";

pub fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask android".into());
    }
    report("android", prerequisites(&ThisMachine))?;
    let root = workspace_root();
    let out = target_dir(&root).join("android");

    let mut build = cargo();
    build.arg("ndk");
    for (abi, _) in ABIS {
        build.args(["-t", abi]);
    }
    build.args(["--platform", MIN_SDK, "-o"]).arg(out.join("jniLibs"));
    build.args(["build", "--profile", "release-mobile", "-p", "haven-ffi", "--lib", "--features", "vendored-openssl"]);
    status(build, "cargo ndk: haven-ffi for arm64-v8a, armeabi-v7a, x86_64 (vendored OpenSSL)")?;

    let library = host_library_with_bindgen(&root)?;
    generate_one(&root, &library, "kotlin", &out.join("kotlin"))?;
    let res = out.join("res");
    let _ = std::fs::remove_dir_all(&res);
    crate::labels::write_android(&res)?;
    eprintln!("xtask: Android libraries and bindings are in {}; now build android/ with Gradle", out.display());
    Ok(())
}

/// Everything the Android build needs that this machine lacks.
pub fn prerequisites(machine: &dyn Machine) -> Vec<Missing> {
    let mut missing = Vec::new();
    let ndk = machine.env("ANDROID_NDK_HOME").or_else(|| machine.env("ANDROID_NDK_ROOT"));
    match ndk {
        None => missing.push(Missing::new(
            "the Android NDK (ANDROID_NDK_HOME is not set)",
            "install the NDK with Android Studio's SDK Manager or `sdkmanager \"ndk;27.2.12479018\"`, \
             then export ANDROID_NDK_HOME=<sdk>/ndk/<version>",
        )),
        Some(dir) if !machine.is_dir(&dir) => missing.push(Missing::new(
            format!("the Android NDK (ANDROID_NDK_HOME={dir} is not a folder)"),
            "point ANDROID_NDK_HOME at an installed NDK, <sdk>/ndk/<version>",
        )),
        Some(_) => {}
    }
    if !machine.runs("cargo", &["ndk", "--version"]) {
        missing.push(Missing::new("cargo-ndk", "cargo install cargo-ndk"));
    }
    let targets: Vec<&str> = ABIS.iter().map(|(_, target)| *target).collect();
    missing.extend(missing_targets(machine, &targets));
    missing
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mobile::fake::FakeMachine;

    fn complete() -> FakeMachine {
        FakeMachine {
            env: vec![("ANDROID_NDK_HOME", "/sdk/ndk/27")],
            dirs: vec!["/sdk/ndk/27"],
            programs: vec!["cargo ndk"],
            targets: ABIS.iter().map(|(_, t)| *t).collect(),
            os: "linux",
        }
    }

    #[test]
    fn a_machine_with_everything_lacks_nothing() {
        assert_eq!(prerequisites(&complete()), vec![]);
        let via_root = FakeMachine { env: vec![("ANDROID_NDK_ROOT", "/sdk/ndk/27")], ..complete() };
        assert_eq!(prerequisites(&via_root), vec![]);
    }

    #[test]
    fn a_bare_machine_is_told_every_missing_piece_and_how_to_get_it() {
        let message = report("android", prerequisites(&FakeMachine::default())).unwrap_err();
        for needle in ["ANDROID_NDK_HOME", "cargo install cargo-ndk", "rustup target add aarch64-linux-android"] {
            assert!(message.contains(needle), "{needle} in {message}");
        }
        assert!(message.contains("armv7-linux-androideabi x86_64-linux-android"));
    }

    #[test]
    fn a_wrong_ndk_folder_and_a_missing_target_are_named() {
        let machine = FakeMachine { dirs: vec![], targets: vec!["aarch64-linux-android"], ..complete() };
        let missing = prerequisites(&machine);
        assert_eq!(missing.len(), 2, "{missing:?}");
        assert!(missing[0].what.contains("is not a folder"));
        assert_eq!(missing[1].how, "rustup target add armv7-linux-androideabi x86_64-linux-android");
    }

    #[test]
    fn this_machine_without_an_ndk_fails_before_building() {
        // CI and the dev machines have no NDK; where one is set up this says nothing.
        if ThisMachine.env("ANDROID_NDK_HOME").is_none() && ThisMachine.env("ANDROID_NDK_ROOT").is_none() {
            let message = run(&[]).unwrap_err();
            assert!(message.contains("ANDROID_NDK_HOME") && message.contains("Nothing was built"), "{message}");
        }
    }
}
