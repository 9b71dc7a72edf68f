//! The language picker.

use haven_core::views as core;

use super::common::{Direction, UsedLocale, list};
use crate::{Haven, HavenError};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LanguagesView {
    pub locale: UsedLocale,
    pub title: String,
    /// "Use the phone's language": the entry that clears the choice.
    pub device_label: String,
    /// No language is chosen: Haven follows the device.
    pub follows_device: bool,
    pub items: Vec<LanguageItem>,
}

impl From<core::LanguagesView> for LanguagesView {
    fn from(v: core::LanguagesView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            device_label: v.device_label,
            follows_device: v.follows_device,
            items: list(v.items),
        }
    }
}

/// A language, named in its own language and script.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LanguageItem {
    pub tag: String,
    pub endonym: String,
    pub direction: Direction,
    pub selected: bool,
    /// Whether Haven's buttons and menus are translated too (else only articles).
    pub ui_translated: bool,
}

impl From<core::LanguageItem> for LanguageItem {
    fn from(l: core::LanguageItem) -> Self {
        Self {
            tag: l.tag,
            endonym: l.endonym,
            direction: l.direction.into(),
            selected: l.selected,
            ui_translated: l.ui_translated,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// Every language Haven can show.
    pub fn languages(&self) -> Result<LanguagesView, HavenError> {
        Ok(self.inner.languages()?.into())
    }
}
