use serde::Serialize;

use super::articles::ArticleSummary;
use super::common::{RegionItem, UsedLocale};
use super::helplines::HelplineItem;
use crate::content::Category;
use crate::store::ArticleFilter;
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CategoryItem {
    pub category: Category,
    pub label: String,
    pub description: String,
    pub count: u32,
    pub count_label: String,
}

impl Haven {
    /// The home screen: urgent help first, then the information categories.
    pub fn home(&self) -> Result<HomeView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let region = ctx.region.as_deref();
        let counts = self.reader(|r| Ok(r.category_counts(region)?))?;
        let categories = Category::ALL
            .iter()
            .filter_map(|category| {
                let count = counts.iter().find(|(c, _)| c == category).map(|(_, n)| *n)?;
                let id = format!("category-{}", category.as_str());
                Some(CategoryItem {
                    category: *category,
                    label: s.get(&id),
                    description: s.get_attr(&id, "description"),
                    count,
                    count_label: s.get_args("article-count", &[("count", count.into())]),
                })
            })
            .collect();
        let urgent_filter = ArticleFilter { urgent_only: true, region: ctx.region.clone(), ..ArticleFilter::default() };
        let urgent_articles = self.article_summaries(&ctx, &urgent_filter)?;
        let urgent_helplines = match region {
            Some(_) => {
                self.helpline_items(&ctx, region, chrono::Utc::now())?.into_iter().filter(|h| h.emergency).collect()
            }
            None => Vec::new(),
        };
        Ok(HomeView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: s.get("home-title"),
            region_label: match region {
                Some(code) => s.get_args("home-region", &[("region", super::common::region_name(code, &s).into())]),
                None => s.get("home-region-unset"),
            },
            region: region.map(|code| RegionItem::new(code, &s)),
            urgent_title: s.get("home-urgent"),
            urgent_hint: region.is_none().then(|| s.get("home-urgent-none")),
            urgent_helplines,
            urgent_articles,
            categories_title: s.get("home-categories"),
            categories,
        })
    }
}
