//! The database key and the platform's place to keep it.

mod db_key;
mod file;
mod memory;

pub use db_key::{DB_KEY_LEN, DbKey};
pub use file::FileSecretStore;
pub use memory::MemorySecretStore;

/// Where the platform keeps Haven's database key: the Android Keystore, the
/// iOS Keychain, a 0600 file on desktops, memory in tests.
///
/// The core asks for the key on every open, saves a new one before it creates
/// a store, and deletes it on a panic wipe. Implementations must not log the
/// bytes they are given.
pub trait SecretStore: Send + Sync {
    /// The saved key, or `None` when none has been saved yet.
    fn load(&self) -> Result<Option<Vec<u8>>, SecretStoreError>;
    /// Saves (or replaces) the key.
    fn save(&self, key: &[u8]) -> Result<(), SecretStoreError>;
    /// Forgets the key. Deleting a key that is not there is not an error.
    fn delete(&self) -> Result<(), SecretStoreError>;
}

/// A failure of the platform's secret store. The reason is for logs and
/// developers; it must never carry key material.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("secret store failed: {reason}")]
pub struct SecretStoreError {
    pub reason: String,
}

impl SecretStoreError {
    pub fn new(reason: impl Into<String>) -> Self {
        Self { reason: reason.into() }
    }
}
