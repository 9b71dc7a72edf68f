use crate::content::ContentError;
use crate::reports::ReportError;
use crate::safety::SafetyError;

use crate::store::StoreError;
use crate::sync::SyncError;

/// Everything that can go wrong in the core, by area.
///
/// Messages name what failed and what the caller can do; they never contain
/// text the user typed, contact details or key material.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Content(#[from] ContentError),
    /// A content id (article, helpline) that the store does not hold.
    #[error("no {kind} with id {id:?} in the store")]
    NotFound { kind: &'static str, id: String },
    /// An argument from the shell that the core cannot use (unknown region code...).
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
    /// Haven is locked: unlock (or resume) before asking for a view.
    #[error("Haven is locked")]
    Locked,
    #[error(transparent)]
    Safety(#[from] SafetyError),
    #[error(transparent)]
    Sync(#[from] SyncError),
    #[error(transparent)]
    Report(#[from] ReportError),
}
