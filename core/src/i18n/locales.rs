//! The languages Haven knows: their tags, their own names and their direction.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocaleInfo {
    /// BCP 47 tag, as used in file names and packs.
    pub tag: &'static str,
    /// The language's name in its own language and script.
    pub endonym: &'static str,
    pub direction: Direction,
}

const fn ltr(tag: &'static str, endonym: &'static str) -> LocaleInfo {
    LocaleInfo { tag, endonym, direction: Direction::Ltr }
}

const fn rtl(tag: &'static str, endonym: &'static str) -> LocaleInfo {
    LocaleInfo { tag, endonym, direction: Direction::Rtl }
}

/// Every locale content may be written in. UI translations exist for a subset
/// (see `i18n::ui_locales`).
pub const KNOWN: &[LocaleInfo] = &[
    ltr("en", "English"),
    ltr("sq", "Shqip"),
    ltr("ro", "Română"),
    ltr("vi", "Tiếng Việt"),
    ltr("pl", "Polski"),
    ltr("uk", "Українська"),
    rtl("ar", "العربية"),
    ltr("zh-Hans", "简体中文"),
    ltr("ti", "ትግርኛ"),
    rtl("fa", "فارسی"),
    ltr("es", "Español"),
    ltr("fr", "Français"),
    ltr("pt", "Português"),
    ltr("ru", "Русский"),
    ltr("bg", "Български"),
    ltr("lt", "Lietuvių"),
    ltr("hu", "Magyar"),
    ltr("cs", "Čeština"),
    ltr("sk", "Slovenčina"),
    rtl("ur", "اردو"),
    ltr("bn", "বাংলা"),
    ltr("hi", "हिन्दी"),
    ltr("pa", "ਪੰਜਾਬੀ"),
    ltr("tr", "Türkçe"),
    ltr("ku", "Kurdî"),
    ltr("so", "Soomaali"),
    ltr("am", "አማርኛ"),
    ltr("ha", "Hausa"),
    ltr("yo", "Yorùbá"),
    ltr("ig", "Igbo"),
    ltr("tl", "Tagalog"),
    ltr("th", "ไทย"),
];

pub const FALLBACK: &str = "en";

/// Exact (case-insensitive) match of a known tag.
pub fn find(tag: &str) -> Option<&'static LocaleInfo> {
    KNOWN.iter().find(|l| l.tag.eq_ignore_ascii_case(tag))
}

/// The language part of a tag: `pt-BR` -> `pt`, `zh-Hans-CN` -> `zh`.
pub fn base_language(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

pub fn direction(tag: &str) -> Direction {
    find(tag).map_or(Direction::Ltr, |l| l.direction)
}
