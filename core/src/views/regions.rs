use serde::Serialize;

use super::common::{RegionItem, UsedLocale};
use crate::{Error, Haven};

/// The countries and areas Haven has helplines for, named in the UI language
/// and sorted by that name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RegionsView {
    pub locale: UsedLocale,
    pub title: String,
    pub items: Vec<RegionItem>,
    pub selected: Option<String>,
}

impl Haven {
    pub fn regions(&self) -> Result<RegionsView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let codes = self.reader(|r| Ok(r.helpline_region_codes()?))?;
        let mut items: Vec<RegionItem> = codes.iter().map(|code| RegionItem::new(code, &s)).collect();
        items.sort_by_key(|a| a.name.to_lowercase());
        Ok(RegionsView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: s.get("helplines-choose-region"),
            items,
            selected: ctx.region.clone(),
        })
    }
}
