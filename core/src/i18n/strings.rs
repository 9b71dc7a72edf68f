//! Looking up UI strings for one locale, falling back to English.

use std::borrow::Cow;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};

use super::bundles::{Bundle, bundle_for, count_missing};
use super::locales::{self, FALLBACK, LocaleInfo};

/// UI strings in one locale: pushed overrides first, then the shipped
/// strings. A message missing there comes from English and is counted; a
/// message missing everywhere shows a neutral placeholder, never its id.
#[derive(Clone)]
pub struct Strings {
    pub locale: &'static LocaleInfo,
    overrides: Option<Arc<Bundle>>,
}

const PLACEHOLDER: &str = "…";

impl Strings {
    pub fn new(locale: &'static LocaleInfo) -> Self {
        Self { locale, overrides: None }
    }

    pub fn with_overrides(locale: &'static LocaleInfo, overrides: Option<Arc<Bundle>>) -> Self {
        Self { locale, overrides }
    }

    fn own(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        self.overrides
            .as_deref()
            .and_then(|b| self.lookup(b, id, attribute, args))
            .or_else(|| self.lookup(bundle_for(self.locale.tag), id, attribute, args))
    }

    pub fn english() -> Self {
        Self::new(locales::find(FALLBACK).expect("English is known"))
    }

    pub fn get(&self, id: &str) -> String {
        self.format(id, None, None)
    }

    pub fn get_attr(&self, id: &str, attribute: &str) -> String {
        self.format(id, Some(attribute), None)
    }

    pub fn get_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, None, Some(&fluent_args))
    }

    /// Like `get`, but `None` when no locale has the message (for optional
    /// names such as a region's).
    pub fn try_get(&self, id: &str) -> Option<String> {
        self.own(id, None, None).or_else(|| self.lookup(bundle_for(FALLBACK), id, None, None))
    }

    fn format(&self, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> String {
        if let Some(text) = self.own(id, attribute, args) {
            return text;
        }
        count_missing();
        tracing::warn!(locale = self.locale.tag, id, "UI message missing, using English");
        self.lookup(bundle_for(FALLBACK), id, attribute, args).unwrap_or_else(|| PLACEHOLDER.to_owned())
    }

    fn lookup(&self, bundle: &Bundle, id: &str, attribute: Option<&str>, args: Option<&FluentArgs>) -> Option<String> {
        let message = bundle.get_message(id)?;
        let pattern = match attribute {
            Some(name) => message.get_attribute(name)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text: Cow<'_, str> = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::warn!(locale = self.locale.tag, id, "UI message has formatting errors");
        }
        Some(text.into_owned())
    }
}
