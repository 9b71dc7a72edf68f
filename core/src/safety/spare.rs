//! A spare store, made ahead of time with its own key and only the
//! built-in content.
//!
//! Building a fresh store (schema, built-in pack, search index) takes far
//! longer than destroying one. With a spare at hand, a panic wipe and the
//! duress code only shred the store and rename the spare into its place:
//! the wipe stays fast, and a duress unlock takes as long as a real one
//! instead of giving itself away by the extra work. The spare holds only
//! public content; its key waits in the envelope.

use std::fs;
use std::path::Path;

use super::SafetyError;
use super::envelope::{Envelope, KeySlot};
use crate::secrets::{DbKey, SecretStore};
use crate::store::{self, StoreError, StoreFiles};

const SPARE_STEM: &str = "haven-spare";

fn spare_files(data_dir: &Path) -> StoreFiles {
    StoreFiles::named(data_dir, SPARE_STEM)
}

/// Makes the spare store if there is none. Called when nobody is waiting
/// on a wipe (open, unlock), never on the duress path. `envelope` is what
/// the secret store holds now.
pub(crate) fn ensure(data_dir: &Path, secrets: &dyn SecretStore, mut envelope: Envelope) -> Result<(), crate::Error> {
    let files = spare_files(data_dir);
    if let Some(key) = envelope.spare_key()
        && files.db.exists()
    {
        // A spare made by an older Haven is brought up to date here (schema,
        // built-in pack), not when a wipe promotes it: after an app update
        // the first wipe would otherwise be slow, and a duress unlock would
        // take longer than a real one. Up to date, this is a keyed open and
        // two reads.
        if let Ok((mut conn, _)) = store::open_encrypted_files(&files, Some(key), &mut |_| Ok(())) {
            crate::haven::install_builtin_if_newer(&mut conn)?;
            conn.close().map_err(|(_, e)| StoreError::from(e))?;
            return Ok(());
        }
        // An unreadable spare is made again below.
    }
    remove(&files)?;
    let key = DbKey::generate().map_err(StoreError::from)?;
    // The key is saved before the store is made, as for the main store.
    envelope.set_spare_key(Some(&key));
    envelope.save(secrets)?;
    let (mut conn, _) = store::open_encrypted_files(&files, Some(key), &mut |_| Ok(()))?;
    crate::haven::install_builtin_if_newer(&mut conn)?;
    // A full close: the spare's WAL is folded in, so a rename moves one file.
    conn.close().map_err(|(_, e)| StoreError::from(e))?;
    Ok(())
}

/// After a shred: moves the spare into the main store's place and makes its
/// key the main key. `false` when there is no usable spare.
pub(crate) fn promote(data_dir: &Path, secrets: &dyn SecretStore) -> Result<bool, SafetyError> {
    let Some(mut envelope) = Envelope::load(secrets)? else { return Ok(false) };
    let Some(key) = envelope.spare_key() else { return Ok(false) };
    let files = spare_files(data_dir);
    envelope.set_spare_key(None);
    if !files.db.exists() {
        envelope.save(secrets)?;
        return Ok(false);
    }
    envelope.key = KeySlot::Empty;
    envelope.set_raw_key(&key);
    // Key first: a crash before the rename leaves a key and no store, from
    // which the next open makes a fresh store (and a new spare).
    envelope.save(secrets)?;
    let main = StoreFiles::in_dir(data_dir);
    for (from, to) in files.all().into_iter().zip(main.all()) {
        match fs::rename(from, to) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(StoreError::from(e).into()),
            _ => {}
        }
    }
    Ok(true)
}

/// Deletes the spare's files (they hold only public content).
pub(crate) fn remove_files(data_dir: &Path) -> Result<(), SafetyError> {
    Ok(remove(&spare_files(data_dir))?)
}

fn remove(files: &StoreFiles) -> Result<(), StoreError> {
    for path in files.all() {
        super::wipe::remove_if_present(path)?;
    }
    Ok(())
}
