//! The Haven root key set: the trust anchor the app ships. A threshold of
//! its keys signs the publisher list and every next root list.

use serde::{Deserialize, Serialize};

use super::envelope::{DocumentType, SignedDocument};
use super::limits::MAX_KEYS;
use super::{PublicKey, SyncError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RootList {
    pub version: u64,
    pub threshold: u32,
    pub keys: Vec<PublicKey>,
}

impl RootList {
    pub fn validate(&self) -> Result<(), SyncError> {
        let mut distinct = self.keys.clone();
        distinct.sort_by_key(|k| *k.as_bytes());
        distinct.dedup();
        if self.keys.is_empty() || self.keys.len() > MAX_KEYS || distinct.len() != self.keys.len() {
            return Err(SyncError::Malformed("a root list needs 1 to 16 distinct keys"));
        }
        if self.threshold == 0 || self.threshold as usize > self.keys.len() {
            return Err(SyncError::Malformed("a root threshold must be between 1 and the number of keys"));
        }
        Ok(())
    }

    /// Parses a root list payload.
    pub fn from_payload(payload: &[u8]) -> Result<RootList, SyncError> {
        let list: RootList = serde_json::from_slice(payload).map_err(|_| SyncError::Malformed("not a root list"))?;
        list.validate()?;
        Ok(list)
    }

    /// Verifies a document signed by this root set's threshold.
    pub fn verify(&self, document: &SignedDocument, doc_type: DocumentType) -> Result<Vec<u8>, SyncError> {
        document.verify(doc_type, &self.keys, self.threshold as usize)
    }

    /// Accepts the next root list: exactly one version newer, signed by a
    /// threshold of this (old) set AND a threshold of the new set, so a
    /// rotation needs both the outgoing and the incoming key holders.
    pub fn accept_next(&self, bytes: &[u8]) -> Result<RootList, SyncError> {
        let document = SignedDocument::parse(bytes)?;
        let payload = self.verify(&document, DocumentType::RootList)?;
        let next = RootList::from_payload(&payload)?;
        next.verify(&document, DocumentType::RootList)?;
        if next.version != self.version + 1 {
            return Err(SyncError::Rollback { what: "root list", offered: next.version, trusted: self.version });
        }
        Ok(next)
    }
}
