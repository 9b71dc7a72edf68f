//! The built-in pack, compiled into the app so that Haven is useful offline
//! from its first launch. It is trusted because it ships inside the binary.
//! `cargo xtask pack` regenerates it from `content/`.

use std::sync::OnceLock;

use serde::Deserialize;

use super::{ContentError, Pack};

pub const BUILTIN_PACK_BYTES: &[u8] = include_bytes!("../../assets/builtin-pack.json");

/// The built-in pack, decoded and validated like any other.
pub fn builtin_pack() -> Result<Pack, ContentError> {
    Pack::from_bytes(BUILTIN_PACK_BYTES)
}

/// The built-in pack's version, read without decoding and validating the
/// whole pack (that is only needed when the store holds an older one).
pub fn builtin_pack_version() -> Result<u64, ContentError> {
    #[derive(Deserialize)]
    struct Header {
        version: u64,
    }
    static VERSION: OnceLock<u64> = OnceLock::new();
    if let Some(v) = VERSION.get() {
        return Ok(*v);
    }
    let header: Header =
        serde_json::from_slice(BUILTIN_PACK_BYTES).map_err(|e| ContentError::Malformed(e.to_string()))?;
    Ok(*VERSION.get_or_init(|| header.version))
}
