//! The publisher's side of the format: split content into parts, compress,
//! hash, and sign documents. The hub uses these, and the phone verifies with
//! the same types, so signer and verifier cannot drift apart.

use std::collections::BTreeMap;

use ring::digest;
use ring::signature::{Ed25519KeyPair, KeyPair};

use super::envelope::{DocumentType, SignedDocument, signing_input};
use super::keys::hex;
use super::manifest::PartRef;
use super::part::{PART_FORMAT, Part, UiStrings, region_group};
use super::scope::{ContentKind, GLOBAL};
use super::{PublicKey, SyncError};
use crate::content::Pack;

/// Items per part, aimed at: small enough that editing one article
/// re-downloads a small share of the content, large enough that the
/// manifest stays short.
pub const ITEMS_PER_PART: usize = 16;
/// zstd level for parts: published once, downloaded by many phones.
const ZSTD_LEVEL: i32 = 15;

/// Something that signs trust documents with an Ed25519 key.
pub trait Signer {
    fn public_key(&self) -> PublicKey;
    fn sign(&self, message: &[u8]) -> [u8; 64];
}

impl Signer for Ed25519KeyPair {
    fn public_key(&self) -> PublicKey {
        let bytes: [u8; 32] = KeyPair::public_key(self).as_ref().try_into().expect("Ed25519 public keys are 32 bytes");
        PublicKey::from_bytes(bytes)
    }

    fn sign(&self, message: &[u8]) -> [u8; 64] {
        Ed25519KeyPair::sign(self, message).as_ref().try_into().expect("Ed25519 signatures are 64 bytes")
    }
}

/// Signs `payload` as a document of `doc_type` with every signer.
pub fn sign_document(doc_type: DocumentType, payload: &[u8], signers: &[&dyn Signer]) -> SignedDocument {
    let input = signing_input(doc_type, payload);
    let signatures = signers.iter().map(|s| (s.public_key(), s.sign(&input))).collect();
    SignedDocument::new(doc_type, payload, signatures)
}

/// A part ready to upload: its manifest entry and compressed bytes.
#[derive(Debug, Clone)]
pub struct BuiltPart {
    pub reference: PartRef,
    pub compressed: Vec<u8>,
}

/// Splits a publisher's content into parts by kind, region group and shard.
pub fn build_parts(publisher: &str, pack: &Pack, ui_strings: &[UiStrings]) -> Result<Vec<BuiltPart>, SyncError> {
    pack.validate().map_err(|e| SyncError::InvalidContent(e.to_string()))?;
    let mut parts = Vec::new();
    let mut articles: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for a in &pack.articles {
        articles.entry(region_group(&a.regions)).or_default().push(a.clone());
    }
    for (region, items) in articles {
        for (shard, items) in shard(items, |a| a.id.clone()) {
            parts.push(new_part(publisher, ContentKind::Articles, &region, shard, |p| p.articles = items));
        }
    }
    let mut helplines: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for h in &pack.helplines {
        let mut regions = h.regions.clone();
        regions.push(h.country.clone());
        helplines.entry(region_group(&regions)).or_default().push(h.clone());
    }
    for (region, items) in helplines {
        for (shard, items) in shard(items, |h| h.id.clone()) {
            parts.push(new_part(publisher, ContentKind::Helplines, &region, shard, |p| p.helplines = items));
        }
    }
    let mut forms: BTreeMap<String, Vec<_>> = BTreeMap::new();
    for form in &pack.forms {
        let helpline = pack.helplines.iter().find(|h| h.id == form.helpline);
        let mut regions = helpline.map(|h| h.regions.clone()).unwrap_or_default();
        regions.extend(helpline.map(|h| h.country.clone()));
        forms.entry(region_group(&regions)).or_default().push(form.clone());
    }
    for (region, items) in forms {
        for (shard, items) in shard(items, |f| f.id.clone()) {
            parts.push(new_part(publisher, ContentKind::ReportForms, &region, shard, |p| p.forms = items));
        }
    }
    for (i, ui) in ui_strings.iter().enumerate() {
        parts.push(new_part(publisher, ContentKind::UiStrings, GLOBAL, i as u32, |p| p.ui_strings = vec![ui.clone()]));
    }
    parts.into_iter().map(encode).collect()
}

fn new_part(publisher: &str, kind: ContentKind, region: &str, shard: u32, fill: impl FnOnce(&mut Part)) -> Part {
    let mut part = Part {
        format: PART_FORMAT,
        publisher: publisher.to_string(),
        kind,
        region: region.to_string(),
        shard,
        articles: Vec::new(),
        helplines: Vec::new(),
        ui_strings: Vec::new(),
        forms: Vec::new(),
    };
    fill(&mut part);
    part
}

/// Stable shards: an item stays in its shard (chosen by a hash of its id)
/// as long as the shard count does not change.
fn shard<T>(items: Vec<T>, id: impl Fn(&T) -> String) -> Vec<(u32, Vec<T>)> {
    let count = items.len().div_ceil(ITEMS_PER_PART).max(1).next_power_of_two() as u32;
    let mut shards: BTreeMap<u32, Vec<T>> = BTreeMap::new();
    for item in items {
        let hash = digest::digest(&digest::SHA256, id(&item).as_bytes());
        let n = u32::from_be_bytes(hash.as_ref()[..4].try_into().expect("4 bytes")) % count;
        shards.entry(n).or_default().push(item);
    }
    shards.into_iter().collect()
}

fn encode(part: Part) -> Result<BuiltPart, SyncError> {
    let raw = serde_json::to_vec(&part).map_err(|_| SyncError::Malformed("a part does not serialize"))?;
    let compressed = zstd::bulk::compress(&raw, ZSTD_LEVEL).map_err(|_| SyncError::Malformed("zstd failed"))?;
    let reference = PartRef {
        kind: part.kind,
        region: part.region.clone(),
        locales: part.locales(),
        shard: part.shard,
        sha256: hex(digest::digest(&digest::SHA256, &compressed).as_ref()),
        size: compressed.len() as u64,
        raw_size: raw.len() as u64,
        items: part.items() as u32,
    };
    Ok(BuiltPart { reference, compressed })
}
