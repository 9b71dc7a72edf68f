//! Choosing languages: the UI from the locales we have strings for, content
//! from whatever the store holds, always ending in English.

use super::bundles::UI_LOCALES;
use super::locales::{self, FALLBACK, LocaleInfo};

/// Normalizes a requested tag to a known one: exact, then by base language
/// (`pt-BR` -> `pt`, `zh-CN` -> `zh-Hans`).
fn known(tag: &str) -> Option<&'static LocaleInfo> {
    locales::find(tag).or_else(|| {
        let base = locales::base_language(tag);
        if base.eq_ignore_ascii_case("zh") {
            return locales::find("zh-Hans");
        }
        locales::find(base)
    })
}

/// The UI locale for a list of requested tags (user's choice first, then the
/// device's), or English.
pub fn negotiate_ui<S: AsRef<str>>(requested: &[S]) -> &'static LocaleInfo {
    requested
        .iter()
        .filter_map(|t| known(t.as_ref()))
        .find(|info| UI_LOCALES.iter().any(|(tag, _)| *tag == info.tag))
        .unwrap_or_else(|| locales::find(FALLBACK).expect("English is known"))
}

/// The locales to try for content, best first: the first requested language
/// Haven knows, then English.
pub fn content_chain<S: AsRef<str>>(requested: &[S]) -> Vec<&'static str> {
    let mut chain: Vec<&'static str> =
        requested.iter().filter_map(|t| known(t.as_ref())).map(|l| l.tag).take(1).collect();
    if !chain.contains(&FALLBACK) {
        chain.push(FALLBACK);
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ui_negotiation() {
        assert_eq!(negotiate_ui(&["sq"]).tag, "sq");
        assert_eq!(negotiate_ui(&["ro-RO"]).tag, "ro");
        assert_eq!(negotiate_ui(&["xx", "uk-UA"]).tag, "uk");
        assert_eq!(negotiate_ui::<&str>(&[]).tag, "en");
        assert_eq!(negotiate_ui(&["tlh"]).tag, "en");
    }

    #[test]
    fn content_falls_back_to_english() {
        assert_eq!(content_chain(&["vi-VN", "fr"]), vec!["vi", "en"]);
        assert_eq!(content_chain(&["en-GB"]), vec!["en"]);
        assert_eq!(content_chain(&["zh-CN"]), vec!["zh-Hans", "en"]);
        assert_eq!(content_chain::<&str>(&[]), vec!["en"]);
    }
}
