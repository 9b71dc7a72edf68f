use serde::Serialize;

use super::common::UsedLocale;
use crate::i18n::{Direction, UI_LOCALES, locales};
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguagesView {
    pub locale: UsedLocale,
    pub title: String,
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
        Ok(LanguagesView { locale: UsedLocale::of(ctx.ui.tag), title: ctx.strings().get("language-title"), items })
    }
}
