use serde::Serialize;

use super::common::UsedLocale;
use crate::search::{Highlighted, Query, find_articles, find_helplines};
use crate::store::{SearchReader, SearchRow};
use crate::{Error, Haven};

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
