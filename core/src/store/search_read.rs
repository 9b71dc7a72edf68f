//! Search queries. Terms arrive already quoted by `search::Query`; these
//! functions only choose the index and the locale.

use rusqlite::{Connection, OptionalExtension, named_params, params};

use super::StoreError;
use crate::search::{
    MARK_END, MARK_START, Query, Terms, counts_blob, fold, key_parts, mark_terms, phrases, pieces, short_token,
    slot_keys,
};

/// One match, with FTS5's markers still in the title and snippet.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRow {
    pub id: String,
    pub locale: String,
    pub title: String,
    pub snippet: String,
}

/// Matches ranked per query at most (see `SearchReader::articles`).
const RANKED_CANDIDATES: u32 = 300;
/// Words a prefix is spelled out as at most (see `SearchReader::articles`).
const SPELLED_OUT_PREFIX_WORDS: u32 = 16;

pub(crate) struct SearchReader<'c>(pub(crate) &'c Connection);

impl SearchReader<'_> {
    /// Articles in `locale` matching the FTS5 `expression` in the word index
    /// (or the substring index for unsegmented scripts), best first.
    /// With `locale` `None`, texts in any locale.
    ///
    /// Work per query is bounded, whatever the store holds:
    /// - the locale is a range of index keys (see migration 007), so FTS5
    ///   skips other locales' texts while it walks the index;
    /// - when at most `RANKED_CANDIDATES` texts match, all of them are
    ///   ranked by bm25 (title over summary over body);
    /// - when more match (a word in most texts), ranking all of them would
    ///   read every match's size and cost tens of milliseconds, for a
    ///   screen that shows 20: then only title matches are ranked, the
    ///   first `RANKED_CANDIDATES` of them in index order, topped up with
    ///   the best of the first `RANKED_CANDIDATES` matches in any field;
    /// - highlights and snippets (which read each text's body) are made for
    ///   the `limit` kept only.
    pub(crate) fn articles(
        &self,
        expression: &str,
        unsegmented: bool,
        locale: Option<&str>,
        limit: u32,
    ) -> Result<Vec<SearchRow>, StoreError> {
        let table = if unsegmented { "article_search_unsegmented" } else { "article_search" };
        // FTS5 merges every word of a prefix (`"vis"*`) in full, whatever
        // the LIMIT, once for ranking, once for bm25's weights and once per
        // text marked (about 0.5 ms each for a common word): a prefix that
        // stands for few indexed words is spelled out as them instead.
        let expression = if unsegmented { expression.to_owned() } else { self.prefixes_spelled_out(expression)? };
        let best = self.best(table, &expression, locale, limit)?;
        if best.is_empty() {
            return Ok(Vec::new());
        }

        // Matches are marked here rather than by FTS5's highlight() and
        // snippet(), which re-run the expression for each text shown (see
        // search::marks).
        let terms = Terms::of_expression(&expression);
        let mut rows = Vec::with_capacity(best.len());
        for key in best {
            let Some((id, locale, title, summary, body)) = self.text(key)? else { continue };
            let (title, snippet) = if unsegmented {
                let texts = terms.texts();
                let snippet = snippet_around(&summary, &texts)
                    .or_else(|| snippet_around(&body, &texts))
                    .unwrap_or_else(|| summary.chars().take(SNIPPET_CHARS).collect());
                (mark_terms(&title, &texts), snippet)
            } else {
                (terms.highlight(&title), terms.snippet(&[&title, &summary, &body]))
            };
            rows.push(SearchRow { id, locale, title, snippet });
        }
        Ok(rows)
    }

    /// A text by index key: article id, locale, title, summary, body.
    #[allow(clippy::type_complexity)]
    fn text(&self, key: i64) -> Result<Option<(String, String, String, String, String)>, StoreError> {
        let mut stmt = self
            .0
            .prepare_cached("SELECT article_id, locale, title, summary, body FROM article_texts WHERE id = ?1")?;
        // The key's low bits are the text's id (migration 007): no page of
        // `search_keys` to read for it.
        let (_, id) = key_parts(key);
        Ok(stmt.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))).optional()?)
    }

    /// Index keys of the best `limit` matches of `expression` in `locale`
    /// (see `articles` for how the work is bounded).
    fn best(&self, table: &str, expression: &str, locale: Option<&str>, limit: u32) -> Result<Vec<i64>, StoreError> {
        let keys = match locale {
            None => (i64::MIN, i64::MAX),
            Some(locale) => {
                let slot: Option<i64> = self
                    .0
                    .prepare_cached("SELECT slot FROM search_locales WHERE locale = ?1")?
                    .query_row([locale], |r| r.get(0))
                    .optional()?;
                match slot {
                    Some(slot) => slot_keys(slot),
                    None => return Ok(Vec::new()),
                }
            }
        };
        let counts = counts_blob(&self.phrase_counts(table, expression)?);
        let (mut best, matches) = self.ranked(table, expression, &counts, keys, limit)?;
        if matches <= RANKED_CANDIDATES {
            return Ok(best);
        }
        // More matches than are ranked: title matches first, then the best
        // of those ranked.
        let (mut titles, _) = self.ranked(table, &format!("{{title}} : ({expression})"), &counts, keys, limit)?;
        for key in best.drain(..) {
            if (titles.len() as u32) < limit && !titles.contains(&key) {
                titles.push(key);
            }
        }
        Ok(titles)
    }

    /// How many texts hold each phrase of `expression`, where the store
    /// keeps the count (whole words of the word index; see search::rank).
    fn phrase_counts(&self, table: &str, expression: &str) -> Result<Vec<Option<u64>>, StoreError> {
        let phrases = phrases(expression);
        if table != "article_search" {
            return Ok(vec![None; phrases.len()]);
        }
        let mut stmt = self.0.prepare_cached("SELECT docs FROM search_words WHERE term = ?1")?;
        phrases
            .iter()
            .map(|(phrase, prefix)| {
                if *prefix {
                    return Ok(None);
                }
                Ok(stmt.query_row([fold(phrase)], |r| r.get::<_, i64>(0)).optional()?.map(|n| n.max(0) as u64))
            })
            .collect()
    }

    /// Index keys of the best `limit` of the first `RANKED_CANDIDATES`
    /// matches of `expression`, by bm25 (`haven_bm25`, with each phrase's
    /// text count `counts`). bm25 is computed for those candidates only (a
    /// LIMIT without ORDER BY stops the index walk). Also says how many
    /// matched, counting to `RANKED_CANDIDATES + 1`.
    fn ranked(
        &self,
        table: &str,
        expression: &str,
        counts: &[u8],
        keys: (i64, i64),
        limit: u32,
    ) -> Result<(Vec<i64>, u32), StoreError> {
        let mut stmt = self.0.prepare_cached(&format!(
            "SELECT key, matches FROM (
                 SELECT key, score, count(*) OVER () AS matches FROM (
                     SELECT rowid AS key, haven_bm25({table}, ?6, '{table}', 10.0, 4.0, 1.0) AS score
                     FROM {table} WHERE {table} MATCH ?1 AND rowid BETWEEN ?2 AND ?3 LIMIT ?4
                 )
             )
             ORDER BY score LIMIT ?5"
        ))?;
        let mut matches = 0;
        let mut keys_found = Vec::new();
        let rows = stmt.query_map(params![expression, keys.0, keys.1, RANKED_CANDIDATES + 1, limit, counts], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, u32>(1)?))
        })?;
        for row in rows {
            let (key, n) = row?;
            keys_found.push(key);
            matches = n;
        }
        Ok((keys_found, matches))
    }

    /// `expression` with each prefix (`"vis"*`) replaced by the indexed
    /// words it stands for (`("visa" OR "visit")`), when there are at most
    /// `SPELLED_OUT_PREFIX_WORDS` of them.
    fn prefixes_spelled_out(&self, expression: &str) -> Result<String, StoreError> {
        let mut out = String::with_capacity(expression.len());
        let mut chars = expression.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '"' {
                out.push(c);
                continue;
            }
            let phrase = crate::search::read_quoted(&mut chars);
            let quoted = format!("\"{}\"", phrase.replace('"', "\"\""));
            if chars.peek() != Some(&'*') {
                out.push_str(&quoted);
                continue;
            }
            chars.next();
            let words = self.words_starting_with(&fold(&phrase), SPELLED_OUT_PREFIX_WORDS + 1)?;
            if words.is_empty() || words.len() > SPELLED_OUT_PREFIX_WORDS as usize {
                out.push_str(&quoted);
                out.push('*');
            } else {
                let words: Vec<String> = words.iter().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect();
                out.push_str(&format!("({})", words.join(" OR ")));
            }
        }
        Ok(out)
    }

    /// Indexed words starting with `prefix`.
    fn words_starting_with(&self, prefix: &str, max: u32) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .0
            .prepare_cached("SELECT term FROM search_words WHERE term >= ?1 AND term < ?1 || char(1114111) LIMIT ?2")?;
        let rows = stmt.query_map(params![prefix, max], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Unsegmented-script articles containing every term, when some term
    /// is too short for the trigram index: found in the index of one- and
    /// two-character pieces (see `search::grams`), ranked like `articles`;
    /// a longer term in the same query is found by all its two-character
    /// pieces. Matches are marked here, the index holding no text.
    pub(crate) fn articles_by_short_terms(
        &self,
        query: &Query,
        locale: Option<&str>,
        limit: u32,
    ) -> Result<Vec<SearchRow>, StoreError> {
        let expression = query
            .terms
            .iter()
            .map(|term| {
                let tokens: Vec<String> =
                    if term.chars().count() <= 2 { vec![short_token(term)] } else { pieces(term) };
                let quoted: Vec<String> = tokens.iter().map(|t| format!("\"{}\"", t.replace('"', "\"\""))).collect();
                format!("({})", quoted.join(" AND "))
            })
            .collect::<Vec<_>>()
            .join(" AND ");
        let best = self.best("article_search_short", &expression, locale, limit)?;
        let mut rows = Vec::with_capacity(best.len());
        for key in best {
            if let Some((article_id, locale, title, summary, body)) = self.text(key)? {
                let snippet = snippet_around(&summary, &query.terms)
                    .or_else(|| snippet_around(&body, &query.terms))
                    .unwrap_or_else(|| summary.chars().take(SNIPPET_CHARS).collect());
                rows.push(SearchRow { id: article_id, locale, title: mark_terms(&title, &query.terms), snippet });
            }
        }
        Ok(rows)
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

/// Characters in a snippet cut by `snippet_around`, and before its first match.
const SNIPPET_CHARS: usize = 60;
const SNIPPET_LEAD: usize = 20;

/// Part of `text` around the first match of `terms`, matches marked; `None`
/// when nothing in `text` matches.
fn snippet_around(text: &str, terms: &[String]) -> Option<String> {
    let marked = mark_terms(text, terms);
    let first = marked.chars().position(|c| c == MARK_START)?;
    let chars: Vec<char> = text.chars().collect();
    let start = first.saturating_sub(SNIPPET_LEAD);
    let end = (start + SNIPPET_CHARS).min(chars.len());
    let window: String = chars[start..end].iter().collect();
    let mut snippet = mark_terms(&window, terms);
    if start > 0 {
        snippet.insert(0, '…');
    }
    if end < chars.len() {
        snippet.push('…');
    }
    Some(snippet)
}

fn search_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<SearchRow> {
    Ok(SearchRow { id: row.get(0)?, locale: row.get(1)?, title: row.get(2)?, snippet: row.get(3)? })
}
