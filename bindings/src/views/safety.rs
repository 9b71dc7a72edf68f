//! The safety settings screen: codes, disguise, auto-lock, wipe, and the
//! background-network toggle.

use haven_core::views as core;

use super::background::BackgroundNetworkSetting;
use super::common::{UsedLocale, list};
use crate::safety::Disguise;
use crate::{Haven, HavenError};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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
    /// Shown after a change is saved.
    pub saved: String,
    /// Shown when the code and its confirmation differ.
    pub code_mismatch: String,
    pub current_code_label: String,
    pub confirm_code_label: String,
    pub save: String,
    pub remove: String,
}

impl From<core::SafetyView> for SafetyView {
    fn from(v: core::SafetyView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            unlock_code: v.unlock_code.into(),
            protect_key_label: v.protect_key_label,
            protect_key: v.protect_key,
            duress_code: v.duress_code.into(),
            disguise_label: v.disguise_label,
            disguise_hint: v.disguise_hint,
            disguises: list(v.disguises),
            auto_lock_label: v.auto_lock_label,
            auto_lock: list(v.auto_lock),
            wipe_after_label: v.wipe_after_label,
            wipe_after: list(v.wipe_after),
            exit_page_label: v.exit_page_label,
            exit_page: v.exit_page,
            background_network: v.background_network.into(),
            wipe_label: v.wipe_label,
            wipe_hint: v.wipe_hint,
            wipe_confirm: v.wipe_confirm,
            saved: v.saved,
            code_mismatch: v.code_mismatch,
            current_code_label: v.current_code_label,
            confirm_code_label: v.confirm_code_label,
            save: v.save,
            remove: v.remove,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CodeSetting {
    pub label: String,
    pub hint: String,
    pub is_set: bool,
}

impl From<core::CodeSetting> for CodeSetting {
    fn from(c: core::CodeSetting) -> Self {
        Self { label: c.label, hint: c.hint, is_set: c.is_set }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct DisguiseChoice {
    pub disguise: Disguise,
    /// The launcher entry (Android activity-alias) or alternate icon (iOS)
    /// named after it: `haven`, `calculator`, `notes`, `weather`.
    pub id: String,
    pub label: String,
    pub selected: bool,
    /// A disguise needs an unlock code first.
    pub enabled: bool,
}

impl From<core::DisguiseChoice> for DisguiseChoice {
    fn from(d: core::DisguiseChoice) -> Self {
        Self { disguise: d.disguise.into(), id: d.id, label: d.label, selected: d.selected, enabled: d.enabled }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct AutoLockChoice {
    /// `None`: never.
    pub after_secs: Option<u32>,
    pub label: String,
    pub selected: bool,
}

impl From<core::AutoLockChoice> for AutoLockChoice {
    fn from(a: core::AutoLockChoice) -> Self {
        Self { after_secs: a.after_secs, label: a.label, selected: a.selected }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct WipeAfterChoice {
    /// `None`: never.
    pub failures: Option<u32>,
    pub label: String,
    pub selected: bool,
    pub enabled: bool,
}

impl From<core::WipeAfterChoice> for WipeAfterChoice {
    fn from(w: core::WipeAfterChoice) -> Self {
        Self { failures: w.failures, label: w.label, selected: w.selected, enabled: w.enabled }
    }
}

#[uniffi::export]
impl Haven {
    /// The safety settings screen (Haven must be open).
    pub fn safety_view(&self) -> Result<SafetyView, HavenError> {
        Ok(self.inner.safety_view()?.into())
    }
}
