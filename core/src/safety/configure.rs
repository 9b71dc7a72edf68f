//! Setting the codes and the safety settings. Every change needs Haven
//! unlocked, and changing or removing the unlock code needs the current one.

use super::SafetyError;
use super::codes::{Verifier, check_code};
use super::envelope::{Envelope, UnlockCheck};
use super::settings::{Disguise, SafetySettings};
use crate::{Error, Haven};

impl Haven {
    /// Sets (or changes) the unlock code. `current` is the code set now, if
    /// any. With `protect_key` the database key is also wrapped by a key
    /// derived from the code, so the platform's secret store alone cannot
    /// open Haven.
    pub fn set_unlock_code(&self, current: Option<&str>, new: &str, protect_key: bool) -> Result<(), Error> {
        self.ensure_unlocked()?;
        check_code(new)?;
        let mut envelope = self.current_envelope()?;
        let key = self.confirm_current(&envelope, current)?;
        if envelope.duress.as_ref().is_some_and(|d| d.matches(new)) {
            return Err(SafetyError::SameCodes.into());
        }
        let cost = self.safety_state().cost;
        envelope.unlock = Some(Verifier::new(new, cost)?);
        envelope.pin_protect = protect_key;
        match (protect_key, key) {
            (true, key) => envelope.set_wrapped_key(&key, new, cost)?,
            (false, key) => envelope.set_raw_key(&key),
        }
        envelope.attempts.reset();
        self.save_envelope(&envelope)
    }

    /// Removes the unlock code, and with it the duress code, the disguise
    /// and wipe-after-failures, which cannot work without it.
    pub fn clear_unlock_code(&self, current: &str) -> Result<(), Error> {
        self.ensure_unlocked()?;
        let mut envelope = self.current_envelope()?;
        let key = self.confirm_current(&envelope, Some(current))?;
        envelope.set_raw_key(&key);
        envelope.unlock = None;
        envelope.duress = None;
        envelope.pin_protect = false;
        envelope.settings.disguise = Disguise::None;
        envelope.settings.wipe_after_failures = None;
        self.save_envelope(&envelope)
    }

    /// Sets or removes the duress code: entering it instead of the unlock
    /// code silently wipes Haven and opens a fresh one.
    pub fn set_duress_code(&self, code: Option<&str>) -> Result<(), Error> {
        self.ensure_unlocked()?;
        let mut envelope = self.current_envelope()?;
        match code {
            None => envelope.duress = None,
            Some(code) => {
                check_code(code)?;
                if envelope.unlock.is_none() {
                    return Err(SafetyError::NoUnlockCode.into());
                }
                if matches!(envelope.check_unlock(code), UnlockCheck::Match(_)) {
                    return Err(SafetyError::SameCodes.into());
                }
                envelope.duress = Some(Verifier::new(code, self.safety_state().cost)?);
            }
        }
        self.save_envelope(&envelope)
    }

    pub fn safety_settings(&self) -> SafetySettings {
        self.safety_state().settings.clone()
    }

    pub fn set_safety_settings(&self, settings: SafetySettings) -> Result<(), Error> {
        self.ensure_unlocked()?;
        let mut envelope = self.current_envelope()?;
        settings.validate(envelope.unlock.is_some())?;
        envelope.settings = settings;
        self.save_envelope(&envelope)
    }

    fn ensure_unlocked(&self) -> Result<(), Error> {
        if self.is_unlocked() { Ok(()) } else { Err(Error::Locked) }
    }

    fn current_envelope(&self) -> Result<Envelope, Error> {
        Ok(Envelope::load(self.secrets.as_ref())?.unwrap_or_default())
    }

    /// Checks the current code (when one is set) and returns the database key.
    fn confirm_current(&self, envelope: &Envelope, current: Option<&str>) -> Result<crate::DbKey, Error> {
        if envelope.unlock.is_none() {
            return envelope.raw_key().ok_or_else(|| SafetyError::Envelope("no key is saved".into()).into());
        }
        let current = current.ok_or(SafetyError::WrongCurrentCode)?;
        match envelope.check_unlock(current) {
            UnlockCheck::Match(Some(key)) => Ok(key),
            UnlockCheck::Match(None) => {
                envelope.raw_key().ok_or_else(|| SafetyError::Envelope("no key is saved".into()).into())
            }
            UnlockCheck::NoMatch => Err(SafetyError::WrongCurrentCode.into()),
        }
    }

    fn save_envelope(&self, envelope: &Envelope) -> Result<(), Error> {
        envelope.save(self.secrets.as_ref())?;
        self.safety_state().learn(Some(envelope));
        Ok(())
    }
}
