//! The code prompt shown while Haven is locked without a disguise.

use serde::Serialize;

use super::common::UsedLocale;
use crate::Haven;
use crate::safety::{MAX_CODE_LEN, MIN_CODE_LEN, UnlockOutcome};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UnlockView {
    pub locale: UsedLocale,
    pub title: String,
    pub code_label: String,
    pub submit: String,
    /// What the last try answered ("wrong code", "wait 30 seconds").
    pub message: Option<String>,
    pub min_digits: usize,
    pub max_digits: usize,
    pub quick_exit: String,
}

impl Haven {
    /// The code prompt, with a message about `last`, the previous try.
    pub fn unlock_view(&self, last: Option<UnlockOutcome>) -> UnlockView {
        let s = self.strings_while_locked();
        let wait = |secs: u64| s.get_args("unlock-wait", &[("seconds", secs.into())]);
        let message = match last {
            None | Some(UnlockOutcome::Unlocked) => None,
            Some(UnlockOutcome::WrongCode { wait_secs: 0 }) => Some(s.get("unlock-wrong")),
            Some(UnlockOutcome::WrongCode { wait_secs } | UnlockOutcome::Wait { wait_secs }) => Some(wait(wait_secs)),
        };
        UnlockView {
            locale: UsedLocale::of(s.locale.tag),
            title: s.get("unlock-title"),
            code_label: s.get("unlock-code"),
            submit: s.get("unlock-submit"),
            message,
            min_digits: MIN_CODE_LEN,
            max_digits: MAX_CODE_LEN,
            quick_exit: s.get("quick-exit"),
        }
    }
}
