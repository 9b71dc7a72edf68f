//! Crypto-shredding the store: the key goes first, then the files.
//!
//! Order matters, because the process may be killed at any step:
//! 1. a marker file says a wipe is under way (the next open finishes it);
//! 2. the key leaves the secret store: from here on nothing is readable,
//!    whatever else survives;
//! 3. the head of the database and WAL (where SQLCipher keeps its salt and
//!    the first pages) is overwritten and synced, then every file is
//!    unlinked;
//! 4. the marker goes.
//!
//! Overwriting whole files is not attempted: on flash storage wear levelling
//! keeps old blocks anyway, so the guarantee is the destroyed key, and the
//! cost stays flat whatever the store's size.

use std::fs::{self, OpenOptions};
use std::io::{ErrorKind, Write};
use std::path::Path;

use super::SafetyError;
use super::envelope::{Envelope, KeySlot};
use crate::secrets::SecretStore;
use crate::store::{StoreError, StoreFiles};

const MARKER_FILE_NAME: &str = "haven.wiping";
const TRASH_PREFIX: &str = "haven.shredded-";
/// The database header and first pages.
const OVERWRITE_BYTES: u64 = 64 * 1024;

/// Whether the next open keeps the user's codes and disguise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keep {
    /// Codes, disguise and settings stay, so the phone looks as before.
    Protection,
    /// Everything goes, as if Haven had never been opened.
    Nothing,
}

pub(crate) fn shred(data_dir: &Path, secrets: &dyn SecretStore, keep: Keep) -> Result<(), SafetyError> {
    let marker = data_dir.join(MARKER_FILE_NAME);
    fs::create_dir_all(data_dir).map_err(StoreError::from)?;
    fs::write(&marker, b"").map_err(StoreError::from)?;
    forget_key(secrets, keep)?;
    let files = StoreFiles::in_dir(data_dir);
    for path in [&files.db, &files.wal] {
        overwrite_head(path).map_err(StoreError::from)?;
    }
    // Unlinking a large file takes time in proportion to its size; renaming
    // takes none. The renamed files are already unreadable (no key, no
    // header) and are unlinked off the caller's thread.
    let mut trash = Vec::new();
    for (i, path) in files.all().into_iter().enumerate() {
        let to = data_dir.join(format!("{TRASH_PREFIX}{}-{i}", unique_suffix()));
        match fs::rename(path, &to) {
            Ok(()) => trash.push(to),
            Err(e) if e.kind() == ErrorKind::NotFound => {}
            Err(e) => return Err(StoreError::from(e).into()),
        }
    }
    remove_if_present(&marker).map_err(StoreError::from)?;
    std::thread::spawn(move || {
        for path in trash {
            let _ = fs::remove_file(path);
        }
    });
    Ok(())
}

/// Deletes files a wipe renamed but did not get to unlink (the process
/// ended first).
pub(crate) fn empty_trash(data_dir: &Path) {
    let Ok(entries) = fs::read_dir(data_dir) else { return };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(TRASH_PREFIX) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn unique_suffix() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

/// Finishes a wipe that a crash or a kill interrupted.
pub(crate) fn finish_interrupted(data_dir: &Path, secrets: &dyn SecretStore) -> Result<bool, SafetyError> {
    empty_trash(data_dir);

    if !data_dir.join(MARKER_FILE_NAME).exists() {
        return Ok(false);
    }
    shred(data_dir, secrets, Keep::Protection)?;
    Ok(true)
}

fn forget_key(secrets: &dyn SecretStore, keep: Keep) -> Result<(), SafetyError> {
    let envelope = match keep {
        Keep::Nothing => None,
        // An unreadable envelope cannot be kept: drop it rather than fail the wipe.
        Keep::Protection => Envelope::load(secrets).ok().flatten(),
    };
    match envelope {
        Some(mut envelope) => {
            envelope.key = KeySlot::Empty;
            envelope.attempts.reset();
            envelope.save(secrets)
        }
        None => Ok(secrets.delete()?),
    }
}

fn overwrite_head(path: &Path) -> std::io::Result<()> {
    let mut file = match OpenOptions::new().write(true).open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let len = file.metadata()?.len().min(OVERWRITE_BYTES);
    file.write_all(&vec![0u8; len as usize])?;
    // Without a sync the kernel may drop the dirty pages of an unlinked file unwritten.
    file.sync_data()
}

pub(crate) fn remove_if_present(path: &Path) -> std::io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}
