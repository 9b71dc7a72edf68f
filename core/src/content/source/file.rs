//! One source file: bounded reading, TOML parsing and line numbers.

use std::fs;
use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::BuildError;
use crate::content::limits::MAX_BODY_BYTES;

/// Room for front matter on top of the largest body.
const MAX_SOURCE_FILE_BYTES: u64 = MAX_BODY_BYTES as u64 + 16 * 1024;

pub(super) struct SourceFile {
    pub path: PathBuf,
    pub text: String,
}

impl SourceFile {
    pub fn read(path: &Path) -> Result<Self, BuildError> {
        let fail = |reason: String| BuildError::new(path, None, reason);
        let file = fs::File::open(path).map_err(|e| fail(format!("cannot read: {e}")))?;
        let mut bytes = Vec::new();
        file.take(MAX_SOURCE_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| fail(format!("cannot read: {e}")))?;
        if bytes.len() as u64 > MAX_SOURCE_FILE_BYTES {
            return Err(fail(format!("file is over the {MAX_SOURCE_FILE_BYTES}-byte limit")));
        }
        let text = String::from_utf8(bytes).map_err(|_| fail("not UTF-8 text".into()))?;
        Ok(Self { path: path.to_owned(), text })
    }

    /// 1-based line of a byte offset into `self.text`.
    pub fn line_at(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())].bytes().filter(|&b| b == b'\n').count() + 1
    }

    pub fn error(&self, offset: Option<usize>, reason: impl Into<String>) -> BuildError {
        BuildError::new(&self.path, offset.map(|o| self.line_at(o)), reason)
    }

    pub fn error_at(&self, span: Range<usize>, reason: impl Into<String>) -> BuildError {
        self.error(Some(span.start), reason)
    }

    /// Parses `toml`, a part of this file starting at byte `start`.
    pub fn parse_toml<T: DeserializeOwned>(&self, toml: &str, start: usize) -> Result<T, BuildError> {
        toml::from_str(toml).map_err(|e| {
            let offset = e.span().map(|s| s.start + start);
            self.error(offset, format!("invalid TOML: {}", e.message()))
        })
    }
}
