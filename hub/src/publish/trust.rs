//! The root key holders' side: the root list the app ships (and its
//! rotations), and the signed publisher list that says which NGO key may
//! publish what.

use std::path::{Path, PathBuf};

use haven_core::sync::{DocumentType, PublicKey, Publisher, PublisherList, RootList, Scope, SignedDocument, time};
use serde::Deserialize;

use super::{HubSigner, PublishError, files, unverified_payload};

/// A root list file: the shipped one is plain JSON, rotations are signed.
pub fn read_root_list(path: &Path) -> Result<RootList, PublishError> {
    let bytes = std::fs::read(path).map_err(|source| PublishError::Io { path: path.to_owned(), source })?;
    let payload = match SignedDocument::parse(&bytes) {
        Ok(document) => document.unverified_payload()?,
        Err(_) => bytes,
    };
    Ok(RootList::from_payload(&payload)?)
}

/// Writes a root list: version 1 as the plain JSON the app ships; a later
/// version as a rotation signed by `signers` (a threshold of the previous
/// keys and of the new ones), checked against `previous` before writing.
pub fn write_root_list(
    keys: Vec<PublicKey>,
    threshold: u32,
    previous: Option<&RootList>,
    signers: &HubSigner,
    out: &Path,
) -> Result<RootList, PublishError> {
    let version = previous.map_or(1, |p| p.version + 1);
    let list = RootList { version, threshold, keys };
    list.validate()?;
    let payload = serde_json::to_vec_pretty(&list).expect("a root list serializes");
    match previous {
        None => files::write_atomically(out, &payload)?,
        Some(previous) => {
            let document = signers.sign(DocumentType::RootList, &payload).to_bytes();
            previous.accept_next(&document)?;
            files::write_atomically(out, &document)?;
        }
    }
    Ok(list)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublishersFile {
    #[serde(rename = "publisher", default)]
    publishers: Vec<PublisherEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PublisherEntry {
    id: String,
    name: String,
    /// `ed25519:...` lines or paths of `.pub` files (relative to the list).
    keys: Vec<String>,
    #[serde(default = "one")]
    threshold: u32,
    regions: Vec<String>,
    locales: Vec<String>,
    kinds: Vec<haven_core::sync::ContentKind>,
    base_url: Option<String>,
}

fn one() -> u32 {
    1
}

/// Signs the publisher list described in `list_file` (TOML) with the root
/// keys in `signers`, as the next version after the one in `out`, and
/// checks it verifies against `roots` before writing.
pub fn sign_publishers(
    list_file: &Path,
    roots: &RootList,
    signers: &HubSigner,
    out: &Path,
    valid_days: i64,
    now: i64,
) -> Result<PublisherList, PublishError> {
    let io = |path: &Path| {
        let path: PathBuf = path.to_owned();
        move |source| PublishError::Io { path, source }
    };
    let text = std::fs::read_to_string(list_file).map_err(io(list_file))?;
    let parsed: PublishersFile =
        toml::from_str(&text).map_err(|e| PublishError::Content(format!("{}: {e}", list_file.display())))?;
    let base = list_file.parent().unwrap_or(Path::new("."));
    let mut publishers = Vec::new();
    for entry in parsed.publishers {
        let mut keys = Vec::new();
        for key in &entry.keys {
            let line = if key.starts_with("ed25519:") {
                key.clone()
            } else {
                std::fs::read_to_string(base.join(key)).map_err(io(&base.join(key)))?
            };
            keys.push(PublicKey::parse(&line)?);
        }
        publishers.push(Publisher {
            id: entry.id,
            name: entry.name,
            keys,
            threshold: entry.threshold,
            scope: Scope { regions: entry.regions, locales: entry.locales, kinds: entry.kinds },
            base_url: entry.base_url,
        });
    }
    let previous: Option<PublisherList> = std::fs::read(out).ok().and_then(|b| unverified_payload(&b));
    let list = PublisherList {
        version: previous.as_ref().map_or(1, |p| p.version + 1),
        expires: time::format(now + valid_days * 86_400),
        publishers,
    };
    list.validate()?;
    let document = signers.sign(DocumentType::PublisherList, &serde_json::to_vec(&list).expect("serializes"));
    let bytes = document.to_bytes();
    // Refuse to write a list phones would refuse (too few root signatures...).
    PublisherList::accept(roots, previous.as_ref(), &bytes, now)?;
    files::write_atomically(out, &bytes)?;
    Ok(list)
}
