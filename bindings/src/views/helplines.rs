//! Helplines for a region, ordered for someone who needs help now.

use haven_core::content::ChannelKind as CoreChannelKind;
use haven_core::views::{self as core, OpenStatus as CoreOpenStatus};

use super::common::{RegionItem, UsedLocale, list};
use crate::error::naming;
use crate::{Haven, HavenError};

mirror_enum! {
    /// How a helpline is reached.
    ChannelKind mirrors CoreChannelKind { Phone, Sms, WhatsApp, WebChat, Email }
}

mirror_enum! {
    /// Whether a helpline is open now, by its hours in its own time zone.
    OpenStatus mirrors CoreOpenStatus { Open, Closed, Unknown }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HelplinesView {
    pub locale: UsedLocale,
    pub title: String,
    pub region: Option<RegionItem>,
    /// Emergency services first, then those open now, then the rest.
    pub items: Vec<HelplineItem>,
    pub empty_text: String,
    pub choose_region_label: String,
}

impl From<core::HelplinesView> for HelplinesView {
    fn from(v: core::HelplinesView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            region: v.region.map(Into::into),
            items: list(v.items),
            empty_text: v.empty_text,
            choose_region_label: v.choose_region_label,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct HelplineItem {
    pub id: String,
    pub locale: UsedLocale,
    pub name: String,
    pub description: String,
    pub emergency: bool,
    pub emergency_label: Option<String>,
    pub status: OpenStatus,
    pub status_text: String,
    pub cost_text: String,
    pub languages_text: String,
    pub anonymity: Option<String>,
    pub confidentiality: Option<String>,
    pub coverage_text: String,
    pub verified_text: String,
    pub source: String,
    pub channels: Vec<ChannelItem>,
}

impl From<core::HelplineItem> for HelplineItem {
    fn from(h: core::HelplineItem) -> Self {
        Self {
            id: h.id,
            locale: h.locale.into(),
            name: h.name,
            description: h.description,
            emergency: h.emergency,
            emergency_label: h.emergency_label,
            status: h.status.into(),
            status_text: h.status_text,
            cost_text: h.cost_text,
            languages_text: h.languages_text,
            anonymity: h.anonymity,
            confidentiality: h.confidentiality,
            coverage_text: h.coverage_text,
            verified_text: h.verified_text,
            source: h.source,
            channels: list(h.channels),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ChannelItem {
    pub kind: ChannelKind,
    /// "Call", "Text", ...
    pub label: String,
    /// How to show the contact: a number in the viewer's format, a URL, an address.
    pub display: String,
    /// What the shell opens: `tel:`, `sms:`, `https:` or `mailto:`.
    pub uri: String,
    /// What using this channel leaves outside Haven, for someone checking the phone to find.
    pub warnings: Vec<String>,
    /// Set when this channel keeps hours of its own.
    pub status_text: Option<String>,
}

impl From<core::ChannelItem> for ChannelItem {
    fn from(c: core::ChannelItem) -> Self {
        Self {
            kind: c.kind.into(),
            label: c.label,
            display: c.display,
            uri: c.uri,
            warnings: c.warnings,
            status_text: c.status_text,
        }
    }
}

#[uniffi::export]
impl Haven {
    /// Helplines for a region (ISO 3166, e.g. "GB"); the user's when `None`.
    pub fn helplines(&self, region: Option<String>) -> Result<HelplinesView, HavenError> {
        Ok(self.inner.helplines(region.as_deref()).map_err(naming("the region code"))?.into())
    }
}
