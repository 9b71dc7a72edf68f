//! A small file beside the store that tells a wrong key from a damaged store.
//!
//! SQLCipher answers both with "file is not a database". The check file holds
//! HMAC-SHA256(key, label): it reveals nothing about the key, but tells us
//! whether the key we hold is the one the store was created with.

use std::fs;
use std::io::ErrorKind;
use std::path::Path;

use ring::hmac;

use crate::secrets::DbKey;

const LABEL: &[u8] = b"haven store key check v1";

fn tag(key: &DbKey) -> hmac::Tag {
    hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key.as_bytes()), LABEL)
}

pub(crate) fn write(path: &Path, key: &DbKey) -> std::io::Result<()> {
    fs::write(path, tag(key).as_ref())
}

/// `Some(true)` when the key matches, `Some(false)` when it does not, `None`
/// when there is no check file to ask.
pub(crate) fn matches(path: &Path, key: &DbKey) -> std::io::Result<Option<bool>> {
    match fs::read(path) {
        Ok(saved) => Ok(Some(hmac::verify(&hmac::Key::new(hmac::HMAC_SHA256, key.as_bytes()), LABEL, &saved).is_ok())),
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}
