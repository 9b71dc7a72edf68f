//! What Haven keeps in the platform's secret store: the database key (bare,
//! or wrapped by a key derived from the user's PIN), the unlock and duress
//! codes as slow hashes, failed attempts and the safety settings.
//!
//! It all lives in the secret store, not in a file next to the database,
//! because on phones that store is hardware-backed: nothing here can be read
//! off a copied disk image.

use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::SafetyError;
use super::backoff::Attempts;
use super::codes::{Verifier, random_salt};
use super::kdf::{KdfCost, SALT_LEN, derive};
use super::settings::SafetySettings;
use crate::secrets::{DB_KEY_LEN, DbKey, SecretStore};

const FORMAT_VERSION: u32 = 1;
/// Binds a wrapped key to its purpose, so the blob cannot be reused elsewhere.
const WRAP_AAD: &[u8] = b"haven db key v1";
/// Far more than any real envelope; a larger blob is not ours.
const MAX_ENVELOPE_BYTES: usize = 64 * 1024;

/// The raw key bytes inside the envelope, wiped when dropped.
#[derive(Clone, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub(crate) struct RawKey([u8; DB_KEY_LEN]);

/// The database key wrapped (AES-256-GCM) under Argon2id(PIN).
#[derive(Clone, Serialize, Deserialize)]
pub(crate) struct WrappedKey {
    salt: [u8; SALT_LEN],
    cost: KdfCost,
    nonce: [u8; NONCE_LEN],
    sealed: Vec<u8>,
}

#[derive(Clone, Default, Serialize, Deserialize)]
pub(crate) enum KeySlot {
    /// No key: the store was wiped, or has not been created yet.
    #[default]
    Empty,
    Raw(RawKey),
    Wrapped(WrappedKey),
}

#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub(crate) struct Envelope {
    pub version: u32,
    pub key: KeySlot,
    pub unlock: Option<Verifier>,
    pub duress: Option<Verifier>,
    /// The user asked for the key to need the PIN too. Kept apart from the
    /// slot: after a wipe the fresh key is wrapped again at the next unlock.
    pub pin_protect: bool,
    pub attempts: Attempts,
    pub settings: SafetySettings,
    /// Key of the spare store made ahead of time (see `spare.rs`).
    pub spare: Option<RawKey>,
}

impl std::fmt::Debug for Envelope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Envelope(<redacted>)")
    }
}

impl Envelope {
    /// Reads the envelope from the secret store. A bare 32-byte value is a
    /// key saved before codes existed.
    pub fn load(secrets: &dyn SecretStore) -> Result<Option<Envelope>, SafetyError> {
        let Some(bytes) = secrets.load()? else { return Ok(None) };
        let bytes = Zeroizing::new(bytes);
        if bytes.len() == DB_KEY_LEN {
            let mut raw = [0u8; DB_KEY_LEN];
            raw.copy_from_slice(&bytes);
            let key = RawKey(raw);
            raw.zeroize();
            return Ok(Some(Envelope { version: FORMAT_VERSION, key: KeySlot::Raw(key), ..Envelope::default() }));
        }
        if bytes.len() > MAX_ENVELOPE_BYTES {
            return Err(SafetyError::Envelope("the saved safety data is too large".into()));
        }
        let envelope: Envelope = serde_json::from_slice(&bytes).map_err(|e| {
            SafetyError::Envelope(format!(
                "the saved safety data is unreadable ({})",
                format!("{:?}", e.classify()).to_lowercase()
            ))
        })?;
        if envelope.version != FORMAT_VERSION {
            return Err(SafetyError::Envelope(format!(
                "the saved safety data has version {}, this Haven reads {FORMAT_VERSION}",
                envelope.version
            )));
        }
        Ok(Some(envelope))
    }

    pub fn save(&self, secrets: &dyn SecretStore) -> Result<(), SafetyError> {
        let mut envelope = self.clone();
        envelope.version = FORMAT_VERSION;
        let bytes = Zeroizing::new(
            serde_json::to_vec(&envelope).map_err(|e| SafetyError::Envelope(format!("cannot encode: {e}")))?,
        );
        secrets.save(&bytes)?;
        Ok(())
    }

    pub fn is_wrapped(&self) -> bool {
        matches!(self.key, KeySlot::Wrapped(_))
    }

    /// The key, when it does not need the PIN.
    pub fn raw_key(&self) -> Option<DbKey> {
        match &self.key {
            KeySlot::Raw(raw) => Some(DbKey::from_array(raw.0)),
            _ => None,
        }
    }

    pub fn set_raw_key(&mut self, key: &DbKey) {
        self.key = KeySlot::Raw(RawKey(*key.as_bytes()));
    }

    pub fn set_spare_key(&mut self, key: Option<&DbKey>) {
        self.spare = key.map(|k| RawKey(*k.as_bytes()));
    }

    pub fn spare_key(&self) -> Option<DbKey> {
        self.spare.as_ref().map(|raw| DbKey::from_array(raw.0))
    }

