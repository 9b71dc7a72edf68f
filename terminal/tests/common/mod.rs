//! Running the `haven` binary against a throwaway data folder, with none of
//! the machine's locale or Haven settings leaking in.

#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code(),
            stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(o.stderr).expect("stderr is UTF-8"),
        }
    }
}

pub fn command(data_dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_haven"));
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE", "HAVEN_DATA_DIR", "RUST_BACKTRACE"] {
        cmd.env_remove(var);
    }
    cmd.env("TZ", "Europe/London").arg("--data-dir").arg(data_dir);
    cmd
}

pub fn haven(data_dir: &Path, args: &[&str]) -> Run {
    command(data_dir).args(args).output().expect("haven runs").into()
}

/// Runs and expects success.
pub fn ok(data_dir: &Path, args: &[&str]) -> String {
    let run = haven(data_dir, args);
    assert_eq!(run.code, Some(0), "haven {args:?} failed: {}", run.stderr);
    assert!(run.stderr.is_empty(), "haven {args:?} wrote to stderr: {}", run.stderr);
    run.stdout
}

/// Runs with `--format json` and parses the view model.
pub fn json(data_dir: &Path, args: &[&str]) -> serde_json::Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    serde_json::from_str(&ok(data_dir, &all)).expect("valid JSON")
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary folder")
}
