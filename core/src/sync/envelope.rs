//! Signed documents. The signed bytes travel as they were signed (base64 in
//! `payload`), so verifying needs no canonical re-encoding, and each
//! signature covers the document type too (pre-authentication encoding, as
//! in DSSE), so a signature on a manifest can never pass as one on a root
//! list.

use std::collections::HashSet;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::limits::{MAX_DOCUMENT_BYTES, MAX_SIGNATURES};
use super::{PublicKey, SyncError};

/// Kinds of signed document, each with its own domain in the signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentType {
    RootList,
    PublisherList,
    Manifest,
}

impl DocumentType {
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentType::RootList => "haven/root-list/v1",
            DocumentType::PublisherList => "haven/publisher-list/v1",
            DocumentType::Manifest => "haven/manifest/v1",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedDocument {
    #[serde(rename = "type")]
    pub doc_type: String,
    /// Base64 of the exact bytes that were signed.
    pub payload: String,
    pub signatures: Vec<Signature>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signature {
    /// The signing key's id (see [`PublicKey::key_id`]).
    pub key: String,
    /// Base64 of the 64-byte Ed25519 signature.
    pub sig: String,
}

/// The bytes a signature covers: type and payload, each length-prefixed.
pub fn signing_input(doc_type: DocumentType, payload: &[u8]) -> Vec<u8> {
    let t = doc_type.as_str();
    let mut out = Vec::with_capacity(payload.len() + t.len() + 40);
    out.extend_from_slice(format!("HAVENSIG1 {} {} {} ", t.len(), t, payload.len()).as_bytes());
    out.extend_from_slice(payload);
    out
}

impl SignedDocument {
    /// Builds a document from a payload and signatures made by the caller
    /// (the hub) over [`signing_input`].
    pub fn new(doc_type: DocumentType, payload: &[u8], signatures: Vec<(PublicKey, [u8; 64])>) -> SignedDocument {
        SignedDocument {
            doc_type: doc_type.as_str().to_string(),
            payload: STANDARD.encode(payload),
            signatures: signatures
                .into_iter()
                .map(|(key, sig)| Signature { key: key.key_id(), sig: STANDARD.encode(sig) })
                .collect(),
        }
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).expect("a signed document serializes");
        bytes.push(b'\n');
        bytes
    }

    /// Parses untrusted bytes (size-checked first).
    pub fn parse(bytes: &[u8]) -> Result<SignedDocument, SyncError> {
        if bytes.len() > MAX_DOCUMENT_BYTES {
            return Err(SyncError::TooLarge { what: "signed document", limit: MAX_DOCUMENT_BYTES as u64 });
        }
        serde_json::from_slice(bytes).map_err(|_| SyncError::Malformed("not a signed document"))
    }

    /// The payload bytes WITHOUT checking any signature: only for a
    /// publisher reading back its own earlier output (numbering, diffs).
    pub fn unverified_payload(&self) -> Result<Vec<u8>, SyncError> {
        STANDARD.decode(&self.payload).map_err(|_| SyncError::Malformed("payload is not base64"))
    }

    /// Checks the type and that at least `threshold` DISTINCT keys of
    /// `trusted` signed, and returns the payload bytes. A key that signs
    /// twice, or an unknown key, never counts.
    pub fn verify(
        &self,
        doc_type: DocumentType,
        trusted: &[PublicKey],
        threshold: usize,
    ) -> Result<Vec<u8>, SyncError> {
        if self.doc_type != doc_type.as_str() {
            return Err(SyncError::WrongDocumentType);
        }
        if self.signatures.len() > MAX_SIGNATURES {
            return Err(SyncError::Malformed("too many signatures"));
        }
        if threshold == 0 {
            return Err(SyncError::Malformed("a threshold must be at least 1"));
        }
        let payload = self.unverified_payload()?;
        let input = signing_input(doc_type, &payload);
        let mut counted: HashSet<[u8; 32]> = HashSet::new();
        for signature in &self.signatures {
            let Some(key) = trusted.iter().find(|k| k.key_id() == signature.key) else { continue };
            let Ok(sig) = STANDARD.decode(&signature.sig) else { continue };
            if !counted.contains(key.as_bytes()) && key.verifies(&input, &sig) {
                counted.insert(*key.as_bytes());
            }
        }
        if counted.len() >= threshold {
            Ok(payload)
        } else {
            Err(SyncError::SignatureThreshold { valid: counted.len(), needed: threshold })
        }
    }
}
