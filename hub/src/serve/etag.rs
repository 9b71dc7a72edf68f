//! Strong ETags: the quoted hex SHA-256 of a file's bytes, computed once and
//! kept while the file's length and modification time stay the same.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

use ring::digest::{Context, SHA256};

/// Past this many files the cache starts again empty (DIST holds far fewer).
pub const MAX_CACHED_ETAGS: usize = 10_000;
const READ_CHUNK: usize = 64 * 1024;

/// A file's ETag and the length and modification time it was computed for.
struct Entry {
    len: u64,
    modified: Option<SystemTime>,
    etag: String,
}

#[derive(Default)]
pub struct EtagCache {
    entries: Mutex<HashMap<PathBuf, Entry>>,
}

impl EtagCache {
    /// The ETag of `path` as it is now (blocking: call from a blocking task).
    pub fn etag(&self, path: &Path, len: u64, modified: Option<SystemTime>) -> std::io::Result<String> {
        if let Some(entry) = self.lock().get(path)
            && entry.len == len
            && entry.modified == modified
        {
            return Ok(entry.etag.clone());
        }
        let tag = hash_file(path)?;
        let mut entries = self.lock();
        if entries.len() >= MAX_CACHED_ETAGS {
            entries.clear();
        }
        entries.insert(path.to_owned(), Entry { len, modified, etag: tag.clone() });
        Ok(tag)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<PathBuf, Entry>> {
        // A panic while holding the lock leaves only cached hashes behind: safe to reuse.
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

fn hash_file(path: &Path) -> std::io::Result<String> {
    let mut file = std::fs::File::open(path)?;
    let mut context = Context::new(&SHA256);
    let mut buffer = vec![0u8; READ_CHUNK];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        context.update(&buffer[..n]);
    }
    let hex: String = context.finish().as_ref().iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("\"{hex}\""))
}

/// Whether `If-None-Match` names this ETag (weak comparison, as RFC 9110
/// asks for this header; `*` matches any existing file).
pub fn none_match(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|candidate| candidate == "*" || candidate.strip_prefix("W/").unwrap_or(candidate) == etag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_lists_and_weak_forms() {
        assert!(none_match("\"a\", \"b\"", "\"b\""));
        assert!(none_match("W/\"b\"", "\"b\""));
        assert!(none_match("*", "\"b\""));
        assert!(!none_match("\"c\"", "\"b\""));
        assert!(!none_match("b", "\"b\""));
    }
}
