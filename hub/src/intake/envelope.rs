//! Checks that a body is a sealed Haven report without opening it: a binary
//! age v1 file (its header parses), sealed to exactly one X25519 recipient
//! (age adds a random "grease" stanza beside it, which is allowed), not to a
//! passphrase, and with a payload whose size is one of the padded buckets.
//! The server never holds the key, so this is all it can know, and it keeps
//! junk and truncated bodies out of the database.

use crate::contract::{AGE_MAGIC, PADDED_SIZES};

use super::error::Rejection;

/// age's payload nonce in front of the encrypted chunks.
const PAYLOAD_NONCE_BYTES: usize = 16;
/// age's STREAM chunks: 64 KiB of plaintext, each with a 16-byte tag.
const CHUNK_BYTES: usize = 65_536;
const TAG_BYTES: usize = 16;
const X25519_STANZA: &[u8] = b"-> X25519 ";

pub(crate) fn check_envelope(body: &[u8]) -> Result<(), Rejection> {
    if !body.starts_with(AGE_MAGIC) {
        return Err(Rejection::NotAnEnvelope);
    }
    let mut rest: &[u8] = body;
    let decryptor = age::Decryptor::new_buffered(&mut rest).map_err(|_| Rejection::NotAnEnvelope)?;
    if decryptor.is_scrypt() {
        return Err(Rejection::NotAnEnvelope);
    }
    drop(decryptor);
    // `rest` now starts at the encrypted chunks; the header and nonce precede.
    let header_len = body.len().checked_sub(rest.len() + PAYLOAD_NONCE_BYTES).ok_or(Rejection::NotAnEnvelope)?;
    let header = &body[..header_len];
    let x25519_stanzas = header.split(|b| *b == b'\n').filter(|line| line.starts_with(X25519_STANZA)).count();
    if x25519_stanzas != 1 {
        return Err(Rejection::NotAnEnvelope);
    }
    if !PADDED_SIZES.iter().any(|size| sealed_payload_len(*size) == rest.len()) {
        return Err(Rejection::NotAnEnvelope);
    }
    Ok(())
}

/// Size of the encrypted chunks for a plaintext of `plain` bytes: every
/// chunk carries a tag, and a last full chunk is not followed by an empty one.
fn sealed_payload_len(plain: usize) -> usize {
    let chunks = plain.div_ceil(CHUNK_BYTES).max(1);
    plain + chunks * TAG_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_that_only_starts_like_age_is_refused() {
        let mut body = AGE_MAGIC.to_vec();
        body.extend_from_slice(b"-> X25519 not-base64\n\n--- nope\n");
        assert_eq!(check_envelope(&body), Err(Rejection::NotAnEnvelope));
        assert_eq!(check_envelope(b"hello"), Err(Rejection::NotAnEnvelope));
        assert_eq!(check_envelope(b""), Err(Rejection::NotAnEnvelope));
    }

    #[test]
    fn payload_sizes_follow_age_chunking() {
        assert_eq!(sealed_payload_len(4096), 4112);
        assert_eq!(sealed_payload_len(65_536), 65_552);
    }
}
