//! Public key files (`PATH.pub`: one line `ed25519:<base64 of 32 bytes>`)
//! and key ids, in the core's encoding (`haven_core::sync::PublicKey`), so
//! the hub writes exactly what phones parse.

use std::path::Path;

use haven_core::sync::{PublicKey, SyncError};

use super::KeyError;
/// A public key line is 52 bytes; anything much larger is not one.
pub const MAX_PUBLIC_FILE_BYTES: usize = 1024;

/// The public key line as written to `PATH.pub` (with its newline).
pub fn public_key_line(public: &[u8; 32]) -> String {
    format!("{}\n", PublicKey::from_bytes(*public))
}

/// Lowercase hex of the first 8 bytes of SHA-256 of the raw public key.
pub fn key_id(public: &[u8; 32]) -> String {
    PublicKey::from_bytes(*public).key_id()
}

/// Parses a public key line (`ed25519:...`), surrounding whitespace allowed.
pub fn parse_public_key(text: &str) -> Result<[u8; 32], &'static str> {
    match PublicKey::parse(text) {
        Ok(key) => Ok(*key.as_bytes()),
        Err(SyncError::Malformed(reason)) => Err(reason),
        Err(_) => Err("not an Ed25519 public key"),
    }
}

/// Reads a `PATH.pub` file.
pub fn read_public_key(path: &Path) -> Result<[u8; 32], KeyError> {
    let bytes = super::files::read_bounded(path, MAX_PUBLIC_FILE_BYTES)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| KeyError::malformed(path, "the file is not text"))?;
    parse_public_key(text).map_err(|reason| KeyError::malformed(path, reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_parses_back_and_ids_are_16_hex() {
        let key = [7u8; 32];
        assert_eq!(parse_public_key(&public_key_line(&key)), Ok(key));
        assert_eq!(key_id(&key).len(), 16);
        assert!(parse_public_key("ssh-ed25519 AAAA").is_err());
        assert!(parse_public_key("ed25519:AAAA").is_err());
    }
}
