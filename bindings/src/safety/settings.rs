//! The unlock and duress codes and the safety settings. Every change needs
//! Haven open; changing or removing the unlock code needs the current one.
//! Codes cross as strings; this side's copies are wiped after use.

use haven_core::safety as core;
use zeroize::Zeroizing;

use crate::{Haven, HavenError};

/// What Haven looks like from outside: launcher name and icon, and the
/// screen shown while locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Disguise {
    /// Haven as itself. (The core's `None`: renamed, since Swift's
    /// `Optional.none` would shadow a case of that name.)
    Haven,
    /// A working calculator; the unlock code followed by `=` opens Haven.
    Calculator,
    /// A notes app; the unlock code typed into the blank note opens Haven.
    Notes,
    /// A weather app; a long press on the forecast asks for the code.
    Weather,
}

impl From<core::Disguise> for Disguise {
    fn from(d: core::Disguise) -> Self {
        match d {
            core::Disguise::None => Self::Haven,
            core::Disguise::Calculator => Self::Calculator,
            core::Disguise::Notes => Self::Notes,
            core::Disguise::Weather => Self::Weather,
        }
    }
}

impl From<Disguise> for core::Disguise {
    fn from(d: Disguise) -> Self {
        match d {
            Disguise::Haven => Self::None,
            Disguise::Calculator => Self::Calculator,
            Disguise::Notes => Self::Notes,
            Disguise::Weather => Self::Weather,
        }
    }
}

/// The user's safety choices (the core checks them when saved).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SafetySettings {
    pub disguise: Disguise,
    /// Lock after this long in the background: 0 as the app leaves, `None` never, at most a day.
    pub auto_lock_after_secs: Option<u32>,
    /// Wipe after this many wrong codes in a row (3-50); `None` never.
    pub wipe_after_failures: Option<u32>,
    /// A harmless https page to open on quick exit.
    pub exit_page: Option<String>,
}

impl From<core::SafetySettings> for SafetySettings {
    fn from(s: core::SafetySettings) -> Self {
        Self {
            disguise: s.disguise.into(),
            auto_lock_after_secs: s.auto_lock_after_secs,
            wipe_after_failures: s.wipe_after_failures,
            exit_page: s.exit_page,
        }
    }
}

impl From<SafetySettings> for core::SafetySettings {
    fn from(s: SafetySettings) -> Self {
        Self {
            disguise: s.disguise.into(),
            auto_lock_after_secs: s.auto_lock_after_secs,
            wipe_after_failures: s.wipe_after_failures,
            exit_page: s.exit_page,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// Sets or changes the unlock code (4-12 digits). `current` is the code
    /// set now, if any. `protect_key` also wraps the database key under the
    /// code, so the platform's secret store alone cannot open Haven.
    pub fn set_unlock_code(&self, current: Option<String>, new: String, protect_key: bool) -> Result<(), HavenError> {
        let (current, new) = (current.map(Zeroizing::new), Zeroizing::new(new));
        Ok(self.inner.set_unlock_code(current.as_deref().map(String::as_str), &new, protect_key)?)
    }

    /// Removes the unlock code, and with it the duress code, the disguise
    /// and wipe-after-failures, which cannot work without it.
    pub fn clear_unlock_code(&self, current: String) -> Result<(), HavenError> {
        let current = Zeroizing::new(current);
        Ok(self.inner.clear_unlock_code(&current)?)
    }

    /// Sets (or with `None` removes) the duress code: typed instead of the
    /// unlock code, it silently wipes Haven and opens a fresh one.
    pub fn set_duress_code(&self, code: Option<String>) -> Result<(), HavenError> {
        let code = code.map(Zeroizing::new);
        Ok(self.inner.set_duress_code(code.as_deref().map(String::as_str))?)
    }

    pub fn safety_settings(&self) -> SafetySettings {
        self.inner.safety_settings().into()
    }

    /// Saves the settings; ones that cannot work (a disguise without a
    /// code, auto-lock beyond a day) are refused with `Safety` and change
    /// nothing. The shell then switches the launcher entry or icon.
    pub fn set_safety_settings(&self, settings: SafetySettings) -> Result<(), HavenError> {
        Ok(self.inner.set_safety_settings(settings.into())?)
    }
}
