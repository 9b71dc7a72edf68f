//! The safety settings screen: codes, disguise, auto-lock, wipe, and which
//! networks background work may use (the phones' one settings screen).

use serde::Serialize;

use super::background::BackgroundNetworkSetting;
use super::common::UsedLocale;
use crate::safety::Disguise;
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SafetyView {
    pub locale: UsedLocale,
    pub title: String,
    pub unlock_code: CodeSetting,
    pub protect_key_label: String,
    pub protect_key: bool,
    pub duress_code: CodeSetting,
    pub disguise_label: String,
    pub disguise_hint: String,
    pub disguises: Vec<DisguiseChoice>,
    pub auto_lock_label: String,
    pub auto_lock: Vec<AutoLockChoice>,
    pub wipe_after_label: String,
    pub wipe_after: Vec<WipeAfterChoice>,
    pub exit_page_label: String,
    pub exit_page: Option<String>,
    /// Background sync and report delivery: any network, or Wi-Fi only.
    pub background_network: BackgroundNetworkSetting,
    pub wipe_label: String,
    pub wipe_hint: String,
    pub wipe_confirm: String,
    pub saved: String,
    pub code_mismatch: String,
    /// Form labels for shells that ask for codes in fields (phones).
    pub current_code_label: String,
    pub confirm_code_label: String,
    pub save: String,
    pub remove: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeSetting {
    pub label: String,
    pub hint: String,
    pub is_set: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DisguiseChoice {
    pub disguise: Disguise,
    /// Launcher entry / alternate icon name for the shell.
    pub id: String,
    pub label: String,
    pub selected: bool,
    /// A disguise needs an unlock code first.
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AutoLockChoice {
    /// `None`: never.
    pub after_secs: Option<u32>,
    pub label: String,
    pub selected: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WipeAfterChoice {
    /// `None`: never.
    pub failures: Option<u32>,
    pub label: String,
    pub selected: bool,
    pub enabled: bool,
}

const AUTO_LOCK_CHOICES: [Option<u32>; 6] = [None, Some(0), Some(60), Some(300), Some(900), Some(3600)];
const WIPE_AFTER_CHOICES: [Option<u32>; 4] = [None, Some(3), Some(5), Some(10)];

impl Haven {
    pub fn safety_view(&self) -> Result<SafetyView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let background_network = self.background_network()?;
        let state = self.safety_state();
        let settings = state.settings.clone();
        let has_code = state.has_unlock_code();
        let (has_duress, protect_key) = (state.duress_digits.is_some(), state.pin_protected);
        drop(state);
        let disguise_label = |d: Disguise| match d {
            Disguise::None => s.get("safety-disguise-none"),
            Disguise::Calculator => s.get("safety-disguise-calculator"),
            Disguise::Notes => s.get("safety-disguise-notes"),
            Disguise::Weather => s.get("safety-disguise-weather"),
        };
        let auto_lock_label = |after: Option<u32>| match after {
            None => s.get("safety-auto-lock-never"),
            Some(0) => s.get("safety-auto-lock-now"),
            Some(secs) => s.get_args("safety-auto-lock-after", &[("minutes", (secs / 60).into())]),
        };
        let wipe_label = |failures: Option<u32>| match failures {
            None => s.get("safety-auto-lock-never"),
            Some(n) => s.get_args("safety-wipe-after-count", &[("count", n.into())]),
        };
        Ok(SafetyView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: s.get("safety-title"),
            unlock_code: CodeSetting {
                label: s.get("safety-unlock-code"),
                hint: s.get_attr("safety-unlock-code", "hint"),
                is_set: has_code,
            },
            protect_key_label: s.get("safety-protect-key"),
            protect_key,
            duress_code: CodeSetting {
                label: s.get("safety-duress-code"),
                hint: s.get_attr("safety-duress-code", "hint"),
                is_set: has_duress,
            },
            disguise_label: s.get("safety-disguise"),
            disguise_hint: s.get_attr("safety-disguise", "hint"),
            disguises: Disguise::ALL
                .into_iter()
                .map(|d| DisguiseChoice {
                    disguise: d,
                    id: d.id().to_owned(),
                    label: disguise_label(d),
                    selected: settings.disguise == d,
                    enabled: has_code || d == Disguise::None,
                })
                .collect(),
            auto_lock_label: s.get("safety-auto-lock"),
            auto_lock: AUTO_LOCK_CHOICES
                .into_iter()
                .map(|after| AutoLockChoice {
                    after_secs: after,
                    label: auto_lock_label(after),
                    selected: settings.auto_lock_after_secs == after,
                })
                .collect(),
            wipe_after_label: s.get("safety-wipe-after"),
            wipe_after: WIPE_AFTER_CHOICES
                .into_iter()
                .map(|failures| WipeAfterChoice {
                    failures,
                    label: wipe_label(failures),
                    selected: settings.wipe_after_failures == failures,
                    enabled: has_code || failures.is_none(),
                })
                .collect(),
            exit_page_label: s.get("safety-exit-page"),
            exit_page: settings.exit_page,
            background_network: BackgroundNetworkSetting::new(background_network, &s),
            wipe_label: s.get("safety-wipe"),
            wipe_hint: s.get_attr("safety-wipe", "hint"),
            wipe_confirm: s.get("safety-wipe-confirm"),
            saved: s.get("safety-saved"),
            code_mismatch: s.get("safety-code-mismatch"),
            current_code_label: s.get("safety-code-current"),
            confirm_code_label: s.get("safety-code-confirm"),
            save: s.get("safety-save"),
            remove: s.get("safety-remove"),
        })
    }
}
