//! Ed25519 public keys as they appear in trust documents and key files:
//! `ed25519:<standard base64 of the 32 key bytes>`.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::digest;
use ring::signature::{ED25519, UnparsedPublicKey};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::SyncError;

const PREFIX: &str = "ed25519:";

/// An Ed25519 public key.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublicKey([u8; 32]);

impl PublicKey {
    pub fn from_bytes(bytes: [u8; 32]) -> PublicKey {
        PublicKey(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Parses `ed25519:<base64>`.
    pub fn parse(text: &str) -> Result<PublicKey, SyncError> {
        let b64 = text.trim().strip_prefix(PREFIX).ok_or(SyncError::Malformed("a key must start with ed25519:"))?;
        if b64.len() > 64 {
            return Err(SyncError::Malformed("a public key is too long"));
        }
        let bytes = STANDARD.decode(b64).map_err(|_| SyncError::Malformed("a public key is not base64"))?;
        let bytes: [u8; 32] = bytes.try_into().map_err(|_| SyncError::Malformed("a public key is not 32 bytes"))?;
        Ok(PublicKey(bytes))
    }

    /// Lowercase hex of the first 8 bytes of SHA-256 of the key: how
    /// signatures name the key that made them.
    pub fn key_id(&self) -> String {
        hex(&digest::digest(&digest::SHA256, &self.0).as_ref()[..8])
    }

    /// Whether `signature` is this key's signature of `message`.
    pub fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        UnparsedPublicKey::new(&ED25519, &self.0).verify(message, signature).is_ok()
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{PREFIX}{}", STANDARD.encode(self.0))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.key_id())
    }
}

impl Serialize for PublicKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for PublicKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        PublicKey::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Lowercase hex, for hashes and key ids.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// SHA-256 of `bytes` in lowercase hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, bytes).as_ref())
}
