//! Runs the binding journeys (`tests/bindings/`): Kotlin compiled with
//! kotlinc and run on a plain JVM through JNA, Python run with the library
//! copied beside the generated module. Each runner prints its own closing
//! `N passed, N failed` line and exits non-zero when a journey fails.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::hub_fixture::Hub;
use crate::run::status;
use crate::tools::Tools;

/// The Kotlin journeys' entry point (`Main.kt`, package `org.haven.journeys`).
const KOTLIN_MAIN: &str = "org.haven.journeys.MainKt";
/// The Android shell's files that need no Android SDK: compiled and
/// checked with the journeys, since no SDK exists on these machines.
const ANDROID_PURE: &str = "android/app/src/main/kotlin/org/haven/app/pure";

/// Compiles the generated Kotlin with the journeys (skipped when nothing
/// changed: kotlinc takes most of a minute) and runs them against the
/// library in `lib_dir`.
pub fn kotlin(tools: &Tools, root: &Path, out: &Path, lib_dir: &Path, hub: &Hub) -> Result<(), String> {
    let mut sources = files_with_extension(&out.join("kotlin"), "kt")?;
    sources.extend(files_with_extension(&root.join("tests/bindings/kotlin"), "kt")?);
    sources.extend(files_with_extension(&root.join(ANDROID_PURE), "kt")?);
    let classes = out.join("kotlin-classes");
    let stamp_file = classes.join(".inputs");
    let stamp = fingerprint(&sources)?;
    if fs::read_to_string(&stamp_file).ok().as_deref() != Some(stamp.as_str()) {
        let _ = fs::remove_dir_all(&classes);
        let mut kotlinc = Command::new(&tools.kotlinc);
        kotlinc.args(&sources).arg("-cp").arg(classpath(&[&tools.jna_jar, &tools.coroutines_jar]));
        kotlinc.arg("-d").arg(&classes).arg("-nowarn");
        status(kotlinc, "kotlinc: the generated bindings and the Kotlin journeys")?;
        fs::write(&stamp_file, stamp).map_err(|e| format!("cannot write {}: {e}", stamp_file.display()))?;
    }
    let mut java = Command::new(&tools.java);
    java.arg(format!("-Djna.library.path={}", lib_dir.display()))
        .arg("-cp")
        .arg(classpath(&[&classes, &tools.jna_jar, &tools.coroutines_jar, &tools.stdlib_jar]))
        .arg(KOTLIN_MAIN);
    hub_env(&mut java, hub);
    status(java, "Kotlin journeys on the JVM")
}

/// Runs the Python journeys with the generated module and the library side
/// by side (the module loads the library from its own folder only).
pub fn python(tools: &Tools, root: &Path, out: &Path, library: &Path, hub: &Hub) -> Result<(), String> {
    let module_dir = out.join("python");
    let name = library.file_name().ok_or("the library path has no file name")?;
    let beside = module_dir.join(name);
    let _ = fs::remove_file(&beside);
    // A hard link where it can be (same disk): a debug library is over 100 MB.
    fs::hard_link(library, &beside)
        .or_else(|_| fs::copy(library, &beside).map(|_| ()))
        .map_err(|e| format!("cannot copy {}: {e}", library.display()))?;
    let mut python = Command::new(&tools.python);
    python
        .arg(root.join("tests/bindings/python/main.py"))
        .env("PYTHONPATH", &module_dir)
        // No __pycache__ folders in the source tree.
        .env("PYTHONDONTWRITEBYTECODE", "1");
    hub_env(&mut python, hub);
    status(python, "Python journeys")
}

/// Where the journeys find the test hub: its address and roots for sync,
/// the address whose report intake is down, and `haven-hub`, its intake
/// database and the helpline's key to check what the hub received.
fn hub_env(cmd: &mut Command, hub: &Hub) {
    cmd.env("HAVEN_TEST_HUB", &hub.url)
        .env("HAVEN_TEST_ROOTS", &hub.roots)
        .env("HAVEN_TEST_HUB_DOWN", &hub.down_url)
        .env("HAVEN_TEST_HUB_BIN", &hub.bin)
        .env("HAVEN_TEST_INTAKE_DB", &hub.intake_db)
        .env("HAVEN_TEST_HELPLINE_KEY", &hub.helpline_key);
}

fn files_with_extension(dir: &Path, extension: &str) -> Result<Vec<PathBuf>, String> {
    let mut found = Vec::new();
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("cannot list {}: {e}", dir.display()))?.path();
        if path.is_dir() {
            found.extend(files_with_extension(&path, extension)?);
        } else if path.extension().is_some_and(|x| x == extension) {
            found.push(path);
        }
    }
    found.sort();
    Ok(found)
}

/// Names and contents of the inputs, hashed: equal means kotlinc would make the same classes.
fn fingerprint(files: &[PathBuf]) -> Result<String, String> {
    let mut hasher = DefaultHasher::new();
    for file in files {
        file.hash(&mut hasher);
        fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?.hash(&mut hasher);
    }
    Ok(format!("{:016x}", hasher.finish()))
}

fn classpath(entries: &[&Path]) -> std::ffi::OsString {
    std::env::join_paths(entries).unwrap_or_default()
}
