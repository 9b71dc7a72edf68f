//! Search queries. Terms arrive already quoted by `search::Query`; these
//! functions only choose the index and the locale.

use rusqlite::{Connection, ToSql, named_params};

use super::StoreError;
use crate::search::{MARK_END, MARK_START, Query};

/// One match, with FTS5's markers still in the title and snippet.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRow {
    pub id: String,
    pub locale: String,
    pub title: String,
    pub snippet: String,
}

/// Words around a match in a snippet.
const SNIPPET_TOKENS: i32 = 14;

pub(crate) struct SearchReader<'c>(pub(crate) &'c Connection);

impl SearchReader<'_> {
    /// Articles in `locale` matching the FTS5 `expression` in the word index
    /// (or the substring index for unsegmented scripts), best first.
    /// With `locale` `None`, texts in any locale.
    pub(crate) fn articles(
        &self,
        expression: &str,
        unsegmented: bool,
        locale: Option<&str>,
        limit: u32,
    ) -> Result<Vec<SearchRow>, StoreError> {
        let table = if unsegmented { "article_search_unsegmented" } else { "article_search" };
        // Two steps: rank every match (bm25 reads only the index), then
        // highlight and cut snippets for the few kept. Snippets need each
        // text's body; made for every match of a common word they would
        // decrypt thousands of pages per query. Title weighs over summary
        // over body.
        let sql = format!(
            "WITH best AS (
                 SELECT {table}.rowid AS id, bm25({table}, 10.0, 4.0, 1.0) AS score
                 FROM {table} JOIN article_texts t ON t.id = {table}.rowid
                 WHERE {table} MATCH :expression AND (:locale IS NULL OR t.locale = :locale)
                 ORDER BY score
                 LIMIT :limit
             )
             SELECT t.article_id, t.locale,
                    highlight({table}, 0, :start, :end),
                    snippet({table}, -1, :start, :end, '…', {SNIPPET_TOKENS})
             FROM best
             JOIN {table} ON {table}.rowid = best.id AND {table} MATCH :expression
             JOIN article_texts t ON t.id = best.id
             ORDER BY best.score"
        );

        let mut stmt = self.0.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            named_params! {
                ":start": MARK_START.to_string(), ":end": MARK_END.to_string(),
                ":expression": expression, ":locale": locale, ":limit": limit,
            },
            search_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Unsegmented-script articles containing every term, for terms too short
    /// for the trigram index. Title matches first.
    pub(crate) fn articles_by_substring(
        &self,
        query: &Query,
        locale: Option<&str>,
        limit: u32,
    ) -> Result<Vec<SearchRow>, StoreError> {
        let patterns = query.like_patterns();
        let clauses: Vec<String> = (0..patterns.len())
            .map(|i| {
                format!(
                    "(title LIKE :p{i} ESCAPE '\\' OR summary LIKE :p{i} ESCAPE '\\' OR body LIKE :p{i} ESCAPE '\\')"
                )
            })
            .collect();
        let sql = format!(
            "SELECT article_id, locale, title, substr(summary, 1, 200)
             FROM article_texts
             WHERE (:locale IS NULL OR locale = :locale) AND {}
             ORDER BY (title LIKE :p0 ESCAPE '\\') DESC, article_id
             LIMIT :limit",
            clauses.join(" AND ")
        );
        let names: Vec<String> = (0..patterns.len()).map(|i| format!(":p{i}")).collect();
        let mut params: Vec<(&str, &dyn ToSql)> = vec![(":locale", &locale), (":limit", &limit)];
        for (name, pattern) in names.iter().zip(&patterns) {
            params.push((name.as_str(), pattern));
        }
        let mut stmt = self.0.prepare_cached(&sql)?;
        let rows = stmt.query_map(params.as_slice(), search_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Indexed words starting with `first` (typo candidates).
    pub(crate) fn terms_starting_with(&self, first: char, max: u32) -> Result<Vec<String>, StoreError> {
        let low = first.to_string();
        let high = char::from_u32(first as u32 + 1).map_or_else(|| format!("{first}\u{10FFFF}"), |c| c.to_string());
        let mut stmt =
            self.0.prepare_cached("SELECT term FROM search_words WHERE term >= :low AND term < :high LIMIT :max")?;

        let rows = stmt.query_map(named_params! {":low": low, ":high": high, ":max": max}, |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Helplines matching in `locale` or English.
    pub(crate) fn helplines(&self, expression: &str, locale: &str, limit: u32) -> Result<Vec<SearchRow>, StoreError> {
        let mut stmt = self.0.prepare_cached(
            "SELECT helpline_id, locale,
                    highlight(helpline_search, 0, :start, :end),
                    snippet(helpline_search, -1, :start, :end, '…', 14)
             FROM helpline_search
             WHERE helpline_search MATCH :expression AND locale IN (:locale, 'en')
             ORDER BY bm25(helpline_search, 10.0, 2.0, 5.0)
             LIMIT :limit",
        )?;
        let rows = stmt.query_map(
            named_params! {
                ":start": MARK_START.to_string(), ":end": MARK_END.to_string(),
                ":expression": expression, ":locale": locale, ":limit": limit,
            },
            search_row,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn search_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<SearchRow> {
    Ok(SearchRow { id: row.get(0)?, locale: row.get(1)?, title: row.get(2)?, snippet: row.get(3)? })
}
