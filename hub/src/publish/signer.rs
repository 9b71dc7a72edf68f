//! Signing trust documents with one or more of the hub's key files.

use haven_core::sync::{DocumentType, PublicKey, SignedDocument, Signer, sign_document};

use crate::keys::SigningKey;

/// The keys that sign one document (one for a manifest, a threshold of
/// root keys for lists).
pub struct HubSigner {
    keys: Vec<SigningKey>,
}

struct KeyRef<'a>(&'a SigningKey);

impl Signer for KeyRef<'_> {
    fn public_key(&self) -> PublicKey {
        PublicKey::from_bytes(self.0.public_key())
    }

    fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.0.sign(message)
    }
}

impl HubSigner {
    pub fn new(keys: Vec<SigningKey>) -> HubSigner {
        HubSigner { keys }
    }

    pub fn public_keys(&self) -> Vec<PublicKey> {
        self.keys.iter().map(|k| PublicKey::from_bytes(k.public_key())).collect()
    }

    pub fn sign(&self, doc_type: DocumentType, payload: &[u8]) -> SignedDocument {
        let refs: Vec<KeyRef<'_>> = self.keys.iter().map(KeyRef).collect();
        let signers: Vec<&dyn Signer> = refs.iter().map(|k| k as &dyn Signer).collect();
        sign_document(doc_type, payload, &signers)
    }
}
