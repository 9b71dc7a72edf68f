//! A publisher's or root's Ed25519 signing key, loaded from its key file.

use std::fmt;
use std::path::Path;

use age::secrecy::SecretString;
use ring::signature::{Ed25519KeyPair, KeyPair};

use super::{KeyError, armor, encrypted, files, public};

/// Key files are well under 1 KiB (armored and encrypted alike).
pub const MAX_PRIVATE_FILE_BYTES: usize = 16 * 1024;

/// An Ed25519 key pair that can sign. Its secret never leaves ring; the
/// PKCS#8 bytes it was read from are zeroized once parsed.
pub struct SigningKey {
    pair: Ed25519KeyPair,
}

impl SigningKey {
    pub(crate) fn from_pkcs8(path: &Path, der: &[u8]) -> Result<Self, KeyError> {
        let pair = Ed25519KeyPair::from_pkcs8(der)
            .map_err(|_| KeyError::malformed(path, "the key is not an Ed25519 PKCS#8 v2 document"))?;
        Ok(Self { pair })
    }

    /// The 32 raw public key bytes.
    pub fn public_key(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(self.pair.public_key().as_ref());
        out
    }

    /// Lowercase hex of the first 8 bytes of SHA-256 of the public key.
    pub fn key_id(&self) -> String {
        public::key_id(&self.public_key())
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        let mut out = [0u8; 64];
        out.copy_from_slice(self.pair.sign(message).as_ref());
        out
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey").field("key_id", &self.key_id()).finish_non_exhaustive()
    }
}

/// Loads `PATH.key` (plain or passphrase-encrypted). A passphrase given for
/// a plain key is not needed and is ignored.
pub fn load_signing_key(path: &Path, passphrase: Option<&SecretString>) -> Result<SigningKey, KeyError> {
    let bytes = files::read_private(path, MAX_PRIVATE_FILE_BYTES)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| KeyError::malformed(path, "the file is not text"))?;
    if text.trim_start().starts_with(encrypted::AGE_ARMOR_BEGIN) {
        let passphrase = passphrase.ok_or_else(|| KeyError::PassphraseRequired { path: path.to_owned() })?;
        let der = encrypted::decrypt(path, &bytes, passphrase)?;
        return SigningKey::from_pkcs8(path, &der);
    }
    let der = armor::decode(text).map_err(|reason| KeyError::malformed(path, reason))?;
    SigningKey::from_pkcs8(path, &der)
}
