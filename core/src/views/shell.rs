use serde::Serialize;

use super::common::UsedLocale;
use crate::{Error, Haven};

/// Labels for the parts every screen of a shell shares (navigation, the exit
/// control, key hints), in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ShellStrings {
    pub locale: UsedLocale,
    pub app_name: String,
    pub home: String,
    pub back: String,
    pub browse: String,
    pub helplines: String,
    pub search: String,
    /// The safety settings screen's name, for navigation.
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

impl Haven {
    pub fn shell_strings(&self) -> Result<ShellStrings, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        Ok(ShellStrings {
            locale: UsedLocale::of(ctx.ui.tag),
            app_name: s.get("app-name"),
            home: s.get("nav-home"),
            back: s.get("nav-back"),
            browse: s.get("nav-browse"),
            helplines: s.get("nav-helplines"),
            search: s.get("nav-search"),
            language: s.get("nav-language"),
            region: s.get("nav-region"),
            quit: s.get("nav-quit"),
            safety: s.get("safety-title"),
            quick_exit: s.get("quick-exit"),
            quick_exit_hint: s.get_attr("quick-exit", "hint"),
            keys_hint: s.get("keys-hint"),
            next: s.get("nav-next"),
            previous: s.get("nav-previous"),
            error_generic: s.get("error-generic"),
            error_not_found: s.get("error-not-found"),
            report: s.get("report-menu"),
        })
    }
}
