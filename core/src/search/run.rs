//! How a search runs: which index, which locale, and what to try when the
//! first attempt finds too little. Shared by the search view and the
//! benchmarks' baselines.

use super::{Query, near_terms};
use crate::Error;
use crate::store::{SearchReader, SearchRow, StoreError};

/// Results per kind.
pub const ARTICLE_LIMIT: u32 = 20;
pub const HELPLINE_LIMIT: u32 = 5;
/// Fewer results than this in the user's language brings in English ones.
const ENOUGH_IN_LANGUAGE: usize = 3;
/// Alternative spellings tried per mistyped word, and index words scanned for them.
const TYPO_ALTERNATIVES: usize = 4;
const TYPO_CANDIDATES: u32 = 50_000;
/// Locales whose texts live in the substring index.
const UNSEGMENTED_LOCALES: &[&str] = &["zh-Hans", "th"];

/// Articles in the user's language, topped up with English ones when there
/// are too few; says whether English ones were added.
pub(crate) fn find_articles(
    reader: &SearchReader<'_>,
    query: &Query,
    locale: &str,
) -> Result<(Vec<SearchRow>, bool), Error> {
    // Someone typing Chinese or Thai wants those texts, whatever the UI language.
    let in_language = if query.unsegmented && !UNSEGMENTED_LOCALES.contains(&locale) { None } else { Some(locale) };
    // Near spellings do not depend on the locale: looked up once, when needed.
    let mut widened = None;
    let mut rows = articles_in(reader, query, in_language, &mut widened)?;
    let mut english_added = false;
    if rows.len() < ENOUGH_IN_LANGUAGE && in_language.is_some_and(|l| l != "en") {
        for row in articles_in(reader, query, Some("en"), &mut widened)? {
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
fn articles_in(
    reader: &SearchReader<'_>,
    query: &Query,
    locale: Option<&str>,
    widened: &mut Option<String>,
) -> Result<Vec<SearchRow>, Error> {
    if query.unsegmented {
        let rows = if query.has_short_terms() {
            reader.articles_by_short_terms(query, locale, ARTICLE_LIMIT)?
        } else {
            reader.articles(&query.all_terms(), true, locale, ARTICLE_LIMIT)?
        };
        return Ok(rows);
    }
    let rows = reader.articles(&query.all_terms(), false, locale, ARTICLE_LIMIT)?;
    if !rows.is_empty() {
        return Ok(rows);
    }
    if widened.is_none() {
        *widened = Some(widened_terms(reader, query)?);
    }
    let widened = widened.as_deref().unwrap_or_default();
    let rows = if widened == query.all_terms() {
        Vec::new() // no near spellings: the same search again would find nothing again
    } else {
        reader.articles(widened, false, locale, ARTICLE_LIMIT)?
    };
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
pub(crate) fn find_helplines(reader: &SearchReader<'_>, query: &Query, locale: &str) -> Result<Vec<SearchRow>, Error> {
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
