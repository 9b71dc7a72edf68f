use serde::Serialize;

use super::common::UsedLocale;
use crate::content::{Category, ReviewStatus};
use crate::haven::ViewContext;
use crate::store::{ArticleFilter, ArticleRow};
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleListView {
    pub locale: UsedLocale,
    pub title: String,
    pub items: Vec<ArticleSummary>,
    /// Shown when `items` is empty.
    pub empty_text: String,
    pub page: u32,
    pub has_more: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArticleSummary {
    pub id: String,
    pub category: Category,
    pub title: String,
    pub summary: String,
    pub urgent: bool,
    /// The language this item is shown in (it may be English when the
    /// user's language has no translation).
    pub locale: UsedLocale,
    pub machine_translated: bool,
}

impl From<ArticleRow> for ArticleSummary {
    fn from(row: ArticleRow) -> Self {
        Self {
            locale: UsedLocale::of(&row.locale),
            machine_translated: row.review == ReviewStatus::Machine,
            id: row.id,
            category: row.category,
            title: row.title,
            summary: row.summary,
            urgent: row.urgent,
        }
    }
}

impl Haven {
    /// A page of articles. The user's region applies unless the filter names one.
    pub fn articles(&self, filter: &ArticleFilter) -> Result<ArticleListView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let mut filter = filter.clone();
        if filter.region.is_none() {
            filter.region = ctx.region.clone();
        }
        let limit = filter.page_size();
        let offset = u64::from(filter.page) * u64::from(limit);
        // One extra row tells whether there is another page.
        let mut rows = self.reader(|r| Ok(r.articles(&filter, ctx.content_locale, limit + 1, offset)?))?;
        let has_more = rows.len() > limit as usize;
        rows.truncate(limit as usize);
        let title = match filter.category {
            Some(c) => s.get(&format!("category-{}", c.as_str())),
            None => match filter.sector {
                Some(sector) => s.get(&format!("sector-{}", sector.as_str())),
                None => s.get("articles-title"),
            },
        };
        Ok(ArticleListView {
            locale: UsedLocale::of(ctx.ui.tag),
            title,
            items: rows.into_iter().map(ArticleSummary::from).collect(),
            empty_text: s.get("articles-empty"),
            page: filter.page,
            has_more,
        })
    }

    pub(crate) fn article_summaries(
        &self,
        ctx: &ViewContext,
        filter: &ArticleFilter,
    ) -> Result<Vec<ArticleSummary>, Error> {
        let rows = self.reader(|r| Ok(r.articles(filter, ctx.content_locale, filter.page_size(), 0)?))?;
        Ok(rows.into_iter().map(ArticleSummary::from).collect())
    }
}
