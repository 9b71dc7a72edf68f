//! Opening one envelope: decrypt with the helpline's identity, then check
//! and strip the padding (length prefix, bucket size, zeros after).

use std::io::Read;

use zeroize::Zeroizing;

use crate::contract::{LENGTH_PREFIX_BYTES, PADDED_SIZES};

use super::identity::HelplineIdentity;

/// Why one report could not be read. Shown beside its reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum UnsealError {
    #[error("not sealed to this identity")]
    NotForThisKey,
    #[error("damaged envelope")]
    Damaged,
    #[error("padding does not follow the contract")]
    BadPadding,
    #[error("not a valid report")]
    BadReport,
}

/// The report JSON inside `envelope`, wiped from memory when dropped.
pub(crate) fn unseal(envelope: &[u8], identity: &HelplineIdentity) -> Result<Zeroizing<Vec<u8>>, UnsealError> {
    let largest = PADDED_SIZES[PADDED_SIZES.len() - 1];
    let decryptor = age::Decryptor::new_buffered(envelope).map_err(|_| UnsealError::Damaged)?;
    let reader = decryptor.decrypt(identity.iter()).map_err(|e| match e {
        age::DecryptError::NoMatchingKeys => UnsealError::NotForThisKey,
        _ => UnsealError::Damaged,
    })?;
    let mut padded = Zeroizing::new(Vec::with_capacity(largest));
    // One byte more than any valid plaintext, so oversize is seen, not cut.
    reader.take(largest as u64 + 1).read_to_end(&mut padded).map_err(|_| UnsealError::Damaged)?;
    unpad(&padded)
}

pub(crate) fn unpad(padded: &[u8]) -> Result<Zeroizing<Vec<u8>>, UnsealError> {
    if !PADDED_SIZES.contains(&padded.len()) {
        return Err(UnsealError::BadPadding);
    }
    let (prefix, rest) = padded.split_at(LENGTH_PREFIX_BYTES);
    let len = u32::from_be_bytes(prefix.try_into().map_err(|_| UnsealError::BadPadding)?) as usize;
    if len > rest.len() {
        return Err(UnsealError::BadPadding);
    }
    let (json, padding) = rest.split_at(len);
    if padding.iter().any(|b| *b != 0) {
        return Err(UnsealError::BadPadding);
    }
    Ok(Zeroizing::new(json.to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(json: &[u8], total: usize) -> Vec<u8> {
        let mut out = (json.len() as u32).to_be_bytes().to_vec();
        out.extend_from_slice(json);
        out.resize(total, 0);
        out
    }

    #[test]
    fn padding_is_checked_not_trusted() {
        assert_eq!(&unpad(&padded(b"{}", 4096)).unwrap()[..], b"{}");
        assert_eq!(unpad(&padded(b"{}", 4095)), Err(UnsealError::BadPadding), "not a bucket size");
        let mut dirty = padded(b"{}", 4096);
        dirty[100] = 1;
        assert_eq!(unpad(&dirty), Err(UnsealError::BadPadding), "padding must be zeros");
        let mut long = padded(b"{}", 4096);
        long[..4].copy_from_slice(&5000u32.to_be_bytes());
        assert_eq!(unpad(&long), Err(UnsealError::BadPadding), "length past the end");
        assert_eq!(unpad(&[]), Err(UnsealError::BadPadding));
    }
}
