//! The platform's place for the database key, implemented by each shell
//! (Android Keystore, iOS Keychain) and adapted to the core's `SecretStore`.
//!
//! What crosses is the bytes the core asks to keep (the key, or the safety
//! envelope that holds it), as `Vec<u8>`: a Kotlin `ByteArray` needs an owned
//! buffer, not a slice. The copies this side makes are wiped after use; the
//! transfer buffers inside uniffi and the shell's own copies are out of our
//! reach, so shells should clear their arrays once stored.

use std::sync::Arc;

use haven_core::SecretStoreError;
use zeroize::Zeroizing;

use crate::HavenError;

/// Keeps Haven's key. Implementations must not log the bytes they are
/// given, and report failures as `HavenError::SecretStore` with a reason
/// that holds no key material.
#[uniffi::export(foreign)]
pub trait SecretStore: Send + Sync {
    /// The saved bytes, or nothing when none have been saved yet.
    fn load(&self) -> Result<Option<Vec<u8>>, HavenError>;
    /// Saves (or replaces) the bytes.
    fn save(&self, key: Vec<u8>) -> Result<(), HavenError>;
    /// Forgets the bytes. Deleting what is not there is not an error.
    fn delete(&self) -> Result<(), HavenError>;
}

/// The shell's store, seen by the core as its own `SecretStore`.
pub(crate) struct ForeignSecrets(pub Arc<dyn SecretStore>);

impl haven_core::SecretStore for ForeignSecrets {
    fn load(&self) -> Result<Option<Vec<u8>>, SecretStoreError> {
        // Ownership passes to the core, which wipes the bytes when done.
        self.0.load().map_err(failure)
    }

    fn save(&self, key: &[u8]) -> Result<(), SecretStoreError> {
        let copy = Zeroizing::new(key.to_vec());
        // uniffi consumes the argument it lowers, so it gets a second copy; ours is wiped on drop.
        self.0.save(copy.to_vec()).map_err(failure)
    }

    fn delete(&self) -> Result<(), SecretStoreError> {
        self.0.delete().map_err(failure)
    }
}

fn failure(e: HavenError) -> SecretStoreError {
    match e {
        HavenError::SecretStore { reason } => SecretStoreError::new(reason),
        other => SecretStoreError::new(other.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    #[derive(Default)]
    struct Memory(Mutex<Option<Vec<u8>>>);

    impl SecretStore for Memory {
        fn load(&self) -> Result<Option<Vec<u8>>, HavenError> {
            Ok(self.0.lock().unwrap().clone())
        }
        fn save(&self, key: Vec<u8>) -> Result<(), HavenError> {
            *self.0.lock().unwrap() = Some(key);
            Ok(())
        }
        fn delete(&self) -> Result<(), HavenError> {
            Err(HavenError::SecretStore { reason: "keychain unavailable".into() })
        }
    }

    #[test]
    fn bytes_and_failures_pass_through() {
        let adapted = ForeignSecrets(Arc::new(Memory::default()));
        let store: &dyn haven_core::SecretStore = &adapted;
        assert_eq!(store.load().unwrap(), None);
        store.save(&[9; 32]).unwrap();
        assert_eq!(store.load().unwrap(), Some(vec![9; 32]));
        assert_eq!(store.delete().unwrap_err().reason, "keychain unavailable");
    }
}
