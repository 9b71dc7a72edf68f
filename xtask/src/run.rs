//! Running commands from the workspace root.

use std::path::PathBuf;
use std::process::Command;

pub fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_owned()
}

pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(workspace_root());
    // `cargo run` gave xtask its own package's variables. Passed on, they
    // differ from a plain cargo call's, and build scripts that watch them
    // (ring watches CARGO_MANIFEST_DIR) rebuild, and everything above them.
    for (name, _) in std::env::vars_os() {
        let name = name.to_string_lossy();
        if ["CARGO_PKG_", "CARGO_MANIFEST_", "CARGO_CRATE_", "CARGO_BIN_", "CARGO_PRIMARY_"]
            .iter()
            .any(|prefix| name.starts_with(prefix))
        {
            cmd.env_remove(name.as_ref());
        }
    }
    cmd
}

pub fn status(mut cmd: Command, what: &str) -> Result<(), String> {
    eprintln!("xtask: {what}");
    let status = cmd.status().map_err(|e| format!("{what}: cannot start: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{what} failed ({status})")) }
}

/// Every test of the workspace, then the binding journeys (Kotlin and
/// Python through the generated bindings; `--skip-bindings` leaves them out,
/// other arguments go to cargo test). Benches are not run here: they build
/// large stores and belong to `cargo xtask bench` (clippy --all-targets
/// compiles them).
pub fn test(extra: &[String]) -> Result<(), String> {
    let skip_bindings = extra.iter().any(|a| a == "--skip-bindings");
    let extra: Vec<&String> = extra.iter().filter(|a| *a != "--skip-bindings").collect();
    let mut cmd = cargo();
    cmd.args(["test", "--workspace", "--lib", "--bins", "--tests"]).args(extra);
    status(cmd, "cargo test --workspace")?;
    if skip_bindings { Ok(()) } else { crate::bindings::run(&[]) }
}
