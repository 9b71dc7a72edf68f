//! Full-text search over the encrypted store (FTS5 under SQLCipher: the
//! index is encrypted too). User text is always data: it is split into
//! terms, each quoted, so no query syntax gets through and nothing a user
//! types can raise an error.
//!
//! Three indexes, kept by triggers on `article_texts` (migration 007):
//! words (`article_search`, diacritics folded), trigrams for scripts
//! without spaces (`article_search_unsegmented`, terms of three characters
//! or more) and their one- and two-character pieces (`article_search_short`,
//! see `grams`). Each locale is a range of index keys, so a search in one
//! locale never walks another's texts; ranking (bm25, title over summary
//! over body) and marking matches are bounded per query (see
//! `SearchReader::articles`), so a word found in most texts costs about
//! what a rare one does. What ranking needs beyond the index is kept
//! rather than read per query: each word's text count in the store
//! (`rank`), each text's length in memory (`doc_lengths`); and an index
//! grown to many segments is merged when content changes
//! (`store::refresh_derived`).

mod doc_lengths;
mod grams;
mod highlight;
mod marks;
mod places;
mod query;
mod rank;
mod run;
mod typo;

/// Index keys: a locale's slot above this many bits, the text id below
/// (migration 007).
pub(crate) const KEY_BITS: u32 = 40;

/// The first and the last index key of a locale's slot.
pub(crate) fn slot_keys(slot: i64) -> (i64, i64) {
    (slot << KEY_BITS, ((slot + 1) << KEY_BITS) - 1)
}

/// The slot and the text id an index key is made of.
pub(crate) fn key_parts(key: i64) -> (i64, i64) {
    (key >> KEY_BITS, key & ((1 << KEY_BITS) - 1))
}

pub(crate) use grams::{mark_terms, pieces, register_functions, short_token};
pub use highlight::{Highlighted, Range};
pub(crate) use highlight::{MARK_END, MARK_START};
pub(crate) use marks::Terms;
pub(crate) use places::place_names;
pub use query::{MAX_QUERY_CHARS, MAX_TERMS, Query};
pub(crate) use query::{phrases, read_quoted};
pub(crate) use rank::counts_blob;
pub use run::{ARTICLE_LIMIT, HELPLINE_LIMIT};
pub(crate) use run::{find_articles, find_helplines};
pub(crate) use typo::{fold, near_terms};