    /// Wraps `key` under `pin`, replacing whatever slot there was.
    pub fn set_wrapped_key(&mut self, key: &DbKey, pin: &str, cost: KdfCost) -> Result<(), SafetyError> {
        let salt = random_salt()?;
        let kek = derive(pin.as_bytes(), &salt, cost).map_err(SafetyError::Kdf)?;
        let mut nonce = [0u8; NONCE_LEN];
        SystemRandom::new().fill(&mut nonce).map_err(|_| SafetyError::Random)?;
        let sealing = aead_key(&kek)?;
        let mut sealed = key.as_bytes().to_vec();
        sealing
            .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(WRAP_AAD), &mut sealed)
            .map_err(|_| SafetyError::Envelope("cannot wrap the key".into()))?;
        self.key = KeySlot::Wrapped(WrappedKey { salt, cost, nonce, sealed });
        Ok(())
    }

    /// Unwraps the key with `pin`. `None` when the PIN is wrong (or the
    /// slot is not wrapped). Pays one full Argon2id whatever the input.
    pub fn unwrap_key(&self, pin: &str) -> Option<DbKey> {
        let KeySlot::Wrapped(wrapped) = &self.key else { return None };
        let kek = derive(pin.as_bytes(), &wrapped.salt, wrapped.cost).ok()?;
        let opening = aead_key(&kek).ok()?;
        let mut buffer = Zeroizing::new(wrapped.sealed.clone());
        let plain = opening
            .open_in_place(Nonce::assume_unique_for_key(wrapped.nonce), Aad::from(WRAP_AAD), &mut buffer)
            .ok()?;
        let bytes: [u8; DB_KEY_LEN] = plain.try_into().ok()?;
        Some(DbKey::from_array(bytes))
    }

    /// Whether `code` is the unlock code, and the key it opens when the key
    /// is wrapped. Costs one Argon2id either way.
    pub fn check_unlock(&self, code: &str) -> UnlockCheck {
        if self.is_wrapped() {
            return match self.unwrap_key(code) {
                Some(key) => UnlockCheck::Match(Some(key)),
                None => UnlockCheck::NoMatch,
            };
        }
        match &self.unlock {
            Some(verifier) if verifier.matches(code) => UnlockCheck::Match(None),
            Some(_) => UnlockCheck::NoMatch,
            None => UnlockCheck::NoMatch,
        }
    }

    /// Whether `code` is the duress code. Costs one Argon2id even when no
    /// duress code is set, so timing does not tell whether one is.
    pub fn check_duress(&self, code: &str) -> bool {
        match &self.duress {
            Some(verifier) => verifier.matches(code),
            None => {
                let cost = self.unlock.as_ref().map_or(KdfCost::TESTING, Verifier::cost);
                let _ = derive(code.as_bytes(), &[0; SALT_LEN], cost);
                false
            }
        }
    }
}

pub(crate) enum UnlockCheck {
    /// The code is right; the key it unwrapped, when the key is wrapped.
    Match(Option<DbKey>),
    NoMatch,
}

fn aead_key(kek: &[u8; 32]) -> Result<LessSafeKey, SafetyError> {
    let unbound = UnboundKey::new(&AES_256_GCM, kek).map_err(|_| SafetyError::Envelope("bad wrapping key".into()))?;
    Ok(LessSafeKey::new(unbound))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::secrets::MemorySecretStore;

    #[test]
    fn a_bare_key_is_read_as_a_raw_slot() {
        let secrets = MemorySecretStore::new();
        let key = DbKey::generate().unwrap();
        secrets.save(key.as_bytes()).unwrap();
        let envelope = Envelope::load(&secrets).unwrap().unwrap();
        assert_eq!(envelope.raw_key().unwrap(), key);
        assert!(envelope.unlock.is_none());
    }

    #[test]
    fn round_trips_through_the_secret_store() {
        let secrets = MemorySecretStore::new();
        let key = DbKey::generate().unwrap();
        let mut envelope = Envelope::default();
        envelope.set_raw_key(&key);
        envelope.unlock = Some(Verifier::new("2468", KdfCost::TESTING).unwrap());
        envelope.save(&secrets).unwrap();
        let again = Envelope::load(&secrets).unwrap().unwrap();
        assert_eq!(again.raw_key().unwrap(), key);
        assert!(matches!(again.check_unlock("2468"), UnlockCheck::Match(None)));
        assert!(matches!(again.check_unlock("1357"), UnlockCheck::NoMatch));
        assert_eq!(format!("{again:?}"), "Envelope(<redacted>)");
    }

    #[test]
    fn a_wrapped_key_needs_the_pin() {
        let key = DbKey::generate().unwrap();
        let mut envelope = Envelope::default();
        envelope.set_wrapped_key(&key, "802211", KdfCost::TESTING).unwrap();
        assert!(envelope.raw_key().is_none());
        assert!(envelope.unwrap_key("802212").is_none());
        assert_eq!(envelope.unwrap_key("802211").unwrap(), key);
        let secrets = MemorySecretStore::new();
        envelope.save(&secrets).unwrap();
        let saved = secrets.load().unwrap().unwrap();
        assert!(!saved.windows(DB_KEY_LEN).any(|w| w == key.as_bytes()), "the key is not stored in the clear");
    }

    #[test]
    fn garbage_and_newer_versions_are_typed_errors() {
        let secrets = MemorySecretStore::new();
        secrets.save(b"not json at all, and not 32 bytes long").unwrap();
        assert!(matches!(Envelope::load(&secrets), Err(SafetyError::Envelope(_))));
        secrets.save(br#"{"version":9,"key":"Empty","unlock":null,"duress":null,"pin_protect":false,"attempts":{"failures":0,"blocked_until":0},"settings":{}}"#).unwrap();
        let err = Envelope::load(&secrets).unwrap_err();
        assert!(err.to_string().contains("version 9"), "{err}");
        secrets.save(&vec![b' '; MAX_ENVELOPE_BYTES + 1]).unwrap();
        assert!(Envelope::load(&secrets).is_err());
    }
}
