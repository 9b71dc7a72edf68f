//! The helpline's private key: a standard age identity file, the same one
//! `age -d -i KEY` reads. Read only by the export, on the NGO's machine.

use std::path::Path;

use zeroize::Zeroizing;

use super::ReportsError;

/// Identity files are a few hundred bytes; anything far larger is not one.
const MAX_IDENTITY_FILE_BYTES: u64 = 64 * 1024;

pub struct HelplineIdentity {
    identities: Vec<Box<dyn age::Identity>>,
}

impl HelplineIdentity {
    /// Reads an age identity file. Errors name the file, never its contents.
    pub fn load(path: &Path) -> Result<HelplineIdentity, ReportsError> {
        let shown = path.display().to_string();
        let size = std::fs::metadata(path).map_err(|e| ReportsError::Identity(shown.clone(), e.to_string()))?.len();
        if size > MAX_IDENTITY_FILE_BYTES {
            return Err(ReportsError::Identity(shown, "too large to be an age identity file".into()));
        }
        let text =
            Zeroizing::new(std::fs::read(path).map_err(|e| ReportsError::Identity(shown.clone(), e.to_string()))?);
        let not_identity = || ReportsError::Identity(shown.clone(), "not an age identity file".into());
        let identities = age::IdentityFile::from_buffer(&text[..])
            .map_err(|_| not_identity())?
            .into_identities()
            .map_err(|_| not_identity())?;
        if identities.is_empty() {
            return Err(not_identity());
        }
        Ok(HelplineIdentity { identities })
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &dyn age::Identity> {
        self.identities.iter().map(|i| i.as_ref() as &dyn age::Identity)
    }
}
