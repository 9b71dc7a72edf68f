//! The home screen: urgent help first, then the information categories.

use haven_core::views as core;

use super::articles::{ArticleSummary, Category};
use super::common::{RegionItem, UsedLocale, list};
use super::helplines::HelplineItem;
use crate::{Haven, HavenError};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HomeView {
    pub locale: UsedLocale,
    pub title: String,
    pub region: Option<RegionItem>,
    pub region_label: String,
    pub urgent_title: String,
    /// Emergency services for the user's region, ready to call.
    pub urgent_helplines: Vec<HelplineItem>,
    /// Shown when no region is known, in place of emergency numbers.
    pub urgent_hint: Option<String>,
    pub urgent_articles: Vec<ArticleSummary>,
    pub categories_title: String,
    pub categories: Vec<CategoryItem>,
}

impl From<core::HomeView> for HomeView {
    fn from(v: core::HomeView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            region: v.region.map(Into::into),
            region_label: v.region_label,
            urgent_title: v.urgent_title,
            urgent_helplines: list(v.urgent_helplines),
            urgent_hint: v.urgent_hint,
            urgent_articles: list(v.urgent_articles),
            categories_title: v.categories_title,
            categories: list(v.categories),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct CategoryItem {
    pub category: Category,
    pub label: String,
    pub description: String,
    pub count: u32,
    pub count_label: String,
}

impl From<core::CategoryItem> for CategoryItem {
    fn from(c: core::CategoryItem) -> Self {
        Self {
            category: c.category.into(),
            label: c.label,
            description: c.description,
            count: c.count,
            count_label: c.count_label,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// The home screen.
    pub fn home(&self) -> Result<HomeView, HavenError> {
        Ok(self.inner.home()?.into())
    }
}
