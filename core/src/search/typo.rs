//! Typo tolerance: when a word finds nothing, the index's own words within a
//! small edit distance stand in for it (`sqiperi` finds `shqipëri`).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds like the word index does: lower case, diacritics removed.
pub fn fold(term: &str) -> String {
    // ASCII words (all of English, much of any Latin-script text) need no
    // decomposition; folding every word of every result shown is hot.
    if term.is_ascii() {
        return term.to_ascii_lowercase();
    }
    term.nfd().filter(|c| !is_combining_mark(*c)).flat_map(char::to_lowercase).collect()
}

/// How far a word may be from an indexed word: none for short words (too
/// many false friends), one edit from four letters, two from eight.
fn allowed_distance(len: usize) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// At most `max` indexed words near `term`, closest first. `candidates`
/// gives the indexed words that start with a given first letter.
pub(crate) fn near_terms(term: &str, max: usize, candidates: impl FnOnce(char) -> Vec<String>) -> Vec<String> {
    let folded = fold(term);
    let len = folded.chars().count();
    let allowed = allowed_distance(len);
    let Some(first) = folded.chars().next() else { return Vec::new() };
    if allowed == 0 {
        return Vec::new();
    }
    let mut near: Vec<(usize, String)> = candidates(first)
        .into_iter()
        .filter(|c| c.chars().count().abs_diff(len) <= allowed)
        .filter_map(|c| {
            let d = strsim::damerau_levenshtein(&folded, &c);
            (d > 0 && d <= allowed).then_some((d, c))
        })
        .collect();
    near.sort();
    near.into_iter().take(max).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(_: char) -> Vec<String> {
        ["shqiperi", "shqip", "sector", "signs", "sqiperia"].iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn folding_matches_the_index() {
        assert_eq!(fold("Shqipëri"), "shqiperi");
        assert_eq!(fold("ȘTEFAN"), "stefan");
        assert_eq!(fold("Café"), "cafe");
    }

    #[test]
    fn near_words() {
        assert_eq!(near_terms("sqiperi", 5, vocab), ["shqiperi", "sqiperia"]);
        assert!(near_terms("sig", 5, vocab).is_empty(), "short words are not guessed at");
        assert!(near_terms("", 5, vocab).is_empty());
    }
}
