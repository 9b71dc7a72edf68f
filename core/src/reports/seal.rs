//! Sealing (docs/reports.md): the report JSON, length-prefixed and padded
//! with zeros to a bucket, then encrypted with age to the helpline's X25519
//! recipient. Opening is here too, for the hub and for tests; it checks
//! everything the contract says a reader must.

use std::io::{Read, Write};
use std::iter;
use std::str::FromStr;

use zeroize::Zeroizing;

use super::ReportError;
use super::limits::*;

/// The age v1 header line every envelope starts with.
pub const AGE_HEADER: &[u8] = b"age-encryption.org/v1\n";

/// The bucket a report of `json_len` bytes is padded to, if any fits.
pub fn bucket_for(json_len: usize) -> Option<usize> {
    PADDING_BUCKETS.into_iter().find(|b| json_len + LENGTH_PREFIX_BYTES <= *b)
}

/// `u32` big-endian length, the JSON, zeros up to the smallest bucket.
/// Refuses (never truncates) JSON larger than the largest bucket allows.
pub fn pad(json: &[u8]) -> Result<Zeroizing<Vec<u8>>, ReportError> {
    let bucket = bucket_for(json.len()).ok_or(ReportError::TooLarge {
        size: json.len(),
        limit: MAX_REPORT_JSON_BYTES,
        message: String::new(),
    })?;
    let mut padded = Zeroizing::new(Vec::with_capacity(bucket));
    padded.extend_from_slice(&(json.len() as u32).to_be_bytes());
    padded.extend_from_slice(json);
    padded.resize(bucket, 0);
    Ok(padded)
}

/// The JSON inside a padded plaintext, after checking its size is a
/// bucket, the length fits and every padding byte is zero.
pub fn unpad(padded: &[u8]) -> Result<&[u8], ReportError> {
    if !PADDING_BUCKETS.contains(&padded.len()) {
        return Err(ReportError::Envelope("padded plaintext is not a bucket size"));
    }
    let (prefix, rest) = padded.split_at(LENGTH_PREFIX_BYTES);
    let len = u32::from_be_bytes(prefix.try_into().expect("four bytes")) as usize;
    if len > rest.len() {
        return Err(ReportError::Envelope("length prefix runs past the padding"));
    }
    let (json, padding) = rest.split_at(len);
    if padding.iter().any(|&b| b != 0) {
        return Err(ReportError::Envelope("padding is not all zeros"));
    }
    Ok(json)
}

/// Encrypts `padded` to `recipient` (`age1...`): binary age v1, one X25519 recipient.
pub fn seal(padded: &[u8], recipient: &str) -> Result<Vec<u8>, ReportError> {
    let recipient =
        age::x25519::Recipient::from_str(recipient).map_err(|_| ReportError::Seal("not an age recipient".into()))?;
    let encryptor = age::Encryptor::with_recipients(iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| ReportError::Seal(e.to_string()))?;
    let mut envelope = Vec::with_capacity(padded.len() + 512);
    let mut writer = encryptor.wrap_output(&mut envelope).map_err(|e| ReportError::Seal(e.to_string()))?;
    writer.write_all(padded).map_err(|e| ReportError::Seal(e.to_string()))?;
    writer.finish().map_err(|e| ReportError::Seal(e.to_string()))?;
    Ok(envelope)
}

/// Decrypts an envelope with the helpline's identity and returns the
/// report JSON. Refuses envelopes over the size limit, not sealed to this
/// identity, or whose plaintext breaks the padding rules.
pub fn open(envelope: &[u8], identity: &age::x25519::Identity) -> Result<Zeroizing<Vec<u8>>, ReportError> {
    if envelope.len() > MAX_ENVELOPE_BYTES {
        return Err(ReportError::Envelope("envelope over the size limit"));
    }
    if !envelope.starts_with(AGE_HEADER) {
        return Err(ReportError::Envelope("not an age v1 envelope"));
    }
    let decryptor =
        age::Decryptor::new_buffered(envelope).map_err(|_| ReportError::Envelope("unreadable age header"))?;
    let mut reader = decryptor
        .decrypt(iter::once(identity as &dyn age::Identity))
        .map_err(|_| ReportError::Envelope("not sealed to this key, or damaged"))?;
    let mut padded = Zeroizing::new(Vec::with_capacity(PADDING_BUCKETS[2]));
    (&mut reader)
        .take(PADDING_BUCKETS[2] as u64 + 1)
        .read_to_end(&mut padded)
        .map_err(|_| ReportError::Envelope("damaged payload"))?;
    let json = unpad(&padded)?;
    Ok(Zeroizing::new(json.to_vec()))
}

/// Envelope sizes for a bucket: age adds a fixed header and a 16-byte tag
/// per 64 KiB chunk, plus one random "grease" stanza of 0 to about 200
/// bytes that the age library adds to every header. The grease is drawn at
/// random for each envelope, never from the report, so sizes still say
/// only which bucket a report is in.
pub fn envelope_size_range(bucket: usize) -> std::ops::RangeInclusive<usize> {
    // "age-encryption.org/v1\n" + X25519 stanza (54 + 44) + "--- " MAC line (48) + nonce (16).
    const FIXED: usize = 22 + 54 + 44 + 48 + 16;
    const MAX_GREASE: usize = 200;
    let chunks = bucket.div_ceil(64 * 1024);
    let base = FIXED + bucket + 16 * chunks;
    base..=base + MAX_GREASE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padding_round_trips_and_is_checked() {
        let padded = pad(b"{\"a\":1}").unwrap();
        assert_eq!(padded.len(), 4096);
        assert_eq!(unpad(&padded).unwrap(), b"{\"a\":1}");
        let mut dirty = padded.to_vec();
        dirty[100] = 1;
        assert!(unpad(&dirty).is_err());
        let mut long = padded.to_vec();
        long[..4].copy_from_slice(&5000u32.to_be_bytes());
        assert!(unpad(&long).is_err());
        assert!(unpad(&padded[..4000]).is_err());
    }

    #[test]
    fn buckets_are_the_smallest_that_fit() {
        assert_eq!(bucket_for(0), Some(4096));
        assert_eq!(bucket_for(4092), Some(4096));
        assert_eq!(bucket_for(4093), Some(16384));
        assert_eq!(bucket_for(MAX_REPORT_JSON_BYTES), Some(65536));
        assert_eq!(bucket_for(MAX_REPORT_JSON_BYTES + 1), None);
        assert!(matches!(pad(&vec![b'x'; MAX_REPORT_JSON_BYTES + 1]), Err(ReportError::TooLarge { .. })));
    }

    #[test]
    fn sealed_envelopes_open_only_with_their_key_and_fall_in_their_band() {
        let identity = age::x25519::Identity::generate();
        let other = age::x25519::Identity::generate();
        for size in [10, 5000, 60_000] {
            let json = vec![b'a'; size];
            let envelope = seal(&pad(&json).unwrap(), &identity.to_public().to_string()).unwrap();
            assert!(envelope.starts_with(AGE_HEADER));
            let bucket = bucket_for(size).unwrap();
            assert!(envelope_size_range(bucket).contains(&envelope.len()), "{size}: {}", envelope.len());
            assert_eq!(open(&envelope, &identity).unwrap().as_slice(), json.as_slice());
            assert!(open(&envelope, &other).is_err());
        }
        assert!(open(b"not age at all", &identity).is_err());
    }
}
