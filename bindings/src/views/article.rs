//! One article, its body as blocks of styled text (never HTML).

use haven_core::content::markdown;
use haven_core::views as core;

use super::articles::Category;
use super::common::{UsedLocale, list};
use crate::error::naming;
use crate::{Haven, HavenError};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ArticleView {
    pub id: String,
    /// The UI's locale (labels and notices).
    pub locale: UsedLocale,
    /// The locale the article text is in.
    pub content_locale: UsedLocale,
    pub category: Category,
    pub category_label: String,
    pub title: String,
    pub summary: String,
    pub blocks: Vec<Block>,
    /// Set when the text is a machine translation awaiting NGO review.
    pub review_notice: Option<String>,
    /// Set when the article is not available in the user's language.
    pub fallback_notice: Option<String>,
}

impl From<core::ArticleView> for ArticleView {
    fn from(v: core::ArticleView) -> Self {
        Self {
            id: v.id,
            locale: v.locale.into(),
            content_locale: v.content_locale.into(),
            category: v.category.into(),
            category_label: v.category_label,
            title: v.title,
            summary: v.summary,
            blocks: list(v.blocks),
            review_notice: v.review_notice,
            fallback_notice: v.fallback_notice,
        }
    }
}

/// A block of an article body.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum Block {
    Heading {
        level: u8,
        spans: Vec<Span>,
    },
    Paragraph {
        spans: Vec<Span>,
    },
    /// Each item is a list of blocks; `start` is the first number of an
    /// ordered list. Not `List`: in Kotlin that would hide `kotlin.collections.List`.
    ItemList {
        ordered: bool,
        start: u64,
        items: Vec<Vec<Block>>,
    },
    Quote {
        blocks: Vec<Block>,
    },
    Rule,
}

impl From<markdown::Block> for Block {
    fn from(b: markdown::Block) -> Self {
        match b {
            markdown::Block::Heading { level, spans } => Block::Heading { level, spans: list(spans) },
            markdown::Block::Paragraph { spans } => Block::Paragraph { spans: list(spans) },
            markdown::Block::List { ordered, start, items } => {
                Block::ItemList { ordered, start, items: items.into_iter().map(list).collect() }
            }
            markdown::Block::Quote { blocks } => Block::Quote { blocks: list(blocks) },
            markdown::Block::Rule => Block::Rule,
        }
    }
}

/// A run of text with one style; a link is a run with a target.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Span {
    pub text: String,
    pub strong: bool,
    pub emphasis: bool,
    pub code: bool,
    /// `https:`, `tel:`, `sms:` or `mailto:` only (checked when the content was built).
    pub link: Option<String>,
}

impl From<markdown::Span> for Span {
    fn from(s: markdown::Span) -> Self {
        Self { text: s.text, strong: s.strong, emphasis: s.emphasis, code: s.code, link: s.link }
    }
}

#[uniffi::export]
impl Haven {
    /// One article, in the user's language when it has it, else in English.
    pub fn article(&self, id: String) -> Result<ArticleView, HavenError> {
        Ok(self.inner.article(&id).map_err(naming("the article id"))?.into())
    }
}
