//! Unlock and duress codes: what a valid code is, and how one is kept (a
//! salted Argon2id hash, compared in constant time).

use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

use super::SafetyError;
use super::kdf::{KdfCost, SALT_LEN, derive};

pub const MIN_CODE_LEN: usize = 4;
pub const MAX_CODE_LEN: usize = 12;

/// Codes are digits, so they can be typed on the calculator disguise.
pub fn check_code(code: &str) -> Result<(), SafetyError> {
    if !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(SafetyError::InvalidCode("a code is made of digits 0-9 only".into()));
    }
    if !(MIN_CODE_LEN..=MAX_CODE_LEN).contains(&code.len()) {
        return Err(SafetyError::InvalidCode(format!("a code has {MIN_CODE_LEN} to {MAX_CODE_LEN} digits")));
    }
    Ok(())
}

pub fn random_salt() -> Result<[u8; SALT_LEN], SafetyError> {
    let mut salt = [0u8; SALT_LEN];
    SystemRandom::new().fill(&mut salt).map_err(|_| SafetyError::Random)?;
    Ok(salt)
}

/// A code, kept as its slow hash.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verifier {
    salt: [u8; SALT_LEN],
    hash: [u8; 32],
    cost: KdfCost,
    /// How many digits the code has: the calculator only tries codes of this
    /// length, so ordinary sums are not slowed down or counted as failures.
    pub digits: usize,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Verifier(<redacted>)")
    }
}

impl Verifier {
    pub fn new(code: &str, cost: KdfCost) -> Result<Self, SafetyError> {
        check_code(code)?;
        let salt = random_salt()?;
        let hash = derive(code.as_bytes(), &salt, cost).map_err(SafetyError::Kdf)?;
        Ok(Self { salt, hash: *hash, cost, digits: code.len() })
    }

    pub fn cost(&self) -> KdfCost {
        self.cost
    }

    /// Always pays the full hash cost, whatever the input, so timing says
    /// nothing about which check matched.
    pub fn matches(&self, code: &str) -> bool {
        let Ok(hash) = derive(code.as_bytes(), &self.salt, self.cost) else { return false };
        bool::from(hash.as_slice().ct_eq(&self.hash))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_digits_of_bounded_length() {
        check_code("2468").unwrap();
        check_code("123456789012").unwrap();
        for bad in ["123", "1234567890123", "12a4", "12 34", "", "１２３４"] {
            assert!(check_code(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn verifier_matches_only_its_code() {
        let v = Verifier::new("2468", KdfCost::TESTING).unwrap();
        assert!(v.matches("2468"));
        assert!(!v.matches("2469"));
        assert!(!v.matches(""));
        assert_eq!(format!("{v:?}"), "Verifier(<redacted>)");
    }
}
