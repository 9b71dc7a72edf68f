use serde::Serialize;

use super::common::UsedLocale;
use crate::i18n::{Direction, UI_LOCALES, locales};
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguagesView {
    pub locale: UsedLocale,
    pub title: String,
    /// "Use the phone's language": the entry that clears the choice.
    pub device_label: String,
    /// No language is chosen: Haven follows the device.
    pub follows_device: bool,
    pub items: Vec<LanguageItem>,
}

/// A language, named in its own language and script.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageItem {
    pub tag: String,
    pub endonym: String,
    pub direction: Direction,
    pub selected: bool,
    /// Whether Haven's buttons and menus are translated too (else only articles).
    pub ui_translated: bool,
}

impl Haven {
    /// Every language Haven can show: those with UI strings and those some
    /// article is written in.
    pub fn languages(&self) -> Result<LanguagesView, Error> {
        let ctx = self.context()?;
        let content = self.reader(|r| Ok(r.content_locales()?))?;
        let items = locales::KNOWN
            .iter()
            .filter_map(|info| {
                let ui_translated = UI_LOCALES.iter().any(|(tag, _)| *tag == info.tag);
                (ui_translated || content.iter().any(|t| t == info.tag)).then(|| LanguageItem {
                    tag: info.tag.to_owned(),
                    endonym: info.endonym.to_owned(),
                    direction: info.direction,
                    selected: info.tag == ctx.content_locale,
                    ui_translated,
                })
            })
            .collect();
        let s = ctx.strings();
        Ok(LanguagesView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: s.get("language-title"),
            device_label: s.get("language-device"),
            follows_device: self.follows_device_language()?,
            items,
        })
    }
}
