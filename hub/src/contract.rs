//! The report wire contract shared with the phone side (see docs/intake.md):
//! the numbers both ends must agree on.

/// Largest request body (one sealed envelope) intake accepts.
pub const MAX_ENVELOPE_BYTES: usize = 131_072;

/// The padded plaintext is exactly one of these sizes, so its length tells
/// nothing about the report inside.
pub const PADDED_SIZES: [usize; 3] = [4096, 16_384, 65_536];

/// Bytes of the big-endian length prefix in front of the report JSON.
pub const LENGTH_PREFIX_BYTES: usize = 4;

/// First line of every binary age v1 file.
pub const AGE_MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// `Idempotency-Key`: 128 random bits as lowercase hex.
pub const IDEMPOTENCY_KEY_CHARS: usize = 32;

/// The only report JSON format this hub reads.
pub const REPORT_FORMAT: u64 = 1;
