//! Receipt references: `HVN-XXXX-XXXX`, 8 random Crockford base32 characters
//! (40 bits), short enough to read out on the phone to a helpline.

use ring::rand::{SecureRandom, SystemRandom};

/// Crockford's alphabet: no I, L, O or U, so nothing is misread aloud.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

pub(crate) fn new_reference(rng: &SystemRandom) -> Result<String, ring::error::Unspecified> {
    let mut random = [0u8; 5];
    rng.fill(&mut random)?;
    let bits = random.iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
    let chars: Vec<char> = (0..8).rev().map(|i| CROCKFORD[((bits >> (i * 5)) & 31) as usize] as char).collect();
    let first: String = chars[..4].iter().collect();
    let second: String = chars[4..].iter().collect();
    Ok(format!("HVN-{first}-{second}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_have_the_contract_shape_and_differ() {
        let rng = SystemRandom::new();
        let a = new_reference(&rng).unwrap();
        let b = new_reference(&rng).unwrap();
        assert_ne!(a, b);
        assert_eq!(a.len(), 13);
        assert!(a.starts_with("HVN-") && a.as_bytes()[8] == b'-');
        assert!(a[4..].chars().filter(|c| *c != '-').all(|c| CROCKFORD.contains(&(c as u8))));
    }
}
