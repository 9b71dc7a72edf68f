//! What `cargo xtask android` and `cargo xtask ios` share: checking the
//! machine before building anything, so a machine without the SDKs fails
//! at once with everything it lacks, named, and how to get it.

use std::path::Path;
use std::process::{Command, Stdio};

/// One thing the machine lacks, and how to get it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub what: String,
    pub how: String,
}

impl Missing {
    pub fn new(what: impl Into<String>, how: impl Into<String>) -> Self {
        Self { what: what.into(), how: how.into() }
    }
}

/// What the checks ask of the machine; tests give a made-up one.
pub trait Machine {
    fn env(&self, name: &str) -> Option<String>;
    fn is_dir(&self, path: &str) -> bool;
    /// Whether `program args` starts and exits cleanly.
    fn runs(&self, program: &str, args: &[&str]) -> bool;
    /// Rust targets rustup has installed (empty when rustup is absent).
    fn rust_targets(&self) -> Vec<String>;
    fn os(&self) -> &str;
}

/// The machine this runs on.
pub struct ThisMachine;

impl Machine for ThisMachine {
    fn env(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }

    fn is_dir(&self, path: &str) -> bool {
        Path::new(path).is_dir()
    }

    fn runs(&self, program: &str, args: &[&str]) -> bool {
        let status = Command::new(program).args(args).stdout(Stdio::null()).stderr(Stdio::null()).status();
        status.is_ok_and(|s| s.success())
    }

    fn rust_targets(&self) -> Vec<String> {
        let output = Command::new("rustup").args(["target", "list", "--installed"]).stderr(Stdio::null()).output();
        output.map(|o| String::from_utf8_lossy(&o.stdout).lines().map(str::to_owned).collect()).unwrap_or_default()
    }

    fn os(&self) -> &str {
        std::env::consts::OS
    }
}

/// The Rust targets in `needed` that rustup has not installed, as one item.
pub fn missing_targets(machine: &dyn Machine, needed: &[&str]) -> Option<Missing> {
    let installed = machine.rust_targets();
    let absent: Vec<&str> = needed.iter().copied().filter(|t| !installed.iter().any(|i| i == t)).collect();
    (!absent.is_empty()).then(|| {
        Missing::new(format!("Rust targets {}", absent.join(", ")), format!("rustup target add {}", absent.join(" ")))
    })
}

/// Everything missing, as one message; `Ok` when nothing is.
pub fn report(task: &str, missing: Vec<Missing>) -> Result<(), String> {
    if missing.is_empty() {
        return Ok(());
    }
    let mut message = format!("`cargo xtask {task}` cannot build on this machine; it needs:");
    for m in &missing {
        message.push_str(&format!("\n  - {}: {}", m.what, m.how));
    }
    message.push_str("\nNothing was built. See README.md, \"Mobile shells\".");
    Err(message)
}

#[cfg(test)]
pub mod fake {
    use super::Machine;

    /// A machine described by its parts.
    #[derive(Default)]
    pub struct FakeMachine {
        pub env: Vec<(&'static str, &'static str)>,
        pub dirs: Vec<&'static str>,
        pub programs: Vec<&'static str>,
        pub targets: Vec<&'static str>,
        pub os: &'static str,
    }

    impl Machine for FakeMachine {
        fn env(&self, name: &str) -> Option<String> {
            self.env.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
        }
        fn is_dir(&self, path: &str) -> bool {
            self.dirs.contains(&path)
        }
        fn runs(&self, program: &str, args: &[&str]) -> bool {
            let line = std::iter::once(program).chain(args.iter().copied()).collect::<Vec<_>>().join(" ");
            self.programs.iter().any(|p| line.starts_with(p))
        }
        fn rust_targets(&self) -> Vec<String> {
            self.targets.iter().map(|t| (*t).to_owned()).collect()
        }
        fn os(&self) -> &str {
            self.os
        }
    }
}
