//! What ends a run early: one line for stderr, then exit code 1.

use std::fmt;

/// A failure the user or a script can act on. Its text names what failed; it
/// never carries content, and it is printed on one line.
#[derive(Debug)]
pub struct Failure(pub String);

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the source said.
        let text = self.0.split_whitespace().collect::<Vec<_>>().join(" ");
        f.write_str(&text)
    }
}

impl From<haven_core::Error> for Failure {
    fn from(e: haven_core::Error) -> Self {
        Failure(e.to_string())
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure(format!("terminal error: {e}"))
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure(format!("cannot write JSON: {e}"))
    }
}
