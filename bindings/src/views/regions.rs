//! The region picker: the countries and areas Haven has helplines for.

use haven_core::views as core;

use super::common::{RegionItem, UsedLocale, list};
use crate::{Haven, HavenError};

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct RegionsView {
    pub locale: UsedLocale,
    pub title: String,
    /// Named in the UI language and sorted by that name.
    pub items: Vec<RegionItem>,
    pub selected: Option<String>,
}

impl From<core::RegionsView> for RegionsView {
    fn from(v: core::RegionsView) -> Self {
        Self { locale: v.locale.into(), title: v.title, items: list(v.items), selected: v.selected }
    }
}

#[uniffi::export]
impl Haven {
    pub fn regions(&self) -> Result<RegionsView, HavenError> {
        Ok(self.inner.regions()?.into())
    }
}
