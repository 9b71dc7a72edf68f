//! Snippets as plain text plus match ranges, for shells to style natively
//! (never HTML). FTS5 marks matches with two control characters that
//! validated content can never contain.

use serde::Serialize;

pub(crate) const MARK_START: char = '\u{2}';
pub(crate) const MARK_END: char = '\u{3}';

/// A match, in characters (Unicode scalar values) from the start of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Range {
    pub start: u32,
    pub end: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Highlighted {
    pub text: String,
    pub highlights: Vec<Range>,
}

impl Highlighted {
    /// Strips the markers from `marked`, recording where they were.
    pub fn from_marked(marked: &str) -> Highlighted {
        let mut text = String::with_capacity(marked.len());
        let mut highlights = Vec::new();
        let mut chars = 0u32;
        let mut open: Option<u32> = None;
        for c in marked.chars() {
            match c {
                MARK_START => open = Some(chars),
                MARK_END => {
                    if let Some(start) = open.take()
                        && start < chars
                    {
                        highlights.push(Range { start, end: chars });
                    }
                }
                _ => {
                    text.push(c);
                    chars += 1;
                }
            }
        }
        Highlighted { text, highlights }
    }

    pub fn plain(text: &str) -> Highlighted {
        Highlighted { text: text.to_owned(), highlights: Vec::new() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers_become_ranges() {
        let h = Highlighted::from_marked("Signs at \u{2}car\u{3} washes and \u{2}café\u{3}s");
        assert_eq!(h.text, "Signs at car washes and cafés");
        assert_eq!(h.highlights, vec![Range { start: 9, end: 12 }, Range { start: 24, end: 28 }]);
    }

    #[test]
    fn unbalanced_markers_are_ignored() {
        assert_eq!(Highlighted::from_marked("a\u{3}b\u{2}c").highlights, vec![]);
    }
}
