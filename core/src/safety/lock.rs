//! Quick exit, unlock (with the duress code's silent wipe) and panic wipe.

use std::time::SystemTime;

use serde::Serialize;

use super::envelope::{Envelope, UnlockCheck};
use super::settings::Disguise;
use super::spare;

use super::wipe::{self, Keep};
use super::{SafetyError, check_code, unix_seconds};
use crate::{Error, Haven};

/// What the shell shows while Haven is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cover {
    /// No code is set: the shell closes (or shows the exit page); coming
    /// back calls `resume`.
    Nothing,
    /// Ask for the unlock code (`unlock_view`).
    CodePrompt,
    /// The disguise calculator (`calculator`).
    Calculator,
    /// The shell's blank note; the code typed into it unlocks.
    Notes,
    /// The shell's forecast card; a long press asks for the code.
    Weather,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LockView {
    pub locked: bool,
    /// What to show while locked.
    pub cover: Cover,
    /// The neutral https page the user chose for quick exit, if any.
    pub exit_page: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum UnlockOutcome {
    /// Haven is open. (Also what a duress code answers, after its wipe.)
    Unlocked,
    /// The code is wrong; no code is tried again for `wait_secs`.
    WrongCode { wait_secs: u64 },
    /// Too many wrong codes: nothing was tried; wait `wait_secs`.
    Wait { wait_secs: u64 },
}

impl Haven {
    /// Quick exit: stops running network work (sync, outbox delivery),
    /// closes the store at once (a statement still running is interrupted
    /// and its transaction rolled back; no checkpoint; SQLCipher wipes its
    /// key and pages), forgets pushed strings and the calculator's typing,
    /// and says what to show next.
    pub fn lock(&self) -> LockView {
        self.announcing(|| self.lock_quietly())
    }

    /// `lock` without telling listeners: the wipes lock on the way to a
    /// fresh open store, which to anyone watching is no change.
    fn lock_quietly(&self) -> LockView {
        self.running.stop_all();
        self.close();
        if let Ok(mut overrides) = self.overrides.write() {
            overrides.clear();
        }
        let mut state = self.safety_state();
        state.calculator = Default::default();
        state.backgrounded_at = None;
        drop(state);
        self.lock_view()
    }

    /// Whether Haven is locked, and what covers it.
    pub fn lock_view(&self) -> LockView {
        let state = self.safety_state();
        let cover = if !state.has_unlock_code() {
            Cover::Nothing
        } else {
            match state.settings.disguise {
                Disguise::None => Cover::CodePrompt,
                Disguise::Calculator => Cover::Calculator,
                Disguise::Notes => Cover::Notes,
                Disguise::Weather => Cover::Weather,
            }
        };
        let exit_page = state.settings.exit_page.clone();
        drop(state);
        LockView { locked: !self.is_unlocked(), cover, exit_page }
    }

    /// Opens the store again after a lock when no unlock code is set.
    pub fn resume(&self) -> Result<(), Error> {
        self.announcing(|| self.resume_quietly())
    }

    fn resume_quietly(&self) -> Result<(), Error> {
        if self.is_unlocked() {
            return Ok(());
        }
        if self.safety_state().has_unlock_code() {
            return Err(SafetyError::CodeRequired.into());
        }
        let envelope = self.open_store(Envelope::load(self.secrets.as_ref())?, None, None)?;
        self.ensure_spare(envelope);
        Ok(())
    }

    /// Makes the spare store when it is missing. A failure (a full disk)
    /// costs only speed at the next wipe, so it is logged, not raised.
    pub(crate) fn ensure_spare(&self, envelope: Envelope) {
        if let Err(e) = spare::ensure(self.data_dir(), self.secrets.as_ref(), envelope) {
            tracing::warn!(error = %e, "could not prepare the spare store");
        }
    }

    pub fn unlock(&self, code: &str) -> Result<UnlockOutcome, Error> {
        self.unlock_at(code, SystemTime::now())
    }

    /// Tries `code` at time `now`. The unlock and the duress check both run
    /// (each one full Argon2id) whatever the code, so a duress unlock takes
    /// the same time and answers the same as a real one.
    pub fn unlock_at(&self, code: &str, now: SystemTime) -> Result<UnlockOutcome, Error> {
        self.announcing(|| self.unlock_quietly(code, now))
    }

    fn unlock_quietly(&self, code: &str, now: SystemTime) -> Result<UnlockOutcome, Error> {
        if self.is_unlocked() {
            return Ok(UnlockOutcome::Unlocked);
        }
        let now = unix_seconds(now);
        let Some(mut envelope) = Envelope::load(self.secrets.as_ref())? else {
            self.open_store(None, None, None)?;
            return Ok(UnlockOutcome::Unlocked);
        };
        if envelope.unlock.is_none() {
            self.open_store(Some(envelope), None, None)?;
            return Ok(UnlockOutcome::Unlocked);
        }
        check_code(code)?;
        if let Some(wait_secs) = envelope.attempts.wait_left(now) {
            return Ok(UnlockOutcome::Wait { wait_secs });
        }
        let unlock = envelope.check_unlock(code);
        let duress = envelope.check_duress(code);
        if duress {
            self.shred_and_open(Keep::Protection)?;
            return Ok(UnlockOutcome::Unlocked);
        }
        match unlock {
            UnlockCheck::Match(key) => {
                let key = key.or_else(|| envelope.raw_key());
                let mut changed = envelope.attempts.failures > 0;
                envelope.attempts.reset();
                // After a wipe the fresh key is bare; wrap it now that the PIN is here.
                if envelope.pin_protect
                    && !envelope.is_wrapped()
                    && let Some(raw) = &key
                {
                    envelope.set_wrapped_key(raw, code, self.safety_state().cost)?;
                    changed = true;
                }

                if changed {
                    envelope.save(self.secrets.as_ref())?;
                }
                let envelope = self.open_store(Some(envelope), key, Some(code))?;
                self.ensure_spare(envelope);
                Ok(UnlockOutcome::Unlocked)
            }
            UnlockCheck::NoMatch => {
                envelope.attempts.record_failure(now);
                let limit = envelope.settings.wipe_after_failures;
                if limit.is_some_and(|n| envelope.attempts.failures >= n) {
                    // The data goes; the codes and the disguise stay, so nothing looks different.
                    wipe::shred(self.data_dir(), self.secrets.as_ref(), Keep::Protection)?;
                    return Ok(UnlockOutcome::WrongCode { wait_secs: 0 });
                }
                envelope.save(self.secrets.as_ref())?;
                Ok(UnlockOutcome::WrongCode { wait_secs: envelope.attempts.wait_left(now).unwrap_or(0) })
            }
        }
    }

    /// Panic wipe: crypto-shreds the store and opens a fresh one with the
    /// built-in content only. The unlock code, duress code and disguise
    /// stay, so Haven looks as it did; `forget_everything` removes them too.
    pub fn wipe(&self) -> Result<(), Error> {
        self.announcing(|| self.shred_and_open(Keep::Protection))
    }

    /// Wipes the store and every safety setting, as if Haven had never
    /// been opened.
    pub fn forget_everything(&self) -> Result<(), Error> {
        self.announcing(|| self.shred_and_open(Keep::Nothing))
    }

    fn shred_and_open(&self, keep: Keep) -> Result<(), Error> {
        self.lock_quietly();
        wipe::shred(self.data_dir(), self.secrets.as_ref(), keep)?;
        match keep {
            Keep::Protection => {
                spare::promote(self.data_dir(), self.secrets.as_ref())?;
            }
            Keep::Nothing => spare::remove_files(self.data_dir())?,
        }
        let envelope = Envelope::load(self.secrets.as_ref())?;
        self.safety_state().learn(envelope.as_ref());
        self.open_store(envelope, None, None)?;
        Ok(())
    }
}
