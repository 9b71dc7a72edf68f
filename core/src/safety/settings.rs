//! The user's safety choices: how Haven disguises itself, when it locks on
//! its own, whether failed codes wipe it, and where quick exit goes.

use serde::{Deserialize, Serialize};

use super::SafetyError;

/// Longest auto-lock delay: a day. Longer is no lock at all; say so with `None`.
pub const MAX_AUTO_LOCK_SECS: u32 = 24 * 60 * 60;
/// Fewest failed codes that may wipe: fewer would wipe on a child's fumbling.
pub const MIN_WIPE_AFTER: u32 = 3;
pub const MAX_WIPE_AFTER: u32 = 50;
const MAX_EXIT_PAGE_LEN: usize = 2048;

/// What Haven looks like from outside: its launcher name and icon, and the
/// screen shown while it is locked.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Disguise {
    /// Haven as itself.
    #[default]
    None,
    /// A working calculator; the unlock code followed by `=` opens Haven.
    Calculator,
    /// A notes app; the shell shows a blank note, and the unlock code typed
    /// into it opens Haven.
    Notes,
    /// A weather app; the shell shows a plain forecast card, and a long
    /// press on it asks for the code.
    Weather,
}

impl Disguise {
    pub const ALL: [Disguise; 4] = [Disguise::None, Disguise::Calculator, Disguise::Notes, Disguise::Weather];

    /// Stable id for shells: the Android activity-alias and iOS alternate
    /// icon are named after it.
    pub fn id(self) -> &'static str {
        match self {
            Disguise::None => "haven",
            Disguise::Calculator => "calculator",
            Disguise::Notes => "notes",
            Disguise::Weather => "weather",
        }
    }

    pub fn from_id(id: &str) -> Option<Disguise> {
        Disguise::ALL.into_iter().find(|d| d.id() == id)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SafetySettings {
    pub disguise: Disguise,
    /// Lock after this long in the background; `Some(0)` locks as soon as
    /// the app leaves the screen, `None` never locks on its own.
    pub auto_lock_after_secs: Option<u32>,
    /// Wipe after this many wrong codes in a row; `None` never does.
    pub wipe_after_failures: Option<u32>,
    /// A harmless https page the shell opens on quick exit, if any.
    pub exit_page: Option<String>,
}

/// Why a safety setting was refused. The English `Display` is for logs;
/// shells show `Haven::safety_failure_text`, in the user's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingProblem {
    /// Auto-lock later than `MAX_AUTO_LOCK_SECS`.
    AutoLockTooLong,
    /// Wipe after fewer than `MIN_WIPE_AFTER` or more than `MAX_WIPE_AFTER` failures.
    WipeAfterOutOfRange,
    /// A disguise or a wipe after failed codes, without an unlock code.
    NeedsUnlockCode,
    /// The exit page is not a short https:// address.
    ExitPage,
}

impl std::fmt::Display for SettingProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SettingProblem::AutoLockTooLong => {
                write!(f, "auto-lock: at most {MAX_AUTO_LOCK_SECS} s (a day), or never")
            }
            SettingProblem::WipeAfterOutOfRange => {
                write!(f, "wipe after failed codes: choose {MIN_WIPE_AFTER} to {MAX_WIPE_AFTER}, or never")
            }
            SettingProblem::NeedsUnlockCode => f.write_str(
                "a disguise or a wipe after failed codes needs an unlock code, or Haven could not be opened again",
            ),
            SettingProblem::ExitPage => {
                write!(f, "the exit page must be an https:// address of at most {MAX_EXIT_PAGE_LEN} characters")
            }
        }
    }
}

impl SafetySettings {
    /// Checks settings coming from a shell. `has_unlock_code`: a disguise
    /// or a wipe-after-failures needs a code, or the user could never get
    /// back in (disguise) or nothing could fail (wipe).
    pub fn validate(&self, has_unlock_code: bool) -> Result<(), SafetyError> {
        let invalid = |problem| Err(SafetyError::InvalidSetting(problem));
        if self.auto_lock_after_secs.is_some_and(|secs| secs > MAX_AUTO_LOCK_SECS) {
            return invalid(SettingProblem::AutoLockTooLong);
        }
        if let Some(n) = self.wipe_after_failures {
            if !(MIN_WIPE_AFTER..=MAX_WIPE_AFTER).contains(&n) {
                return invalid(SettingProblem::WipeAfterOutOfRange);
            }
            if !has_unlock_code {
                return invalid(SettingProblem::NeedsUnlockCode);
            }
        }
        if self.disguise != Disguise::None && !has_unlock_code {
            return invalid(SettingProblem::NeedsUnlockCode);
        }
        if let Some(page) = &self.exit_page {
            let ok = page.len() <= MAX_EXIT_PAGE_LEN
                && page.starts_with("https://")
                && page.len() > "https://".len()
                && !page.chars().any(|c| c.is_whitespace() || c.is_control());
            if !ok {
                return invalid(SettingProblem::ExitPage);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absurd_settings_are_refused_with_reasons() {
        let ok = SafetySettings {
            disguise: Disguise::Calculator,
            auto_lock_after_secs: Some(60),
            wipe_after_failures: Some(10),
            exit_page: Some("https://www.bbc.co.uk/weather".into()),
        };
        ok.validate(true).unwrap();
        let cases = [
            (SafetySettings { auto_lock_after_secs: Some(MAX_AUTO_LOCK_SECS + 1), ..ok.clone() }, "a day"),
            (SafetySettings { wipe_after_failures: Some(1), ..ok.clone() }, "choose 3 to 50"),
            (SafetySettings { wipe_after_failures: Some(500), ..ok.clone() }, "choose 3 to 50"),
            (SafetySettings { exit_page: Some("http://example.com".into()), ..ok.clone() }, "https://"),
            (SafetySettings { exit_page: Some("javascript:alert(1)".into()), ..ok.clone() }, "https://"),
            (SafetySettings { exit_page: Some(format!("https://{}", "a".repeat(3000))), ..ok.clone() }, "https://"),
        ];
        for (settings, reason) in cases {
            let err = settings.validate(true).unwrap_err().to_string();
            assert!(err.contains(reason), "{settings:?}: {err}");
        }
        assert!(ok.validate(false).unwrap_err().to_string().contains("needs an unlock code"));
        assert!(matches!(
            SafetySettings { disguise: Disguise::None, ..ok.clone() }.validate(false),
            Err(SafetyError::InvalidSetting(SettingProblem::NeedsUnlockCode))
        ));
        SafetySettings::default().validate(false).unwrap();
    }

    #[test]
    fn disguise_ids_round_trip() {
        for d in Disguise::ALL {
            assert_eq!(Disguise::from_id(d.id()), Some(d));
        }
        assert_eq!(Disguise::from_id("clock"), None);
    }
}
