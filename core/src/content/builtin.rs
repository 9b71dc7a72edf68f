//! The built-in pack, compiled into the app so that Haven is useful offline
//! from its first launch. It is trusted because it ships inside the binary.
//! `cargo xtask pack` regenerates it from `content/`.

use super::{ContentError, Pack};

pub const BUILTIN_PACK_BYTES: &[u8] = include_bytes!("../../assets/builtin-pack.json");

/// The built-in pack, decoded and validated like any other.
pub fn builtin_pack() -> Result<Pack, ContentError> {
    Pack::from_bytes(BUILTIN_PACK_BYTES)
}
