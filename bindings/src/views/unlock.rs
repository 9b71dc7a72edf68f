//! The code prompt shown while Haven is locked without a disguise (and
//! behind the weather disguise's long press).

use haven_core::views as core;

use super::common::UsedLocale;
use crate::Haven;
use crate::safety::UnlockOutcome;

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct UnlockView {
    pub locale: UsedLocale,
    pub title: String,
    pub code_label: String,
    pub submit: String,
    /// What the last try answered ("wrong code", "wait 30 seconds").
    pub message: Option<String>,
    pub min_digits: u32,
    pub max_digits: u32,
    pub quick_exit: String,
}

impl From<core::UnlockView> for UnlockView {
    fn from(v: core::UnlockView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            code_label: v.code_label,
            submit: v.submit,
            message: v.message,
            // Both are the core's small constants (4 and 12).
            min_digits: u32::try_from(v.min_digits).unwrap_or(u32::MAX),
            max_digits: u32::try_from(v.max_digits).unwrap_or(u32::MAX),
            quick_exit: v.quick_exit,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// The code prompt, with a message about `last`, the previous try.
    pub fn unlock_view(&self, last: Option<UnlockOutcome>) -> UnlockView {
        self.inner.unlock_view(last.map(Into::into)).into()
    }
}
