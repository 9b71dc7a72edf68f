//! A publisher's signed manifest: its version, validity and every part
//! (pack) of its content by kind, region and locales, bound by SHA-256 and
//! size. Parts are content-addressed: `packs/<sha256>.zst`.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::envelope::{DocumentType, SignedDocument};
use super::limits::{MAX_PART_BYTES, MAX_PART_RAW_BYTES, MAX_PARTS, MAX_PUBLISHER_BYTES};
use super::scope::{ANY, ContentKind, GLOBAL};
use super::{Publisher, SyncError, time};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub publisher: String,
    /// Goes up with every publication; never down.
    pub version: u64,
    pub created: String,
    pub expires: String,
    pub parts: Vec<PartRef>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartRef {
    pub kind: ContentKind,
    /// `global`, a country, or countries joined by `+`.
    pub region: String,
    /// Locales of the texts inside.
    pub locales: Vec<String>,
    pub shard: u32,
    /// Lowercase hex SHA-256 of the compressed bytes.
    pub sha256: String,
    /// Compressed size in bytes.
    pub size: u64,
    /// Decompressed size in bytes.
    pub raw_size: u64,
    pub items: u32,
}

impl PartRef {
    /// Where the part lives, relative to its publisher's base URL.
    pub fn path(&self) -> String {
        format!("packs/{}.zst", self.sha256)
    }
}

/// What a fetched manifest means for the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestCheck {
    /// A newer, valid manifest: fetch its missing parts and apply.
    New(Manifest),
    /// The manifest already trusted, byte for byte in meaning.
    Unchanged,
}

impl Manifest {
    /// Verifies untrusted manifest bytes for `publisher` against the
    /// manifest already trusted for it.
    pub fn accept(
        publisher: &Publisher,
        trusted: Option<&Manifest>,
        bytes: &[u8],
        now: i64,
    ) -> Result<ManifestCheck, SyncError> {
        let document = SignedDocument::parse(bytes)?;
        let payload = document.verify(DocumentType::Manifest, &publisher.keys, publisher.threshold as usize)?;
        let manifest: Manifest =
            serde_json::from_slice(&payload).map_err(|_| SyncError::Malformed("not a manifest"))?;
        if manifest.publisher != publisher.id {
            return Err(SyncError::OutOfScope {
                publisher: publisher.id.clone(),
                what: "another publisher's manifest".into(),
            });
        }
        if let Some(trusted) = trusted {
            if manifest.version < trusted.version {
                return Err(SyncError::Rollback {
                    what: "manifest",
                    offered: manifest.version,
                    trusted: trusted.version,
                });
            }
            if manifest.version == trusted.version {
                return if &manifest == trusted {
                    Ok(ManifestCheck::Unchanged)
                } else {
                    Err(SyncError::SameVersionDifferent { what: "manifest", version: manifest.version })
                };
            }
        }
        manifest.validate(publisher)?;
        if time::parse(&manifest.expires)? <= now {
            return Err(SyncError::Expired { what: "the publisher's manifest" });
        }
        Ok(ManifestCheck::New(manifest))
    }

    fn validate(&self, publisher: &Publisher) -> Result<(), SyncError> {
        let created = time::parse(&self.created)?;
        if time::parse(&self.expires)? <= created {
            return Err(SyncError::Malformed("a manifest must expire after it was created"));
        }
        if self.parts.len() > MAX_PARTS {
            return Err(SyncError::TooLarge { what: "manifest part list", limit: MAX_PARTS as u64 });
        }
        let mut keys = HashSet::new();
        let mut hashes = HashSet::new();
        let mut total: u64 = 0;
        for part in &self.parts {
            let valid_hash =
                part.sha256.len() == 64 && part.sha256.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
            if !valid_hash || !hashes.insert(part.sha256.as_str()) {
                return Err(SyncError::Malformed("a part hash is invalid or listed twice"));
            }
            if !keys.insert((part.kind, part.region.as_str(), part.shard)) {
                return Err(SyncError::Malformed("a part is listed twice"));
            }
            if part.size > MAX_PART_BYTES || part.raw_size > MAX_PART_RAW_BYTES {
                return Err(SyncError::TooLarge { what: "a part", limit: MAX_PART_BYTES });
            }
            total = total.saturating_add(part.size);
            check_scope(publisher, part)?;
        }
        if total > MAX_PUBLISHER_BYTES {
            return Err(SyncError::TooLarge { what: "a publisher's content", limit: MAX_PUBLISHER_BYTES });
        }
        Ok(())
    }
}

/// The labels of a part must be within the publisher's scope before a byte
/// of it is downloaded; the items inside are checked again after.
fn check_scope(publisher: &Publisher, part: &PartRef) -> Result<(), SyncError> {
    let refuse = |what: String| Err(SyncError::OutOfScope { publisher: publisher.id.clone(), what });
    let scope = &publisher.scope;
    if !scope.allows_kind(part.kind) {
        return refuse(part.kind.as_str().into());
    }
    if part.region.len() > 200 || part.region.split('+').any(|r| r == ANY || !scope.allows_region(r)) {
        return refuse(format!("region {}", part.region.chars().take(40).collect::<String>()));
    }
    if part.locales.len() > 100 {
        return Err(SyncError::Malformed("a part lists too many locales"));
    }
    if let Some(locale) = part.locales.iter().find(|l| !scope.allows_locale(l)) {
        return refuse(format!("locale {}", locale.chars().take(20).collect::<String>()));
    }
    if part.region == GLOBAL && !scope.allows_region(GLOBAL) {
        return refuse("content for everywhere".into());
    }
    Ok(())
}
