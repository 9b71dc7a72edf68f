use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::{SecretStore, SecretStoreError};

/// The desktop secret store: the raw key in a file only its owner can read.
///
/// This is as strong as the desktop account it lives in; phones use their
/// hardware-backed stores instead.
pub struct FileSecretStore {
    path: PathBuf,
}

impl FileSecretStore {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Self { path: path.into() }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl SecretStore for FileSecretStore {
    fn load(&self) -> Result<Option<Vec<u8>>, SecretStoreError> {
        match fs::read(&self.path) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
            Err(e) => Err(SecretStoreError::new(format!("cannot read the key file: {}", e.kind()))),
        }
    }

    fn save(&self, key: &[u8]) -> Result<(), SecretStoreError> {
        let fail =
            |what: &str, e: std::io::Error| SecretStoreError::new(format!("cannot {what} the key file: {}", e.kind()));
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir).map_err(|e| fail("create the folder of", e))?;
        }
        // Write to a private temporary file, then rename: a crash never leaves half a key.
        let tmp = self.path.with_extension("tmp");
        let mut file = private_file(&tmp).map_err(|e| fail("create", e))?;
        file.write_all(key).map_err(|e| fail("write", e))?;
        file.sync_all().map_err(|e| fail("sync", e))?;
        fs::rename(&tmp, &self.path).map_err(|e| fail("rename", e))
    }

    fn delete(&self) -> Result<(), SecretStoreError> {
        // Overwrite before unlinking, so the bytes do not linger in the file's blocks.
        if let Ok(meta) = fs::metadata(&self.path) {
            let zeros = Zeroizing::new(vec![0u8; meta.len() as usize]);
            let _ = fs::write(&self.path, &*zeros);
        }
        match fs::remove_file(&self.path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == ErrorKind::NotFound => Ok(()),
            Err(e) => Err(SecretStoreError::new(format!("cannot delete the key file: {}", e.kind()))),
        }
    }
}

#[cfg(unix)]
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn private_file(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new().write(true).create(true).truncate(true).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_delete() {
        let dir = tempfile::tempdir().unwrap();
        let store = FileSecretStore::new(dir.path().join("sub/key"));
        assert_eq!(store.load().unwrap(), None);
        store.save(&[7; 32]).unwrap();
        assert_eq!(store.load().unwrap(), Some(vec![7; 32]));
        store.delete().unwrap();
        assert_eq!(store.load().unwrap(), None);
        store.delete().unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn key_file_is_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = FileSecretStore::new(dir.path().join("key"));
        store.save(&[1; 32]).unwrap();
        let mode = fs::metadata(store.path()).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
