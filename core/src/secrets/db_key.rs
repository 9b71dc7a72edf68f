use ring::rand::{SecureRandom, SystemRandom};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::SecretStoreError;

/// Length of the raw SQLCipher key: 256 bits.
pub const DB_KEY_LEN: usize = 32;

/// The raw 256-bit database key. Zeroized on drop, compared in constant time,
/// never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct DbKey([u8; DB_KEY_LEN]);

impl DbKey {
    /// A fresh key from the operating system's CSPRNG.
    pub fn generate() -> Result<Self, SecretStoreError> {
        let mut bytes = [0u8; DB_KEY_LEN];
        SystemRandom::new()
            .fill(&mut bytes)
            .map_err(|_| SecretStoreError::new("the system random generator failed"))?;
        Ok(Self(bytes))
    }

    /// Takes ownership of key bytes from a secret store, wiping the source.
    pub fn from_vec(mut bytes: Vec<u8>) -> Result<Self, SecretStoreError> {
        let result = <[u8; DB_KEY_LEN]>::try_from(bytes.as_slice())
            .map(Self)
            .map_err(|_| SecretStoreError::new(format!("the saved key is not {DB_KEY_LEN} bytes long")));
        bytes.zeroize();
        result
    }

    /// Takes key bytes the core already holds (from a safety envelope).
    pub(crate) fn from_array(bytes: [u8; DB_KEY_LEN]) -> Self {
        Self(bytes)
    }

    pub fn as_bytes(&self) -> &[u8; DB_KEY_LEN] {
        &self.0
    }

    /// The SQLCipher raw-key literal `x'<hex>'`, which skips key derivation.
    pub(crate) fn sqlcipher_literal(&self) -> Zeroizing<String> {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut out = Zeroizing::new(String::with_capacity(DB_KEY_LEN * 2 + 3));
        out.push_str("x'");
        for byte in self.0 {
            out.push(HEX[(byte >> 4) as usize] as char);
            out.push(HEX[(byte & 0x0f) as usize] as char);
        }
        out.push('\'');
        out
    }
}

impl PartialEq for DbKey {
    fn eq(&self, other: &Self) -> bool {
        // Constant time: an attacker timing comparisons learns nothing.
        subtle::ConstantTimeEq::ct_eq(&self.0[..], &other.0[..]).into()
    }
}

impl Eq for DbKey {}

impl std::fmt::Debug for DbKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DbKey(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_bytes() {
        let key = DbKey::from_vec(vec![0xab; DB_KEY_LEN]).unwrap();
        assert_eq!(format!("{key:?}"), "DbKey(<redacted>)");
    }

    #[test]
    fn generated_keys_differ_and_have_full_length() {
        let a = DbKey::generate().unwrap();
        let b = DbKey::generate().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.as_bytes().len(), 32);
    }

    #[test]
    fn wrong_length_is_rejected() {
        assert!(DbKey::from_vec(vec![1; 31]).is_err());
        assert!(DbKey::from_vec(vec![1; 33]).is_err());
    }

    #[test]
    fn literal_is_hex_raw_key() {
        let key = DbKey::from_vec((0u8..32).collect()).unwrap();
        let literal = key.sqlcipher_literal();
        assert_eq!(literal.len(), 67);
        assert!(literal.starts_with("x'000102"));
        assert!(literal.ends_with("1f'"));
    }
}
