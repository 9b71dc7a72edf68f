//! Search as the user types: hits with match ranges for native styling.

use haven_core::search::{Highlighted, Range};
use haven_core::views as core;

use crate::views::UsedLocale;
use crate::{Haven, HavenError};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SearchView {
    pub locale: UsedLocale,
    pub title: String,
    pub placeholder: String,
    pub articles_label: String,
    pub helplines_label: String,
    pub articles: Vec<SearchHit>,
    pub helplines: Vec<SearchHit>,
    /// "3 results", when something was searched for.
    pub summary: Option<String>,
    /// Shown when a search found nothing.
    pub empty_text: Option<String>,
    /// Shown when English results were added to the user's language.
    pub english_notice: Option<String>,
}

impl From<core::SearchView> for SearchView {
    fn from(v: core::SearchView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            placeholder: v.placeholder,
            articles_label: v.articles_label,
            helplines_label: v.helplines_label,
            articles: v.articles.into_iter().map(Into::into).collect(),
            helplines: v.helplines.into_iter().map(Into::into).collect(),
            summary: v.summary,
            empty_text: v.empty_text,
            english_notice: v.english_notice,
        }
    }
}

/// An article or helpline that matched; its `id` opens it.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SearchHit {
    pub id: String,
    pub title: HighlightedText,
    pub snippet: HighlightedText,
    pub locale: UsedLocale,
}

impl From<core::SearchHit> for SearchHit {
    fn from(h: core::SearchHit) -> Self {
        Self { id: h.id, title: h.title.into(), snippet: h.snippet.into(), locale: h.locale.into() }
    }
}

/// Plain text plus the ranges that matched (never markup).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HighlightedText {
    pub text: String,
    pub highlights: Vec<TextRange>,
}

impl From<Highlighted> for HighlightedText {
    fn from(h: Highlighted) -> Self {
        Self { text: h.text, highlights: h.highlights.into_iter().map(Into::into).collect() }
    }
}

/// A match in characters (Unicode scalar values) from the start of the
/// text, end exclusive. Not `Range`: that name is taken in Swift. Kotlin and
/// Swift strings index UTF-16 units, so shells convert (`offsetByCodePoints`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Record)]
pub struct TextRange {
    pub start: u32,
    pub end: u32,
}

impl From<Range> for TextRange {
    fn from(r: Range) -> Self {
        Self { start: r.start, end: r.end }
    }
}

#[uniffi::export]
impl Haven {
    /// Searches articles and helplines. Any text is accepted: it is cut to a
    /// bounded length and never parsed as query syntax, so it cannot fail on
    /// what the user typed.
    pub fn search(&self, text: String) -> Result<SearchView, HavenError> {
        Ok(self.inner.search(&text)?.into())
    }
}
