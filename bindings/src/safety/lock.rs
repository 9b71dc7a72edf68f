//! Quick exit, what covers a locked Haven, unlock (wrong codes back off,
//! the duress code wipes silently) and the panic wipe.

use haven_core::safety as core;
use haven_core::safety::Cover as CoreCover;
use zeroize::Zeroizing;

use crate::{Haven, HavenError};

/// What the shell shows while Haven is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Cover {
    /// No code is set: close the app (or show the exit page); coming back calls `resume`.
    Nothing,
    /// The code prompt (`unlock_view`).
    CodePrompt,
    /// The disguise calculator (`calculator`).
    Calculator,
    /// A blank note (`cover_view`); what is typed there goes to `note_typed`.
    Notes,
    /// A plain forecast card; a long press shows the code prompt.
    Weather,
}

impl From<CoreCover> for Cover {
    fn from(c: CoreCover) -> Self {
        match c {
            CoreCover::Nothing => Self::Nothing,
            CoreCover::CodePrompt => Self::CodePrompt,
            CoreCover::Calculator => Self::Calculator,
            CoreCover::Notes => Self::Notes,
            CoreCover::Weather => Self::Weather,
        }
    }
}

/// Whether Haven is locked, and what covers it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LockView {
    pub locked: bool,
    pub cover: Cover,
    /// The neutral https page the user chose for quick exit, if any.
    pub exit_page: Option<String>,
}

impl From<core::LockView> for LockView {
    fn from(v: core::LockView) -> Self {
        Self { locked: v.locked, cover: v.cover.into(), exit_page: v.exit_page }
    }
}

/// What an unlock try answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum UnlockOutcome {
    /// Haven is open. A duress code answers this too, after its wipe.
    Unlocked,
    /// The code is wrong; no code is tried again for `wait_secs`.
    WrongCode { wait_secs: u64 },
    /// Too many wrong codes: nothing was tried; wait `wait_secs`.
    Wait { wait_secs: u64 },
}

impl From<core::UnlockOutcome> for UnlockOutcome {
    fn from(o: core::UnlockOutcome) -> Self {
        match o {
            core::UnlockOutcome::Unlocked => Self::Unlocked,
            core::UnlockOutcome::WrongCode { wait_secs } => Self::WrongCode { wait_secs },
            core::UnlockOutcome::Wait { wait_secs } => Self::Wait { wait_secs },
        }
    }
}

impl From<UnlockOutcome> for core::UnlockOutcome {
    fn from(o: UnlockOutcome) -> Self {
        match o {
            UnlockOutcome::Unlocked => Self::Unlocked,
            UnlockOutcome::WrongCode { wait_secs } => Self::WrongCode { wait_secs },
            UnlockOutcome::Wait { wait_secs } => Self::Wait { wait_secs },
        }
    }
}

#[uniffi::export]
impl Haven {
    /// Quick exit: closes the store at once and says what to show. Call it
    /// first, before any animation or navigation.
    pub fn lock(&self) -> LockView {
        self.inner.lock().into()
    }

    /// Whether Haven is locked, and what covers it. The first frame after
    /// the app returns is drawn from this, never from a cached screen.
    pub fn lock_view(&self) -> LockView {
        self.inner.lock_view().into()
    }

    /// Opens Haven again after a lock when no unlock code is set (the
    /// `Nothing` cover). With a code set: `Safety` error; call `unlock`.
    pub fn resume(&self) -> Result<(), HavenError> {
        Ok(self.inner.resume()?)
    }

    /// Tries a code (4-12 digits). A wrong one is counted and answered with
    /// a wait that grows; the duress code wipes and answers `Unlocked`.
    /// A code that is not 4-12 digits is a `Safety` error and not counted.
    pub fn unlock(&self, code: String) -> Result<UnlockOutcome, HavenError> {
        let code = Zeroizing::new(code);
        Ok(self.inner.unlock(&code)?.into())
    }

    /// Panic wipe: destroys the data (the key first) and opens a fresh
    /// Haven with the built-in content. Codes and disguise stay.
    pub fn wipe(&self) -> Result<(), HavenError> {
        Ok(self.inner.wipe()?)
    }

    /// Wipes the data and every safety setting, as if Haven was never opened.
    pub fn forget_everything(&self) -> Result<(), HavenError> {
        Ok(self.inner.forget_everything()?)
    }
}
