//! `cargo xtask ios`: the XCFramework and Swift bindings for the
//! `ios/HavenCore` Swift package. haven-ffi is built as a static library
//! (vendored OpenSSL, `release-mobile` profile) for devices and for both
//! simulators (the two simulator slices joined by lipo), wrapped by
//! `xcodebuild -create-xcframework` with the generated C header and module
//! map. The XCFramework and `HavenCore.swift` are placed inside the package
//! (SwiftPM reads nothing outside it) and are ignored by git.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::bindings::{generate_one, host_library_with_bindgen, target_dir};
use crate::mobile::{Machine, Missing, ThisMachine, missing_targets, report};
use crate::run::{cargo, status, workspace_root};

const DEVICE: &str = "aarch64-apple-ios";
const SIMULATORS: &[&str] = &["aarch64-apple-ios-sim", "x86_64-apple-ios"];
/// The app's deployment target (ios/project.yml says the same).
const DEPLOYMENT_TARGET: &str = "16.0";
const STATIC_LIB: &str = "libhaven_ffi.a";
const PACKAGE: &str = "ios/HavenCore";

pub fn run(args: &[String]) -> Result<(), String> {
    if !args.is_empty() {
        return Err("usage: cargo xtask ios".into());
    }
    report("ios", prerequisites(&ThisMachine))?;
    let root = workspace_root();
    let target = target_dir(&root);
    let out = target.join("ios");

    for triple in std::iter::once(DEVICE).chain(SIMULATORS.iter().copied()) {
        let mut build = cargo();
        build.env("IPHONEOS_DEPLOYMENT_TARGET", DEPLOYMENT_TARGET);
        build.args(["build", "--profile", "release-mobile", "-p", "haven-ffi", "--lib"]);
        build.args(["--features", "vendored-openssl", "--target", triple]);
        status(build, &format!("haven-ffi for {triple} (vendored OpenSSL)"))?;
    }
    let slice = |triple: &str| target.join(triple).join("release-mobile").join(STATIC_LIB);
    let simulators = out.join("simulator").join(STATIC_LIB);
    create_parent(&simulators)?;
    let mut lipo = Command::new("lipo");
    lipo.arg("-create").args(SIMULATORS.iter().map(|t| slice(t))).arg("-output").arg(&simulators);
    status(lipo, "lipo: one simulator library for arm64 and x86_64")?;

    let library = host_library_with_bindgen(&root)?;
    let swift = out.join("swift");
    generate_one(&root, &library, "swift", &swift)?;
    let headers = out.join("headers");
    let _ = fs::remove_dir_all(&headers);
    fs::create_dir_all(&headers).map_err(|e| format!("cannot create {}: {e}", headers.display()))?;
    copy(&swift.join("HavenCoreFFI.h"), &headers.join("HavenCoreFFI.h"))?;
    // An XCFramework's headers must name their module map `module.modulemap`.
    copy(&swift.join("HavenCoreFFI.modulemap"), &headers.join("module.modulemap"))?;

    let package = root.join(PACKAGE);
    let framework = package.join("HavenCoreFFI.xcframework");
    let _ = fs::remove_dir_all(&framework);
    let mut xcframework = Command::new("xcodebuild");
    xcframework.arg("-create-xcframework");
    for library in [slice(DEVICE), simulators] {
        xcframework.arg("-library").arg(library).arg("-headers").arg(&headers);
    }
    xcframework.arg("-output").arg(&framework);
    status(xcframework, "xcodebuild -create-xcframework")?;
    let generated = package.join("Sources/HavenCore/Generated/HavenCore.swift");
    create_parent(&generated)?;
    copy(&swift.join("HavenCore.swift"), &generated)?;
    let names = root.join("ios/Haven/Generated");
    let _ = fs::remove_dir_all(&names);
    crate::labels::write_ios(&names)?;
    eprintln!("xtask: {} is ready; `cd ios && xcodegen` makes the app project", package.display());
    Ok(())
}

/// Everything the iOS build needs that this machine lacks.
pub fn prerequisites(machine: &dyn Machine) -> Vec<Missing> {
    if machine.os() != "macos" {
        return vec![Missing::new(
            format!("macOS with Xcode (this is {})", machine.os()),
            "build the iOS library on a Mac with Xcode 15 or newer; nothing else can link for iOS",
        )];
    }
    let mut missing = Vec::new();
    if !machine.runs("xcodebuild", &["-version"]) {
        missing.push(Missing::new(
            "Xcode (xcodebuild does not run)",
            "install Xcode from the App Store, then `sudo xcode-select -s /Applications/Xcode.app`",
        ));
    }
    let targets: Vec<&str> = std::iter::once(DEVICE).chain(SIMULATORS.iter().copied()).collect();
    missing.extend(missing_targets(machine, &targets));
    missing
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn create_parent(path: &Path) -> Result<PathBuf, String> {
    let parent = path.parent().ok_or("a path without a folder")?.to_owned();
    fs::create_dir_all(&parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    Ok(parent)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mobile::fake::FakeMachine;

    fn mac() -> FakeMachine {
        FakeMachine {
            programs: vec!["xcodebuild -version"],
            targets: vec![DEVICE, SIMULATORS[0], SIMULATORS[1]],
            os: "macos",
            ..FakeMachine::default()
        }
    }

    #[test]
    fn a_mac_with_xcode_and_the_targets_lacks_nothing() {
        assert_eq!(prerequisites(&mac()), vec![]);
    }

    #[test]
    fn linux_is_told_it_needs_a_mac() {
        let message = report("ios", prerequisites(&FakeMachine { os: "linux", ..mac() })).unwrap_err();
        assert!(message.contains("macOS with Xcode (this is linux)"), "{message}");
    }

    #[test]
    fn a_mac_without_xcode_or_simulator_targets_hears_both() {
        let machine = FakeMachine { programs: vec![], targets: vec![DEVICE], ..mac() };
        let missing = prerequisites(&machine);
        assert!(missing[0].what.starts_with("Xcode"), "{missing:?}");
        assert_eq!(missing[1].how, "rustup target add aarch64-apple-ios-sim x86_64-apple-ios");
    }

    #[test]
    fn this_machine_without_xcode_fails_before_building() {
        if !ThisMachine.runs("xcodebuild", &["-version"]) {
            let message = run(&[]).unwrap_err();
            assert!(message.contains("Nothing was built"), "{message}");
        }
    }
}
