//! The publisher list: which NGOs may publish what, signed by the roots.
//! A key leaves this list to be revoked.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::envelope::{DocumentType, SignedDocument};
use super::limits::{MAX_KEYS, MAX_PUBLISHERS};
use super::{PublicKey, RootList, Scope, SyncError, time};
use crate::net;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PublisherList {
    pub version: u64,
    /// RFC 3339. An expired list is never accepted as new.
    pub expires: String,
    pub publishers: Vec<Publisher>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// Stable id, also the folder of its manifest: `publishers/<id>/manifest.json`.
    pub id: String,
    pub name: String,
    pub keys: Vec<PublicKey>,
    pub threshold: u32,
    pub scope: Scope,
    /// Where its manifest and packs are hosted, when not beside this list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_url: Option<String>,
}

impl PublisherList {
    /// Verifies `bytes` against the roots and the list already trusted
    /// (`None` on first sync). `Ok(None)`: the same list again.
    pub fn accept(
        roots: &RootList,
        trusted: Option<&PublisherList>,
        bytes: &[u8],
        now: i64,
    ) -> Result<Option<PublisherList>, SyncError> {
        let document = SignedDocument::parse(bytes)?;
        let payload = roots.verify(&document, DocumentType::PublisherList)?;
        let list: PublisherList =
            serde_json::from_slice(&payload).map_err(|_| SyncError::Malformed("not a publisher list"))?;
        list.validate()?;
        if let Some(trusted) = trusted {
            if list.version < trusted.version {
                return Err(SyncError::Rollback {
                    what: "publisher list",
                    offered: list.version,
                    trusted: trusted.version,
                });
            }
            if list.version == trusted.version {
                return if &list == trusted {
                    Ok(None)
                } else {
                    Err(SyncError::SameVersionDifferent { what: "publisher list", version: list.version })
                };
            }
        }
        if time::parse(&list.expires)? <= now {
            return Err(SyncError::Expired { what: "the publisher list" });
        }
        Ok(Some(list))
    }

    pub fn validate(&self) -> Result<(), SyncError> {
        time::parse(&self.expires)?;
        if self.publishers.len() > MAX_PUBLISHERS {
            return Err(SyncError::Malformed("too many publishers"));
        }
        let mut ids = HashSet::new();
        for p in &self.publishers {
            if !ids.insert(p.id.as_str()) {
                return Err(SyncError::Malformed("a publisher id is listed twice"));
            }
            p.validate()?;
        }
        Ok(())
    }

    pub fn get(&self, id: &str) -> Option<&Publisher> {
        self.publishers.iter().find(|p| p.id == id)
    }
}

impl Publisher {
    fn validate(&self) -> Result<(), SyncError> {
        let id_ok = !self.id.is_empty()
            && self.id.len() <= 64
            && self.id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !id_ok {
            return Err(SyncError::Malformed("a publisher id must be 1-64 of a-z, 0-9 and -"));
        }
        if self.name.is_empty() || self.name.chars().count() > 200 {
            return Err(SyncError::Malformed("a publisher name must be 1-200 characters"));
        }
        if self.keys.is_empty() || self.keys.len() > MAX_KEYS {
            return Err(SyncError::Malformed("a publisher needs 1 to 16 keys"));
        }
        if self.threshold == 0 || self.threshold as usize > self.keys.len() {
            return Err(SyncError::Malformed("a publisher threshold must be between 1 and its number of keys"));
        }
        self.scope.validate().map_err(SyncError::Malformed)?;
        if let Some(url) = &self.base_url {
            net::check_url(url).map_err(|_| SyncError::Malformed("a publisher base URL must be HTTPS"))?;
        }
        Ok(())
    }
}
