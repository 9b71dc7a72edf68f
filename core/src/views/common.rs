use serde::Serialize;

use crate::i18n::{Direction, Strings, locales};

/// The locale a piece of text is actually in, and how to lay it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct UsedLocale {
    pub tag: String,
    pub direction: Direction,
}

impl UsedLocale {
    pub fn of(tag: &str) -> Self {
        Self { tag: tag.to_owned(), direction: locales::direction(tag) }
    }
}

/// A country or area, named in the UI language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionItem {
    pub code: String,
    pub name: String,
}

impl RegionItem {
    pub(crate) fn new(code: &str, strings: &Strings) -> Self {
        Self { code: code.to_owned(), name: region_name(code, strings) }
    }
}

/// A region's name, or its code when Haven has no name for it.
pub(crate) fn region_name(code: &str, strings: &Strings) -> String {
    strings.try_get(&format!("region-{code}")).unwrap_or_else(|| code.to_owned())
}
