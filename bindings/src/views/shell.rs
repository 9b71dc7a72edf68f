//! Labels every screen of a shell shares (navigation, the exit control).

use haven_core::views as core;

use super::common::UsedLocale;
use crate::{Haven, HavenError};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ShellStrings {
    pub locale: UsedLocale,
    pub app_name: String,
    pub home: String,
    pub back: String,
    pub browse: String,
    pub helplines: String,
    pub search: String,
    pub safety: String,
    pub language: String,
    pub region: String,
    pub quit: String,
    pub quick_exit: String,
    pub quick_exit_hint: String,
    pub keys_hint: String,
    pub next: String,
    pub previous: String,
    pub error_generic: String,
    pub error_not_found: String,
    /// "Report a concern": the way to the report forms and the outbox.
    pub report: String,
}

impl From<core::ShellStrings> for ShellStrings {
    fn from(s: core::ShellStrings) -> Self {
        Self {
            locale: s.locale.into(),
            app_name: s.app_name,
            home: s.home,
            back: s.back,
            browse: s.browse,
            helplines: s.helplines,
            search: s.search,
            safety: s.safety,
            language: s.language,
            region: s.region,
            quit: s.quit,
            quick_exit: s.quick_exit,
            quick_exit_hint: s.quick_exit_hint,
            keys_hint: s.keys_hint,
            next: s.next,
            previous: s.previous,
            error_generic: s.error_generic,
            error_not_found: s.error_not_found,
            report: s.report,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// Navigation labels, fetched once per language change.
    pub fn shell_strings(&self) -> Result<ShellStrings, HavenError> {
        Ok(self.inner.shell_strings()?.into())
    }
}
