//! The article list (browse by category, sector or audience) and the
//! vocabularies it filters by.

use haven_core::content::{Audience as CoreAudience, Category as CoreCategory, Sector as CoreSector};
use haven_core::store::ArticleFilter as CoreFilter;
use haven_core::views as core;

use super::common::{UsedLocale, list};
use crate::{Haven, HavenError};

mirror_enum! {
    /// The sections of the app an article belongs to.
    Category mirrors CoreCategory { Understanding, Signs, Rights, Help, Safety, Reporting }
}

mirror_enum! {
    /// Where people are exploited, for sector-specific signs.
    Sector mirrors CoreSector {
        CarWash, NailBar, Agriculture, Construction, Hospitality, DomesticWork,
        FactoryWarehouse, Fishing, SexualExploitation, CriminalExploitation,
    }
}

mirror_enum! {
    /// Who an article is written for.
    Audience mirrors CoreAudience { PotentialVictim, Public, Worker }
}

/// Which articles to list; every field is optional.
#[derive(Debug, Clone, Default, uniffi::Record)]
pub struct ArticleFilter {
    #[uniffi(default)]
    pub category: Option<Category>,
    #[uniffi(default)]
    pub sector: Option<Sector>,
    #[uniffi(default)]
    pub audience: Option<Audience>,
    /// Articles for this region plus those for everywhere (the user's region when unset).
    #[uniffi(default)]
    pub region: Option<String>,
    #[uniffi(default)]
    pub urgent_only: bool,
    /// Page size (0: the core's default) and 0-based page number.
    #[uniffi(default)]
    pub limit: u32,
    #[uniffi(default)]
    pub page: u32,
}

impl From<ArticleFilter> for CoreFilter {
    fn from(f: ArticleFilter) -> Self {
        CoreFilter {
            category: f.category.map(Into::into),
            sector: f.sector.map(Into::into),
            audience: f.audience.map(Into::into),
            region: f.region,
            urgent_only: f.urgent_only,
            limit: f.limit,
            page: f.page,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ArticleListView {
    pub locale: UsedLocale,
    pub title: String,
    pub items: Vec<ArticleSummary>,
    /// Shown when `items` is empty.
    pub empty_text: String,
    pub page: u32,
    pub has_more: bool,
}

impl From<core::ArticleListView> for ArticleListView {
    fn from(v: core::ArticleListView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            items: list(v.items),
            empty_text: v.empty_text,
            page: v.page,
            has_more: v.has_more,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ArticleSummary {
    pub id: String,
    pub category: Category,
    pub title: String,
    pub summary: String,
    pub urgent: bool,
    /// The language this item is shown in (English when the user's has no translation).
    pub locale: UsedLocale,
    pub machine_translated: bool,
}

impl From<core::ArticleSummary> for ArticleSummary {
    fn from(a: core::ArticleSummary) -> Self {
        Self {
            id: a.id,
            category: a.category.into(),
            title: a.title,
            summary: a.summary,
            urgent: a.urgent,
            locale: a.locale.into(),
            machine_translated: a.machine_translated,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// A page of articles. The user's region applies unless the filter names one.
    pub fn articles(&self, filter: ArticleFilter) -> Result<ArticleListView, HavenError> {
        Ok(self.inner.articles(&filter.into())?.into())
    }
}
