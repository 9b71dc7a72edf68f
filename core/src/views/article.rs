use serde::Serialize;

use super::common::UsedLocale;
use crate::content::markdown::{self, Block};
use crate::content::{Category, ReviewStatus};
use crate::i18n::locales;
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleView {
    pub id: String,
    /// The UI's locale (for labels and notices).
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

impl Haven {
    /// One article, in the user's language when it has it, else in English.
    pub fn article(&self, id: &str) -> Result<ArticleView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let row = self
            .reader(|r| Ok(r.article(id, ctx.content_locale)?))?
            .ok_or_else(|| Error::NotFound { kind: "article", id: id.to_owned() })?;
        let fallback_notice = (row.locale != ctx.content_locale).then(|| {
            let language = locales::find(&row.locale).map_or(row.locale.as_str(), |l| l.endonym);
            s.get_args("article-fallback", &[("language", language.into())])
        });
        Ok(ArticleView {
            locale: UsedLocale::of(ctx.ui.tag),
            content_locale: UsedLocale::of(&row.locale),
            category_label: s.get(&format!("category-{}", row.category.as_str())),
            category: row.category,
            blocks: markdown::to_blocks(row.body.as_deref().unwrap_or_default()),
            review_notice: (row.review == ReviewStatus::Machine).then(|| s.get("article-machine-translation")),
            fallback_notice,
            id: row.id,
            title: row.title,
            summary: row.summary,
        })
    }
}
