//! `cargo xtask bindings`: builds haven-ffi, generates the Kotlin, Swift
//! and Python bindings into `target/bindings/` (never committed), then runs
//! the Kotlin and Python journeys through them.
//!
//! Bindings are generated from the debug library: a stripped library has
//! no uniffi metadata. The journeys load the library named by `--release`
//! (built with the release profile) or, by default, the debug one: CI
//! builds nothing else in release, and a cold release build of the library
//! took 11 minutes on a shared 2-core machine.

use std::env::consts::{DLL_PREFIX, DLL_SUFFIX};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run::{cargo, status, workspace_root};
use crate::tools::Tools;
use crate::{hub_fixture, journeys};

pub const USAGE: &str = "usage: cargo xtask bindings [--release] [--generate-only]

  --release        run the journeys against a release build of the library
  --generate-only  build and generate, run nothing (no JDK, npm or Python needed)";

const LANGUAGES: &[&str] = &["kotlin", "swift", "python"];

struct Options {
    release: bool,
    generate_only: bool,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options { release: false, generate_only: false };
        for arg in args {
            match arg.as_str() {
                "--release" => options.release = true,
                "--generate-only" => options.generate_only = true,
                _ => return Err(USAGE.to_owned()),
            }
        }
        Ok(options)
    }
}

pub fn run(args: &[String]) -> Result<(), String> {
    let options = Options::parse(args)?;
    let root = workspace_root();
    let target = target_dir(&root);
    let out = target.join("bindings");

    let debug_library = host_library_with_bindgen(&root)?;
    generate(&root, &debug_library, &out)?;
    if options.generate_only {
        eprintln!("xtask: bindings are in {}", out.display());
        return Ok(());
    }

    let library = if options.release {
        let mut build = cargo();
        build.args(["build", "--release", "--package", "haven-ffi", "--lib"]);
        status(build, "building haven-ffi (release)")?;
        library(&target, "release")
    } else {
        debug_library
    };
    let lib_dir = library.parent().ok_or("the library has no folder")?;
    let tools = Tools::find(&target.join("tools"))?;
    let hub = hub_fixture::start(&root, &target, &out)?;
    // Both run even when the first fails, so one run shows every failure.
    let results =
        [journeys::kotlin(&tools, &root, &out, lib_dir, &hub), journeys::python(&tools, &root, &out, &library, &hub)];
    drop(hub);
    let failures: Vec<String> = results.into_iter().filter_map(Result::err).collect();
    if failures.is_empty() { Ok(()) } else { Err(failures.join("; ")) }
}

/// Cargo's target folder: `CARGO_TARGET_DIR` when set, else `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |dir| root.join(dir))
}

fn library(target: &Path, profile: &str) -> PathBuf {
    target.join(profile).join(format!("{DLL_PREFIX}haven_ffi{DLL_SUFFIX}"))
}

/// Builds the debug library for this machine and `uniffi-bindgen`; the
/// library's path. Every language's bindings come from it, the phones'
/// too: the uniffi metadata is the same for every target.
pub fn host_library_with_bindgen(root: &Path) -> Result<PathBuf, String> {
    let mut build = cargo();
    build.args(["build", "--package", "haven-ffi", "--features", "cli", "--lib", "--bin", "uniffi-bindgen"]);
    status(build, "building haven-ffi (debug) and uniffi-bindgen")?;
    Ok(library(&target_dir(root), "debug"))
}

fn generate(root: &Path, library: &Path, out: &Path) -> Result<(), String> {
    for language in LANGUAGES {
        generate_one(root, library, language, &out.join(language))?;
    }
    Ok(())
}

/// Library mode: everything uniffi needs is read from the built library
/// (and `bindings/uniffi.toml`). Old output is removed first, so nothing
/// stale from a renamed type survives.
pub fn generate_one(root: &Path, library: &Path, language: &str, dir: &Path) -> Result<(), String> {
    let bindgen = target_dir(root).join("debug").join(format!("uniffi-bindgen{}", std::env::consts::EXE_SUFFIX));
    let _ = fs::remove_dir_all(dir);
    let mut generate = Command::new(&bindgen);
    generate.current_dir(root);
    generate.args(["generate", "--no-format", "--language", language, "--out-dir"]).arg(dir).arg(library);
    status(generate, &format!("generating {language} bindings"))
}
