use thiserror::Error;

use crate::net::NetError;

/// Why sync refused or failed. Nothing here carries content or URLs with
/// user data; every refusal leaves the store as it was.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SyncError {
    #[error("malformed trust data: {0}")]
    Malformed(&'static str),
    #[error("the document is of the wrong type for where it was found")]
    WrongDocumentType,
    #[error("not enough valid signatures: {valid} of {needed} needed")]
    SignatureThreshold { valid: usize, needed: usize },
    /// An older (or same-numbered but different) document than one already trusted.
    #[error("{what} version {offered} is older than the trusted version {trusted}")]
    Rollback { what: &'static str, offered: u64, trusted: u64 },
    #[error("{what} version {version} was changed without a new version number")]
    SameVersionDifferent { what: &'static str, version: u64 },
    /// Expired documents are never accepted as new (the last verified content stays).
    #[error("{what} expired; keeping the last verified content")]
    Expired { what: &'static str },
    #[error("publisher {publisher} is not in the trusted publisher list")]
    UnknownPublisher { publisher: String },
    #[error("publisher {publisher} may not publish {what}")]
    OutOfScope { publisher: String, what: String },
    #[error("a pack does not match the hash or size its signed manifest gives")]
    HashMismatch,
    #[error("{what} is larger than the limit of {limit} bytes")]
    TooLarge { what: &'static str, limit: u64 },
    #[error("a pack's content is invalid: {0}")]
    InvalidContent(String),
    #[error(transparent)]
    Net(#[from] NetError),
    #[error("the local store failed while applying: {0}")]
    Store(String),
    #[error("sync was cancelled")]
    Cancelled,
}

impl SyncError {
    /// Whether retrying later may help (network trouble), as opposed to a
    /// refusal of what the server sent.
    pub fn is_transient(&self) -> bool {
        matches!(self, SyncError::Net(e) if e.is_transient())
    }
}

/// A store failure while syncing, by its message (no content inside).
pub(crate) fn store_err(e: impl std::fmt::Display) -> SyncError {
    SyncError::Store(e.to_string())
}

impl From<crate::store::StoreError> for SyncError {
    fn from(e: crate::store::StoreError) -> Self {
        store_err(e)
    }
}
