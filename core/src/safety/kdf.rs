//! Argon2id, the slow hash behind unlock codes and the PIN-wrapped key.

use argon2::{Algorithm, Argon2, Params, Version};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

/// Argon2id cost. Stored with every hash, so a cost change never locks
/// anyone out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfCost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfCost {
    /// About half a second on a mid-range phone (64 MiB, 3 passes: the
    /// OWASP-recommended shape, sized up); about 0.2 s on a desktop core.
    pub const RECOMMENDED: KdfCost = KdfCost { memory_kib: 64 * 1024, iterations: 3, parallelism: 1 };
    /// For tests and benchmarks only: fast, and far too weak for real codes.
    pub const TESTING: KdfCost = KdfCost { memory_kib: 64, iterations: 1, parallelism: 1 };
}

impl Default for KdfCost {
    fn default() -> Self {
        KdfCost::RECOMMENDED
    }
}

pub const SALT_LEN: usize = 16;

pub const OUTPUT_LEN: usize = 32;

/// Derives 32 bytes from `secret` and `salt`.
pub fn derive(secret: &[u8], salt: &[u8; SALT_LEN], cost: KdfCost) -> Result<Zeroizing<[u8; OUTPUT_LEN]>, String> {
    let params = Params::new(cost.memory_kib, cost.iterations, cost.parallelism, Some(OUTPUT_LEN))
        .map_err(|e| format!("unusable key derivation cost: {e}"))?;
    let mut out = Zeroizing::new([0u8; OUTPUT_LEN]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(secret, salt, out.as_mut())
        .map_err(|e| format!("key derivation failed: {e}"))?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_salted() {
        let a = derive(b"2468", &[1; SALT_LEN], KdfCost::TESTING).unwrap();
        let b = derive(b"2468", &[1; SALT_LEN], KdfCost::TESTING).unwrap();
        let c = derive(b"2468", &[2; SALT_LEN], KdfCost::TESTING).unwrap();
        assert_eq!(*a, *b);
        assert_ne!(*a, *c);
    }
}
