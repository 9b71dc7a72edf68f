//! Full-text search over the encrypted store (FTS5 under SQLCipher: the
//! index is encrypted too). User text is always data: it is split into
//! terms, each quoted, so no query syntax gets through and nothing a user
//! types can raise an error.

mod grams;
mod highlight;
mod places;
mod query;
mod run;
mod typo;

pub(crate) use grams::{mark_terms, pieces, register_functions, short_token};
pub use highlight::{Highlighted, Range};
pub(crate) use highlight::{MARK_END, MARK_START};
pub(crate) use places::place_names;
pub use query::{MAX_QUERY_CHARS, MAX_TERMS, Query};
pub use run::{ARTICLE_LIMIT, HELPLINE_LIMIT};
pub(crate) use run::{find_articles, find_helplines};
pub(crate) use typo::{fold, near_terms};
