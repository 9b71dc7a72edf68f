//! Key files on disk: private files are created 0600 in one step (never a
//! moment world-readable) and never overwrite anything; reads are bounded.

use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::KeyError;

/// `PATH` + `.key` / `.pub`, appended (so `ngo.v2` gives `ngo.v2.key`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = OsString::from(path.as_os_str());
    name.push(suffix);
    PathBuf::from(name)
}

/// Refuses early when either output exists, so a failed run writes nothing.
pub fn ensure_absent(paths: &[&Path]) -> Result<(), KeyError> {
    for path in paths {
        if path.symlink_metadata().is_ok() {
            return Err(KeyError::AlreadyExists { path: path.to_path_buf() });
        }
    }
    Ok(())
}

/// Writes a new file; `private` files get mode 0600 at creation.
pub fn create_new(path: &Path, contents: &[u8], private: bool) -> Result<(), KeyError> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true).mode(if private { 0o600 } else { 0o644 });
    let mut file = options.open(path).map_err(|e| KeyError::io(path, e))?;
    let written = file.write_all(contents).and_then(|()| file.sync_all());
    if let Err(e) = written {
        drop(file);
        let _ = std::fs::remove_file(path);
        return Err(KeyError::io(path, e));
    }
    Ok(())
}

/// Reads at most `limit` bytes; a larger file is refused, not truncated.
pub fn read_bounded(path: &Path, limit: usize) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    let file = File::open(path).map_err(|e| KeyError::io(path, e))?;
    read_open(path, file, limit)
}

fn read_open(path: &Path, file: File, limit: usize) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    let mut bytes = Zeroizing::new(Vec::new());
    file.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| KeyError::io(path, e))?;
    if bytes.len() > limit {
        return Err(KeyError::TooLarge { path: path.to_owned(), limit });
    }
    Ok(bytes)
}

/// Reads a private key file, refusing one that group or others can read
/// (as OpenSSH does): a key others could copy is no longer secret.
pub fn read_private(path: &Path, limit: usize) -> Result<Zeroizing<Vec<u8>>, KeyError> {
    let file = File::open(path).map_err(|e| KeyError::io(path, e))?;
    let mode = file.metadata().map_err(|e| KeyError::io(path, e))?.permissions().mode() & 0o777;
    if mode & 0o077 != 0 {
        return Err(KeyError::InsecurePermissions { path: path.to_owned(), mode });
    }
    read_open(path, file, limit)
}
