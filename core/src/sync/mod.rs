//! Signed content sync. The trust chain (see docs/security/content-trust.md):
//!
//! built-in root list --threshold--> publisher list (keys + scopes)
//!   --publisher key--> manifest (version, expiry, part hashes and sizes)
//!   --SHA-256--> content parts (zstd JSON, content-addressed)
//!
//! Everything up to a verified part is sans-I/O (these files take bytes and
//! a clock); the client fetches, and the apply step writes all of one
//! sync's content in a single transaction.

mod apply;
mod envelope;
mod error;
mod fetch;
mod keys;
pub mod limits;
mod manifest;
mod part;
mod publish;
mod publishers;
mod root;
mod run;
mod scope;
mod source;
mod state;
mod status;
pub mod testkit;
pub mod time;

pub use apply::PublisherChange;
pub use envelope::{DocumentType, Signature, SignedDocument, signing_input};
pub use error::SyncError;
pub use fetch::{CancelToken, RetryPolicy};
pub use keys::{PublicKey, hex, sha256_hex};
pub use manifest::{Manifest, ManifestCheck, PartRef};
pub use part::{PART_FORMAT, Part, UiStrings, region_group};
pub use publish::{BuiltPart, ITEMS_PER_PART, Signer, build_parts, sign_document};
pub use publishers::{Publisher, PublisherList};
pub use root::RootList;
pub use run::{Follow, SyncEvent, SyncListener, SyncOutcome, SyncSettings};
pub use scope::{ANY, ContentKind, GLOBAL, Scope};
pub use status::PublisherStatus;

/// The Haven root key set this build trusts (see docs/security/content-trust.md).
pub const BUILTIN_ROOTS_JSON: &str = include_str!("../../trust/roots.json");

/// The shipped root list, parsed.
pub fn builtin_roots() -> Result<RootList, SyncError> {
    RootList::from_payload(BUILTIN_ROOTS_JSON.as_bytes())
}

#[cfg(test)]
mod tests;
