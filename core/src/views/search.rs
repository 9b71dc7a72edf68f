use serde::Serialize;

use super::common::UsedLocale;
use crate::search::{Highlighted, Query, near_terms};
use crate::store::{SearchReader, SearchRow, StoreError};
use crate::{Error, Haven};

/// Results per kind.
const ARTICLE_LIMIT: u32 = 20;
const HELPLINE_LIMIT: u32 = 5;
/// Fewer results than this in the user's language brings in English ones.
const ENOUGH_IN_LANGUAGE: usize = 3;
/// Alternative spellings tried per mistyped word, and index words scanned for them.
const TYPO_ALTERNATIVES: usize = 4;
const TYPO_CANDIDATES: u32 = 50_000;
/// Locales whose texts live in the substring index.
const UNSEGMENTED_LOCALES: &[&str] = &["zh-Hans", "th"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchHit {
    pub id: String,
    pub title: Highlighted,
    pub snippet: Highlighted,
    pub locale: UsedLocale,
}

impl From<SearchRow> for SearchHit {
    fn from(row: SearchRow) -> Self {
        Self {
            locale: UsedLocale::of(&row.locale),
            title: Highlighted::from_marked(&row.title),
            snippet: Highlighted::from_marked(&row.snippet),
            id: row.id,
        }
    }
}

impl Haven {
    /// Searches articles and helplines as the user types. Any text is
    /// accepted: it is cut to a bounded length and never parsed as syntax.
    pub fn search(&self, text: &str) -> Result<SearchView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let query = Query::parse(text);
        let (articles, helplines, english_added) = if query.is_empty() {
            (Vec::new(), Vec::new(), false)
        } else {
            self.with_conn(|conn| {
                let reader = SearchReader(conn);
                let (articles, english_added) = find_articles(&reader, &query, ctx.content_locale)?;
                let helplines = find_helplines(&reader, &query, ctx.content_locale)?;
                Ok((articles, helplines, english_added))
            })?
        };
        let count = articles.len() + helplines.len();
        Ok(SearchView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: s.get("search-title"),
            placeholder: s.get("search-placeholder"),
            articles_label: s.get("search-articles"),
            helplines_label: s.get("search-helplines"),
            summary: (!query.is_empty()).then(|| s.get_args("search-results", &[("count", count.into())])),
            empty_text: (!query.is_empty() && count == 0).then(|| s.get("search-empty")),
            english_notice: english_added.then(|| s.get("search-english-added")),
            articles: articles.into_iter().map(SearchHit::from).collect(),
            helplines: helplines.into_iter().map(SearchHit::from).collect(),
        })
    }
}

/// Articles in the user's language, topped up with English ones when there
/// are too few; says whether English ones were added.
fn find_articles(reader: &SearchReader<'_>, query: &Query, locale: &str) -> Result<(Vec<SearchRow>, bool), Error> {
    // Someone typing Chinese or Thai wants those texts, whatever the UI language.
    let in_language = if query.unsegmented && !UNSEGMENTED_LOCALES.contains(&locale) { None } else { Some(locale) };
    let mut rows = articles_in(reader, query, in_language)?;
    let mut english_added = false;
    if rows.len() < ENOUGH_IN_LANGUAGE && in_language.is_some_and(|l| l != "en") {
        for row in articles_in(reader, query, Some("en"))? {
            if rows.len() as u32 >= ARTICLE_LIMIT {
                break;
            }
            if rows.iter().all(|r| r.id != row.id) {
                rows.push(row);
                english_added = true;
            }
        }
    }
    Ok((rows, english_added))
}

/// Every term; failing that, every term with near spellings; failing that, any term.
fn articles_in(reader: &SearchReader<'_>, query: &Query, locale: Option<&str>) -> Result<Vec<SearchRow>, Error> {
    if query.unsegmented {
        let rows = if query.has_short_terms() {
            reader.articles_by_substring(query, locale, ARTICLE_LIMIT)?
        } else {
            reader.articles(&query.all_terms(), true, locale, ARTICLE_LIMIT)?
        };
        return Ok(rows);
    }
    let rows = reader.articles(&query.all_terms(), false, locale, ARTICLE_LIMIT)?;
    if !rows.is_empty() {
        return Ok(rows);
    }
    let widened = widened_terms(reader, query)?;
    let rows = reader.articles(&widened, false, locale, ARTICLE_LIMIT)?;
    if !rows.is_empty() || query.terms.len() < 2 {
        return Ok(rows);
    }
    Ok(reader.articles(&query.any_term(), false, locale, ARTICLE_LIMIT)?)
}

fn widened_terms(reader: &SearchReader<'_>, query: &Query) -> Result<String, StoreError> {
    let mut failure = None;
    let expression = query.all_terms_with(|term| {
        near_terms(term, TYPO_ALTERNATIVES, |first| {
            reader.terms_starting_with(first, TYPO_CANDIDATES).unwrap_or_else(|e| {
                failure = Some(e);
                Vec::new()
            })
        })
    });
    match failure {
        Some(e) => Err(e),
        None => Ok(expression),
    }
}

/// Helplines by name, description or place, in the user's language or English.
fn find_helplines(reader: &SearchReader<'_>, query: &Query, locale: &str) -> Result<Vec<SearchRow>, Error> {
    if query.unsegmented {
        // Helpline names in unsegmented scripts are few; the word index holds them whole.
        return Ok(Vec::new());
    }
    let mut found: Vec<SearchRow> = Vec::new();
    for row in reader.helplines(&query.all_terms(), locale, HELPLINE_LIMIT * 2)? {
        // One hit per helpline, in the user's language when it has one.
        match found.iter_mut().find(|r| r.id == row.id) {
            Some(existing) if existing.locale != locale && row.locale == locale => *existing = row,
            Some(_) => {}
            None => found.push(row),
        }
    }
    found.truncate(HELPLINE_LIMIT as usize);
    Ok(found)
}
