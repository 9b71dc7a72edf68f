//! What changed since the last publication, item by item, for the editor.

use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

use haven_core::sync::{BuiltPart, Manifest, Part};

use super::PublishError;

#[derive(Debug, Default, PartialEq, Eq)]
pub struct ContentDiff {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub removed: Vec<String>,
    /// False when the previous packs could not be read back (first
    /// publication, or a DIST folder without them): only `added` is known.
    pub compared: bool,
}

/// Items of a publication: "article x" / "helpline y" / "ui strings ro" -> JSON.
fn items(parts: impl Iterator<Item = Part>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for part in parts {
        for a in &part.articles {
            out.insert(format!("article {}", a.id), serde_json::to_string(a).unwrap_or_default());
        }
        for h in &part.helplines {
            out.insert(format!("helpline {}", h.id), serde_json::to_string(h).unwrap_or_default());
        }
        for u in &part.ui_strings {
            out.insert(format!("ui strings {}", u.locale), u.source.clone());
        }
    }
    out
}

fn decode(bytes: &[u8]) -> Option<Part> {
    let raw = zstd::decode_all(bytes).ok()?;
    serde_json::from_slice(&raw).ok()
}

impl ContentDiff {
    pub fn between(previous: Option<&Manifest>, dist: &Path, parts: &[BuiltPart]) -> Result<ContentDiff, PublishError> {
        let new = items(parts.iter().filter_map(|p| decode(&p.compressed)));
        let Some(previous) = previous else {
            return Ok(ContentDiff { added: new.into_keys().collect(), compared: true, ..ContentDiff::default() });
        };
        let mut old_parts = Vec::new();
        for reference in &previous.parts {
            match std::fs::read(dist.join(reference.path())).ok().and_then(|b| decode(&b)) {
                Some(part) => old_parts.push(part),
                None => return Ok(ContentDiff { compared: false, ..ContentDiff::default() }),
            }
        }
        let old = items(old_parts.into_iter());
        let mut diff = ContentDiff { compared: true, ..ContentDiff::default() };
        for (id, json) in &new {
            match old.get(id) {
                None => diff.added.push(id.clone()),
                Some(before) if before != json => diff.changed.push(id.clone()),
                Some(_) => {}
            }
        }
        diff.removed = old.keys().filter(|id| !new.contains_key(*id)).cloned().collect();
        Ok(diff)
    }

    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty()
    }
}

impl fmt::Display for ContentDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.compared {
            return writeln!(f, "  (the previous packs are not in the output folder; no item diff)");
        }
        if self.is_empty() {
            return writeln!(f, "  no content changes");
        }
        for (sign, ids) in [("+", &self.added), ("~", &self.changed), ("-", &self.removed)] {
            for id in ids {
                writeln!(f, "  {sign} {id}")?;
            }
        }
        Ok(())
    }
}
