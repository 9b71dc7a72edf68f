//! Turning what a user typed into safe FTS5 expressions.

use unicode_normalization::char::is_combining_mark;

/// Longer input is cut, not refused: search never errors on user text.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_TERMS: usize = 12;
/// The last term is matched as a prefix (the user may still be typing) from
/// this many characters: FTS5 merges every word a prefix stands for in full
/// before anything is ranked, and a one- or two-letter prefix stands for a
/// good part of the index (on 600,000 texts, one letter took 340 ms and two
/// 13 ms on plain SQLite; three, 3 ms).
pub const MIN_PREFIX_CHARS: usize = 3;

/// A user's search, split into terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub terms: Vec<String>,
    /// Written in a script without spaces between words (Chinese, Thai).
    pub unsegmented: bool,
}

/// Scripts written without spaces between words: Han, Hiragana/Katakana, Thai, Lao, Khmer, Myanmar.
fn is_unsegmented(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F
        | 0x0E00..=0x0EFF | 0x1780..=0x17FF | 0x1000..=0x109F)
}

impl Query {
    pub fn parse(input: &str) -> Query {
        let text: String = input.chars().take(MAX_QUERY_CHARS).collect();
        let terms = text
            .split(|c: char| !(c.is_alphanumeric() || is_combining_mark(c)))
            .filter(|t| !t.is_empty())
            .take(MAX_TERMS)
            .map(str::to_owned)
            .collect();
        Query { terms, unsegmented: text.chars().any(is_unsegmented) }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Every term, the last one as a prefix (the user may still be typing)
    /// when it has at least `MIN_PREFIX_CHARS` characters.
    pub fn all_terms(&self) -> String {
        self.expression(|term| vec![term.to_owned()], " AND ")
    }

    /// Any term (when all of them find nothing).
    pub fn any_term(&self) -> String {
        self.expression(|term| vec![term.to_owned()], " OR ")
    }

    /// Every term, each widened to the spellings `alternatives` gives.
    pub fn all_terms_with(&self, mut alternatives: impl FnMut(&str) -> Vec<String>) -> String {
        self.expression(|term| alternatives(term), " AND ")
    }

    fn expression(&self, mut spellings: impl FnMut(&str) -> Vec<String>, joiner: &str) -> String {
        let last = self.terms.len().saturating_sub(1);
        self.terms
            .iter()
            .enumerate()
            .map(|(i, term)| {
                let mut forms = spellings(term);
                if !forms.contains(term) {
                    forms.insert(0, term.clone());
                }
                let quoted: Vec<String> = forms
                    .iter()
                    .map(|f| {
                        let prefix = if i == last && !self.unsegmented && term.chars().count() >= MIN_PREFIX_CHARS {
                            "*"
                        } else {
                            ""
                        };
                        format!("\"{}\"{prefix}", f.replace('"', "\"\""))
                    })
                    .collect();
                format!("({})", quoted.join(" OR "))
            })
            .collect::<Vec<_>>()
            .join(joiner)
    }

    /// Terms too short for the trigram index (it needs three characters).
    pub fn has_short_terms(&self) -> bool {
        self.terms.iter().any(|t| t.chars().count() < 3)
    }

    /// `LIKE` patterns for each term, wildcards in the term escaped with `\`.
    pub fn like_patterns(&self) -> Vec<String> {
        self.terms
            .iter()
            .map(|t| format!("%{}%", t.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")))
            .collect()
    }
}

/// Reads one quoted phrase of an FTS5 expression this module wrote, the
/// opening `"` already taken: up to the closing quote, `""` standing for
/// `"`. Shared by whatever reads such expressions back (marking matches,
/// spelling out prefixes).
pub(crate) fn read_quoted(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    let mut phrase = String::new();
    while let Some(c) = chars.next() {
        if c == '"' {
            if chars.peek() == Some(&'"') {
                chars.next();
                phrase.push('"');
                continue;
            }
            break;
        }
        phrase.push(c);
    }
    phrase
}

/// The phrases of an FTS5 expression this module wrote, in order (as FTS5
/// numbers them), each with whether it is a prefix.
pub(crate) fn phrases(expression: &str) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut chars = expression.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '"' {
            let phrase = read_quoted(&mut chars);
            out.push((phrase, chars.peek() == Some(&'*')));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syntax_is_data() {
        let q = Query::parse(r#"forced" OR labour NEAR(x) AND * : title:"#);
        assert_eq!(q.terms, ["forced", "OR", "labour", "NEAR", "x", "AND", "title"]);
        assert_eq!(
            q.all_terms(),
            r#"("forced") AND ("OR") AND ("labour") AND ("NEAR") AND ("x") AND ("AND") AND ("title"*)"#
        );
    }

    #[test]
    fn long_input_is_cut_not_refused() {
        let q = Query::parse(&"word ".repeat(2_000));
        assert_eq!(q.terms.len(), MAX_TERMS);
        assert!(Query::parse(&"x".repeat(10_000)).terms[0].chars().count() == MAX_QUERY_CHARS);
    }

    #[test]
    fn scripts() {
        assert!(Query::parse("强迫劳动").unsegmented);
        assert!(Query::parse("แรงงาน").unsegmented);
        assert!(!Query::parse("Україна").unsegmented);
        assert_eq!(Query::parse("मानव तस्करी").terms, ["मानव", "तस्करी"], "marks stay inside words");
        assert!(Query::parse("  ...  ").is_empty());
    }

    #[test]
    fn like_patterns_escape_wildcards() {
        assert_eq!(Query::parse("50%_off").like_patterns(), ["%50%", "%off%"], "split on symbols");
        let q = Query { terms: vec!["a%b_c\\".into()], unsegmented: false };
        assert_eq!(q.like_patterns(), [r"%a\%b\_c\\%"]);
    }

    #[test]
    fn alternatives_widen_each_term() {
        let q = Query::parse("sqiperi pune");
        let expr = q.all_terms_with(|t| if t == "sqiperi" { vec!["shqiperi".into()] } else { vec![] });
        assert_eq!(expr, r#"("sqiperi" OR "shqiperi") AND ("pune"*)"#);
    }

    #[test]
    fn phrases_in_expression_order() {
        let q = Query::parse(r#"say "hi" there"#);
        let expr = q.all_terms_with(|t| if t == "hi" { vec!["hī".into()] } else { vec![] });
        assert_eq!(
            phrases(&expr),
            [("say".into(), false), ("hi".into(), false), ("hī".into(), false), ("there".into(), true)]
        );
        assert_eq!(phrases(r#"{title} : ("a""b")"#), [("a\"b".to_string(), false)]);
    }

    #[test]
    fn short_last_term_is_no_prefix() {
        assert_eq!(Query::parse("work vi").all_terms(), r#"("work") AND ("vi")"#);
        assert_eq!(Query::parse("work vis").all_terms(), r#"("work") AND ("vis"*)"#);
    }
}
