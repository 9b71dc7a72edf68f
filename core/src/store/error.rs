use crate::secrets::SecretStoreError;

/// Why the store could not be opened or used. None of these is ever answered
/// by silently creating a new store: a store may hold a user's drafts.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The key from the secret store does not open this store.
    #[error("the saved key does not open this store (wrong key)")]
    WrongKey,
    /// A store exists but the secret store holds no key for it.
    #[error("a store exists but no key for it was found in the secret store")]
    KeyMissing,
    /// The file is damaged or is not a Haven store.
    #[error("the store file is damaged or is not a Haven store")]
    Corrupt,
    /// The store was written by a newer Haven; this version cannot read it safely.
    #[error("the store has schema version {found}, newer than the {supported} this version understands; update Haven")]
    NewerSchema { found: u32, supported: u32 },
    /// The store has been locked or closed; open it again.
    #[error("the store is closed")]
    Closed,
    #[error(transparent)]
    SecretStore(#[from] SecretStoreError),
    /// Paths are left out on purpose: they often hold the user's name.
    #[error("cannot read or write Haven's data folder ({}); check that it exists and is writable", .0.kind())]
    Io(#[from] std::io::Error),
    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => StoreError::Corrupt,
            _ => StoreError::Sqlite(e),
        }
    }
}
