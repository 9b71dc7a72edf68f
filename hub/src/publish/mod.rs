//! `haven-hub publish`: a content folder becomes signed, content-addressed
//! files for any static host. Packs are written first and the manifest last
//! (atomically), so a phone never sees a manifest naming a missing pack.

mod diff;
mod files;
mod signer;
pub mod trust;

use std::path::{Path, PathBuf};

use haven_core::content::source::build_pack;
use haven_core::sync::{Manifest, SignedDocument, build_parts, time};

pub use diff::ContentDiff;
pub use signer::HubSigner;

/// How long a manifest stays valid when its publisher does not say: phones
/// that cannot reach the hub keep showing content this long before they
/// report it as expired.
pub const DEFAULT_VALID_DAYS: i64 = 90;

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error("{0}")]
    Content(String),
    #[error("cannot read or write {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("the manifest already in {0} cannot be read; refusing to overwrite it")]
    PreviousManifest(PathBuf),
    #[error("{0}")]
    Sync(#[from] haven_core::sync::SyncError),
}

pub struct PublishOptions<'a> {
    pub content_dir: &'a Path,
    pub out: &'a Path,
    pub publisher: Option<String>,
    pub valid_days: i64,
    pub now: i64,
    /// Called after each pack is written: (written so far, total).
    pub progress: &'a dyn Fn(usize, usize),
}

/// What a publication did.
#[derive(Debug)]
pub struct Published {
    pub publisher: String,
    pub version: u64,
    pub previous_version: Option<u64>,
    pub packs_total: usize,
    pub packs_new: usize,
    pub bytes_total: u64,
    pub bytes_new: u64,
    pub diff: ContentDiff,
    pub manifest_path: PathBuf,
}

pub fn publish(options: &PublishOptions<'_>, signer: &HubSigner) -> Result<Published, PublishError> {
    let pack = build_pack(options.content_dir).map_err(|e| PublishError::Content(e.to_string()))?;
    let publisher = options.publisher.clone().unwrap_or_else(|| pack.id.clone());
    let ui = files::read_ui_strings(options.content_dir)?;
    let parts = build_parts(&publisher, &pack, &ui)?;
    let manifest_path = options.out.join("publishers").join(&publisher).join("manifest.json");
    let previous = files::read_previous_manifest(&manifest_path)?;
    let version = previous.as_ref().map_or(1, |m| m.version + 1).max(pack.version);
    let diff = ContentDiff::between(previous.as_ref(), options.out, &parts)?;
    let mut packs_new = 0;
    let mut bytes_new = 0;
    for (done, part) in parts.iter().enumerate() {
        if files::write_once(&options.out.join(part.reference.path()), &part.compressed)? {
            packs_new += 1;
        }
        if previous.as_ref().is_none_or(|m| m.parts.iter().all(|p| p.sha256 != part.reference.sha256)) {
            bytes_new += part.reference.size;
        }
        (options.progress)(done + 1, parts.len());
    }
    let manifest = Manifest {
        publisher: publisher.clone(),
        version,
        created: time::format(options.now),
        expires: time::format(options.now + options.valid_days * 86_400),
        parts: parts.iter().map(|p| p.reference.clone()).collect(),
    };
    let payload = serde_json::to_vec(&manifest).expect("a manifest serializes");
    let document = signer.sign(haven_core::sync::DocumentType::Manifest, &payload);
    files::write_atomically(&manifest_path, &document.to_bytes())?;
    Ok(Published {
        publisher,
        version,
        previous_version: previous.map(|m| m.version),
        packs_total: parts.len(),
        packs_new,
        bytes_total: parts.iter().map(|p| p.reference.size).sum(),
        bytes_new,
        diff,
        manifest_path,
    })
}

/// The payload of a signed document, read without checking who signed it:
/// the publisher's own earlier output, used for numbering and the diff.
pub(crate) fn unverified_payload<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    let payload = SignedDocument::parse(bytes).ok()?.unverified_payload().ok()?;
    serde_json::from_slice(&payload).ok()
}
