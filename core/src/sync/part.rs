//! A part: one shard of one kind of a publisher's content for one region
//! group, as a zstd-compressed JSON document. Parts reuse the content
//! model's items and validation, so synced content passes exactly the rules
//! the built-in pack does.

use std::io::Read;

use ring::digest;
use serde::{Deserialize, Serialize};

use super::keys::hex;
use super::manifest::PartRef;
use super::scope::{ContentKind, GLOBAL};
use super::{Publisher, SyncError};
use crate::content::{Article, Form, Helpline, PACK_FORMAT, Pack};

/// Version of the part encoding.
pub const PART_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub format: u32,
    pub publisher: String,
    pub kind: ContentKind,
    pub region: String,
    pub shard: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub articles: Vec<Article>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub helplines: Vec<Helpline>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ui_strings: Vec<UiStrings>,
    /// Report forms; each must belong to a helpline this publisher holds
    /// (checked when applied), so no one can redirect another's reports.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<Form>,
}

/// Fluent messages a publisher adds or overrides for one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UiStrings {
    pub locale: String,
    pub source: String,
}

/// The region group of an article or helpline: `global` for content meant
/// for everywhere, else its countries, sorted, joined by `+`.
pub fn region_group(regions: &[String]) -> String {
    if regions.is_empty() {
        return GLOBAL.to_string();
    }
    let mut countries: Vec<&str> = regions.iter().map(|r| r.split('-').next().unwrap_or(r)).collect();
    countries.sort_unstable();
    countries.dedup();
    countries.join("+")
}

impl Part {
    /// Locales of the texts inside, sorted.
    pub fn locales(&self) -> Vec<String> {
        let mut locales: Vec<String> = self
            .articles
            .iter()
            .flat_map(|a| a.texts.iter().map(|t| t.locale.clone()))
            .chain(self.helplines.iter().flat_map(|h| h.texts.iter().map(|t| t.locale.clone())))
            .chain(self.ui_strings.iter().map(|u| u.locale.clone()))
            .chain(self.forms.iter().flat_map(|f| f.texts.iter().map(|t| t.locale.clone())))
            .collect();
        locales.sort();
        locales.dedup();
        locales
    }

    pub fn items(&self) -> usize {
        self.articles.len() + self.helplines.len() + self.ui_strings.len() + self.forms.len()
    }

    /// Checks downloaded bytes against their signed reference, decompresses
    /// them within the declared size, and validates every item, its region
    /// and locales against the publisher's scope.
    pub fn open(reference: &PartRef, publisher: &Publisher, compressed: &[u8]) -> Result<Part, SyncError> {
        if compressed.len() as u64 != reference.size
            || hex(digest::digest(&digest::SHA256, compressed).as_ref()) != reference.sha256
        {
            return Err(SyncError::HashMismatch);
        }
        let raw = decompress(compressed, reference.raw_size)?;
        let mut part: Part = serde_json::from_slice(&raw).map_err(|_| SyncError::Malformed("not a content part"))?;
        drop(raw);
        part.check(reference, publisher)?;
        part.validate_items()?;
        Ok(part)
    }

    fn check(&self, reference: &PartRef, publisher: &Publisher) -> Result<(), SyncError> {
        let matches = self.format == PART_FORMAT
            && self.publisher == publisher.id
            && self.kind == reference.kind
            && self.region == reference.region
            && self.shard == reference.shard
            && self.items() == reference.items as usize
            && self.locales() == reference.locales;
        if !matches {
            return Err(SyncError::Malformed("a part does not match its manifest entry"));
        }
        let counts = [self.articles.len(), self.helplines.len(), self.ui_strings.len(), self.forms.len()];
        let own = match self.kind {
            ContentKind::Articles => 0,
            ContentKind::Helplines => 1,
            ContentKind::UiStrings => 2,
            ContentKind::ReportForms => 3,
        };
        let only_kind = counts.iter().enumerate().all(|(i, n)| i == own || *n == 0);
        if !only_kind {
            return Err(SyncError::Malformed("a part holds content of another kind"));
        }
        let out_of_scope = |what: String| SyncError::OutOfScope { publisher: publisher.id.clone(), what };
        for a in &self.articles {
            if region_group(&a.regions) != self.region || !publisher.scope.allows_item_regions(&a.regions) {
                return Err(out_of_scope(format!("article {} regions", a.id)));
            }
        }
        for h in &self.helplines {
            let mut regions = h.regions.clone();
            regions.push(h.country.clone());
            if region_group(&regions) != self.region || !publisher.scope.allows_item_regions(&regions) {
                return Err(out_of_scope(format!("helpline {} regions", h.id)));
            }
        }
        for f in &self.forms {
            f.validate().map_err(|e| SyncError::InvalidContent(e.to_string()))?;
        }
        for u in &self.ui_strings {
            crate::i18n::overrides::check_override(&u.locale, &u.source)
                .map_err(|_| SyncError::InvalidContent(format!("UI strings for {}", u.locale)))?;
        }
        // Locales in scope were checked on the manifest entry, which equals ours.
        Ok(())
    }

    /// The content model's own rules, through a pack of just these items
    /// (moved in and back out: a part can be megabytes).
    fn validate_items(&mut self) -> Result<(), SyncError> {
        let pack = Pack {
            format: PACK_FORMAT,
            id: self.publisher.clone(),
            version: 0,
            articles: std::mem::take(&mut self.articles),
            helplines: std::mem::take(&mut self.helplines),
            forms: Vec::new(),
        };
        let result = pack.validate().map_err(|e| SyncError::InvalidContent(e.to_string()));
        self.articles = pack.articles;
        self.helplines = pack.helplines;
        result
    }
}

/// zstd-decompresses at most `declared` bytes; more is an error (a
/// decompression bomb stops at the declared size, not at memory's end).
fn decompress(compressed: &[u8], declared: u64) -> Result<Vec<u8>, SyncError> {
    let decoder = zstd::stream::read::Decoder::new(compressed).map_err(|_| SyncError::Malformed("bad zstd data"))?;
    let mut raw = Vec::with_capacity(declared.min(1 << 20) as usize);
    decoder.take(declared + 1).read_to_end(&mut raw).map_err(|_| SyncError::Malformed("bad zstd data"))?;
    if raw.len() as u64 != declared {
        return Err(SyncError::Malformed("a part's size differs from its manifest entry"));
    }
    Ok(raw)
}
