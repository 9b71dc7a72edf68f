//! One- and two-character searches in scripts written without spaces
//! (Chinese, Japanese, Thai...). The trigram index needs three characters
//! per term, and a `LIKE` scan over every text took hundreds of
//! milliseconds; so those texts are also indexed as the one- and
//! two-character pieces of each run of letters (`强迫劳动` as `强 强迫 迫 迫劳
//! 劳 劳动 动`), and a short term is one token of that index.
//!
//! The pieces are made by `haven_short_grams`, an SQL function the index's
//! triggers call: every connection that writes texts registers it
//! (`register_functions`), so a connection without it fails loudly instead
//! of leaving the index behind.

use rusqlite::Connection;
use rusqlite::functions::FunctionFlags;
use unicode_normalization::char::is_combining_mark;

use super::typo::fold;

/// Registers the SQL functions the search index's triggers and queries call.
pub(crate) fn register_functions(conn: &Connection) -> rusqlite::Result<()> {
    super::rank::register(conn)?;
    conn.create_scalar_function(
        "haven_short_grams",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC | FunctionFlags::SQLITE_INNOCUOUS,
        |ctx| Ok(short_grams(&ctx.get::<String>(0)?)),
    )
}

/// The runs of letters in `text`, split as queries are (`Query::parse`).
fn runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c))).filter(|t| !t.is_empty())
}

/// Every one- and two-character piece of each run of letters, folded like
/// the word index folds (lower case, no diacritics), space-separated.
pub(crate) fn short_grams(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for run in runs(text) {
        let chars: Vec<char> = fold(run).chars().collect();
        for (i, c) in chars.iter().enumerate() {
            out.push(*c);
            out.push(' ');
            if let Some(next) = chars.get(i + 1) {
                out.push(*c);
                out.push(*next);
                out.push(' ');
            }
        }
    }
    out
}

/// A term as a token of the short-piece index.
pub(crate) fn short_token(term: &str) -> String {
    fold(term)
}

/// The two-character pieces of a longer term, for a query mixing short and
/// long terms (a long term is then found by all its pieces, in any order).
pub(crate) fn pieces(term: &str) -> Vec<String> {
    let chars: Vec<char> = fold(term).chars().collect();
    if chars.len() <= 2 {
        return vec![chars.into_iter().collect()];
    }
    chars.windows(2).map(|w| w.iter().collect()).collect()
}

/// `text` with every occurrence of each of `terms` (compared folded, per
/// character) between FTS5's markers, as `highlight()` would mark them.
pub(crate) fn mark_terms(text: &str, terms: &[String]) -> String {
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<String> = chars.iter().map(|c| fold(&c.to_string())).collect();
    let wanted: Vec<Vec<String>> = terms
        .iter()
        .map(|t| t.chars().map(|c| fold(&c.to_string())).filter(|f| !f.is_empty()).collect())
        .filter(|t: &Vec<String>| !t.is_empty())
        .collect();
    let mut marked = vec![false; chars.len()];
    for term in &wanted {
        let n = term.len();
        for start in 0..chars.len().saturating_sub(n - 1) {
            if folded[start..start + n] == term[..] {
                marked[start..start + n].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in chars.iter().enumerate() {
        if marked[i] && (i == 0 || !marked[i - 1]) {
            out.push(super::MARK_START);
        }
        out.push(*c);
        if marked[i] && (i + 1 == chars.len() || !marked[i + 1]) {
            out.push(super::MARK_END);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_of_each_run() {
        assert_eq!(short_grams("强迫劳动。护照"), "强 强迫 迫 迫劳 劳 劳动 动 护 护照 照 ");
        assert_eq!(short_grams("É"), "e ");
        assert_eq!(pieces("强迫劳动"), ["强迫", "迫劳", "劳动"]);
        assert_eq!(pieces("护"), ["护"]);
    }

    #[test]
    fn marks_every_occurrence() {
        assert_eq!(
            mark_terms("有人扣留你的护照。护照", &["护照".into()]),
            "有人扣留你的\u{2}护照\u{3}。\u{2}护照\u{3}"
        );
        assert_eq!(mark_terms("强迫劳动", &["迫".into(), "劳".into()]), "强\u{2}迫劳\u{3}动");
        assert_eq!(mark_terms("abc", &[]), "abc");
    }
}
