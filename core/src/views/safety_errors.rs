//! Why a safety action was refused, in the user's language: what shells
//! show instead of the core's English error text.

use crate::Haven;
use crate::i18n::Strings;
use crate::safety::{MAX_CODE_LEN, MAX_WIPE_AFTER, MIN_CODE_LEN, MIN_WIPE_AFTER, SafetyError, SettingProblem};

/// What a shell could not read from a safety setting the user typed, before
/// the core saw it (a command line's arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SafetyInput<'a> {
    /// Not one of the disguises; `choices` lists the words the shell takes.
    UnknownDisguise { choices: &'a str },
    /// Not a number; `never` is the word the shell takes for "never".
    NotANumber { never: &'a str },
}

impl Haven {
    /// The line to show when a safety action was refused. Works locked too
    /// (the device's languages decide then). Never names a code.
    pub fn safety_failure_text(&self, error: &SafetyError) -> String {
        let s = self.strings_now();
        match error {
            SafetyError::InvalidCode(_) => s.get_args(
                "safety-error-code",
                &[("min", (MIN_CODE_LEN as u32).into()), ("max", (MAX_CODE_LEN as u32).into())],
            ),
            SafetyError::SameCodes => s.get("safety-error-same-codes"),
            SafetyError::WrongCurrentCode => s.get("unlock-wrong"),
            SafetyError::NoUnlockCode
            | SafetyError::CodeRequired
            | SafetyError::InvalidSetting(SettingProblem::NeedsUnlockCode) => s.get("safety-error-no-code"),
            SafetyError::InvalidSetting(SettingProblem::AutoLockTooLong) => s.get("safety-error-auto-lock"),
            SafetyError::InvalidSetting(SettingProblem::WipeAfterOutOfRange) => {
                s.get_args("safety-error-wipe-after", &[("min", MIN_WIPE_AFTER.into()), ("max", MAX_WIPE_AFTER.into())])
            }
            SafetyError::InvalidSetting(SettingProblem::ExitPage) => s.get("safety-error-exit-page"),
            SafetyError::Random
            | SafetyError::Kdf(_)
            | SafetyError::Envelope(_)
            | SafetyError::SecretStore(_)
            | SafetyError::Store(_) => s.get("error-generic"),
        }
    }

    /// The line to show when a shell could not read a safety setting.
    pub fn safety_input_text(&self, problem: SafetyInput<'_>) -> String {
        let s = self.strings_now();
        match problem {
            SafetyInput::UnknownDisguise { choices } => {
                s.get_args("safety-error-unknown-disguise", &[("choices", choices.to_owned().into())])
            }
            SafetyInput::NotANumber { never } => {
                s.get_args("safety-error-not-a-number", &[("never", never.to_owned().into())])
            }
        }
    }

    /// The user's strings when the store is open, else the device's.
    fn strings_now(&self) -> Strings {
        self.context().map(|c| c.strings()).unwrap_or_else(|_| self.strings_while_locked())
    }
}
