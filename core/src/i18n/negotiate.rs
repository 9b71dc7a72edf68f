//! Choosing languages: the UI from the locales we have strings for, content
//! from every locale Haven knows, always ending in English. Fluent's
//! negotiation does the matching: exact, then likely subtags, so `zh-CN`
//! finds `zh-Hans` and `pt-BR` finds `pt`.

use std::sync::LazyLock;

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::bundles::UI_LOCALES;
use super::locales::{self, FALLBACK, KNOWN, LocaleInfo};

static ENGLISH: LazyLock<LanguageIdentifier> = LazyLock::new(|| FALLBACK.parse().expect("valid tag"));
static UI_IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| parse_all(UI_LOCALES.iter().map(|(t, _)| *t)));
static KNOWN_IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| parse_all(KNOWN.iter().map(|l| l.tag)));

fn parse_all<'a>(tags: impl Iterator<Item = &'a str>) -> Vec<LanguageIdentifier> {
    tags.filter_map(|t| t.parse().ok()).collect()
}

fn best<S: AsRef<str>>(requested: &[S], available: &[LanguageIdentifier]) -> &'static LocaleInfo {
    let requested: Vec<LanguageIdentifier> =
        requested.iter().filter_map(|t| t.as_ref().replace('_', "-").parse().ok()).collect();
    negotiate_languages(&requested, available, Some(&*ENGLISH), NegotiationStrategy::Lookup)
        .first()
        .and_then(|id| locales::find(&id.to_string()))
        .unwrap_or_else(|| locales::find(FALLBACK).expect("English is known"))
}

/// The UI locale for a list of requested tags (user's choice first, then the
/// device's), or English.
pub fn negotiate_ui<S: AsRef<str>>(requested: &[S]) -> &'static LocaleInfo {
    best(requested, &UI_IDS)
}

/// Like `negotiate_ui`, with more UI locales available (pushed ones).
pub fn negotiate_ui_with<S: AsRef<str>>(requested: &[S], pushed: &[&str]) -> &'static LocaleInfo {
    if pushed.is_empty() {
        return negotiate_ui(requested);
    }
    let mut available = UI_IDS.clone();
    available.extend(parse_all(pushed.iter().copied()));
    best(requested, &available)
}

/// The locales to try for content, best first: the best language Haven
/// knows for the request, then English.
pub fn content_chain<S: AsRef<str>>(requested: &[S]) -> Vec<&'static str> {
    let first = best(requested, &KNOWN_IDS).tag;
    if first == FALLBACK { vec![FALLBACK] } else { vec![first, FALLBACK] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_negotiation() {
        assert_eq!(negotiate_ui(&["sq"]).tag, "sq");
        assert_eq!(negotiate_ui(&["ro-RO"]).tag, "ro");
        assert_eq!(negotiate_ui(&["xx", "uk-UA"]).tag, "uk");
        assert_eq!(negotiate_ui(&["uk_UA"]).tag, "uk");
        assert_eq!(negotiate_ui::<&str>(&[]).tag, "en");
        assert_eq!(negotiate_ui(&["tlh"]).tag, "en");
        assert_eq!(negotiate_ui_with(&["bg"], &["bg"]).tag, "bg", "a pushed locale becomes available");
    }

    #[test]
    fn content_falls_back_to_english() {
        assert_eq!(content_chain(&["vi-VN", "fr"]), vec!["vi", "en"]);
        assert_eq!(content_chain(&["pt_BR"]), vec!["pt", "en"]);
        assert_eq!(content_chain(&["en-GB"]), vec!["en"]);
        assert_eq!(content_chain(&["zh-CN"]), vec!["zh-Hans", "en"]);
        assert_eq!(content_chain::<&str>(&[]), vec!["en"]);
    }
}
