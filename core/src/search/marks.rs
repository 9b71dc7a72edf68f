//! Marking matches in Rust, as FTS5's `highlight()` and `snippet()` would:
//! those re-run the whole search expression for each text shown (parse,
//! find every term in the index, seek), about 0.15 ms a text, most of a
//! search's time once ranking is bounded. Here each text shown is read once
//! and its words compared with the expression's terms.

use unicode_normalization::char::is_combining_mark;

use super::typo::fold;
use super::{MARK_END, MARK_START};

/// Words around the first matches in a snippet.
const SNIPPET_WORDS: usize = 14;
/// Words of a snippet shown before its first match, when there are more.
const SNIPPET_LEAD: usize = 2;

/// Byte ranges of the matching words of a text, and how many different
/// terms matched.
type Matches = (Vec<(usize, usize)>, usize);

/// The terms of an FTS5 expression made by `search::Query` (quoted
/// phrases, a `*` after a prefix), folded as the word index folds them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Terms(Vec<(Vec<String>, bool)>);

impl Terms {
    pub(crate) fn of_expression(expression: &str) -> Terms {
        let mut terms = Vec::new();
        let mut chars = expression.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '"' {
                continue;
            }
            let phrase = super::query::read_quoted(&mut chars);
            let prefix = chars.peek() == Some(&'*');
            let words: Vec<String> = words(&phrase).map(|(_, _, w)| fold(w)).collect();
            if !words.is_empty() {
                terms.push((words, prefix));
            }
        }
        Terms(terms)
    }

    /// Each term as text (its words joined by spaces).
    pub(crate) fn texts(&self) -> Vec<String> {
        self.0.iter().map(|(words, _)| words.join(" ")).collect()
    }

    /// Which of `text`'s words match, as (start, end) byte ranges, and how
    /// many different terms matched.
    fn matches(&self, text: &str) -> Matches {
        let found: Vec<(usize, usize, String)> = words(text).map(|(s, e, w)| (s, e, fold(w))).collect();
        let mut marked = vec![false; found.len()];
        let mut distinct = 0;
        for (phrase, prefix) in &self.0 {
            let n = phrase.len();
            let mut any = false;
            for start in 0..found.len().saturating_sub(n - 1) {
                let hit = phrase.iter().enumerate().all(|(i, p)| {
                    let word = &found[start + i].2;
                    if *prefix && i == n - 1 { word.starts_with(p.as_str()) } else { word == p }
                });
                if hit {
                    marked[start..start + n].iter_mut().for_each(|m| *m = true);
                    any = true;
                }
            }
            distinct += usize::from(any);
        }
        let ranges = found.iter().zip(&marked).filter(|(_, m)| **m).map(|((s, e, _), _)| (*s, *e)).collect();
        (ranges, distinct)
    }

    /// `text` with every matching word between markers (`highlight()`).
    pub(crate) fn highlight(&self, text: &str) -> String {
        let (ranges, _) = self.matches(text);
        marked(text, &ranges)
    }

    /// About `SNIPPET_WORDS` words of the field with the most different
    /// terms in it, around its first match, matches marked (`snippet()`).
    pub(crate) fn snippet(&self, fields: &[&str]) -> String {
        let mut best: Option<(&str, Matches)> = None;
        for field in fields {
            let (ranges, distinct) = self.matches(field);
            if best.as_ref().is_none_or(|(_, (r, d))| (distinct, ranges.len()) > (*d, r.len())) {
                best = Some((field, (ranges, distinct)));
            }
        }
        let Some((text, (ranges, _))) = best else { return String::new() };
        let all: Vec<(usize, usize)> = words(text).map(|(s, e, _)| (s, e)).collect();
        if all.len() <= SNIPPET_WORDS {
            return marked(text, &ranges);
        }
        let first = ranges.first().and_then(|r| all.iter().position(|w| w == r)).unwrap_or(0);
        let start = first.saturating_sub(SNIPPET_LEAD).min(all.len() - SNIPPET_WORDS);
        let end = start + SNIPPET_WORDS;
        let from = if start == 0 { 0 } else { all[start].0 };
        let to = if end == all.len() { text.len() } else { all[end - 1].1 };
        let inside: Vec<(usize, usize)> =
            ranges.iter().filter(|(s, e)| *s >= from && *e <= to).map(|(s, e)| (s - from, e - from)).collect();
        let mut out = String::new();
        if from > 0 {
            out.push('…');
        }
        out.push_str(&marked(&text[from..to], &inside));
        if to < text.len() {
            out.push('…');
        }
        out
    }
}

/// The words of `text` as the word index splits them (letters and digits;
/// marks, punctuation and spaces between), with their byte ranges.
fn words(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() && !is_combining_mark(c);
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len(), &text[s..]));
    }
    out.into_iter()
}

fn marked(text: &str, ranges: &[(usize, usize)]) -> String {
    let mut out = String::with_capacity(text.len() + ranges.len() * 2);
    let mut at = 0;
    for (s, e) in ranges {
        out.push_str(&text[at..*s]);
        out.push(MARK_START);
        out.push_str(&text[*s..*e]);
        out.push(MARK_END);
        at = *e;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        s.replace(MARK_START, "[").replace(MARK_END, "]")
    }

    #[test]
    fn terms_of_an_expression() {
        let terms = Terms::of_expression(r#"("Shqipëri" OR "sqiperi") AND ("pun"*) AND ("say ""x""")"#);
        assert_eq!(
            terms.0,
            [
                (vec!["shqiperi".to_string()], false),
                (vec!["sqiperi".to_string()], false),
                (vec!["pun".to_string()], true),
                (vec!["say".to_string(), "x".to_string()], false),
            ]
        );
    }

    #[test]
    fn highlights_words_prefixes_and_diacritics() {
        let terms = Terms::of_expression(r#"("cafe") AND ("wor"*)"#);
        assert_eq!(shown(&terms.highlight("Work in a Café, working")), "[Work] in a [Café], [working]");
        assert_eq!(shown(&terms.highlight("cafeteria")), "cafeteria", "only a prefix matches a part");
    }

    #[test]
    fn snippets_around_the_first_match_of_the_best_field() {
        let terms = Terms::of_expression(r#"("passport")"#);
        let body = "one two three four five six seven eight nine ten eleven twelve passport fourteen fifteen \
                    sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour end.";
        let snippet = shown(&terms.snippet(&["Title", "A summary.", body]));
        assert_eq!(
            snippet,
            "…eleven twelve [passport] fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone twentytwo twentythree twentyfour…"
        );
        assert_eq!(shown(&terms.snippet(&["Title", "Your passport.", body])), "Your [passport].", "short fields whole");
    }
}
