use std::sync::Mutex;

use zeroize::Zeroizing;

use super::{SecretStore, SecretStoreError};

/// A secret store in memory, for tests and throwaway sessions.
#[derive(Default)]
pub struct MemorySecretStore {
    key: Mutex<Option<Zeroizing<Vec<u8>>>>,
}

impl MemorySecretStore {
    pub fn new() -> Self {
        Self::default()
    }
}

impl SecretStore for MemorySecretStore {
    fn load(&self) -> Result<Option<Vec<u8>>, SecretStoreError> {
        let key = self.key.lock().map_err(|_| SecretStoreError::new("lock poisoned"))?;
        Ok(key.as_ref().map(|k| k.to_vec()))
    }

    fn save(&self, key: &[u8]) -> Result<(), SecretStoreError> {
        let mut slot = self.key.lock().map_err(|_| SecretStoreError::new("lock poisoned"))?;
        *slot = Some(Zeroizing::new(key.to_vec()));
        Ok(())
    }

    fn delete(&self) -> Result<(), SecretStoreError> {
        let mut slot = self.key.lock().map_err(|_| SecretStoreError::new("lock poisoned"))?;
        *slot = None;
        Ok(())
    }
}
