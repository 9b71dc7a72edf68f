use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in a content source: where, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildError {
    pub path: PathBuf,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    pub reason: String,
}

impl BuildError {
    pub fn new(path: &Path, line: Option<usize>, reason: impl Into<String>) -> Self {
        Self { path: path.to_owned(), line, reason: reason.into() }
    }
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.path.display(), self.reason),
            None => write!(f, "{}: {}", self.path.display(), self.reason),
        }
    }
}

/// Every problem the builder found, in the order found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildErrors(pub Vec<BuildError>);

impl BuildErrors {
    pub fn one(error: BuildError) -> Self {
        Self(vec![error])
    }

    pub fn push(&mut self, error: BuildError) {
        self.0.push(error);
    }

    pub fn extend(&mut self, other: BuildErrors) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_result<T>(self, value: T) -> Result<T, BuildErrors> {
        if self.is_empty() { Ok(value) } else { Err(self) }
    }
}

impl From<BuildError> for BuildErrors {
    fn from(error: BuildError) -> Self {
        Self::one(error)
    }
}

impl fmt::Display for BuildErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for BuildErrors {}
