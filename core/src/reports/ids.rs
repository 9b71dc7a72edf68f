//! Random identifiers and the helpline's receipt reference.

use ring::rand::{SecureRandom, SystemRandom};

use super::ReportError;

/// 128 random bits as 32 lowercase hex characters (draft ids, report ids,
/// idempotency keys: each drawn separately, so none can be derived from another).
pub fn random_hex() -> Result<String, ReportError> {
    let mut bytes = [0u8; 16];
    SystemRandom::new().fill(&mut bytes).map_err(|_| ReportError::Random)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// A uniformly random fraction in [0, 1), for jitter.
pub fn random_fraction() -> f64 {
    let mut bytes = [0u8; 4];
    // Without randomness the jitter is merely absent, which is harmless.
    let _ = SystemRandom::new().fill(&mut bytes);
    f64::from(u32::from_le_bytes(bytes)) / (f64::from(u32::MAX) + 1.0)
}

/// Whether `key` is 32 lowercase hex characters.
pub fn is_key(key: &str) -> bool {
    key.len() == 32 && key.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Whether `reference` is `HVN-XXXX-XXXX` in Crockford base32 (no I, L, O, U).
pub fn is_reference(reference: &str) -> bool {
    let crockford = |b: u8| b.is_ascii_digit() || (b.is_ascii_uppercase() && !b"ILOU".contains(&b));
    let bytes = reference.as_bytes();
    bytes.len() == 13
        && reference.starts_with("HVN-")
        && bytes[8] == b'-'
        && bytes[4..8].iter().chain(&bytes[9..]).all(|&b| crockford(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_fresh_lowercase_hex() {
        let (a, b) = (random_hex().unwrap(), random_hex().unwrap());
        assert!(is_key(&a) && is_key(&b));
        assert_ne!(a, b);
        assert!(!is_key("ABCDEF0123456789abcdef0123456789"));
    }

    #[test]
    fn references_follow_the_contract() {
        assert!(is_reference("HVN-7K2M-9QXZ"));
        for bad in ["HVN-7K2M-9QX", "HVN-IK2M-9QXZ", "hvn-7k2m-9qxz", "XYZ-7K2M-9QXZ", "HVN-7K2M_9QXZ", ""] {
            assert!(!is_reference(bad), "{bad}");
        }
    }

    #[test]
    fn fractions_stay_below_one() {
        assert!((0..1000).map(|_| random_fraction()).all(|f| (0.0..1.0).contains(&f)));
    }
}
