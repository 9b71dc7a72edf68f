use chrono::{DateTime, Utc};
use serde::Serialize;

use super::common::{RegionItem, UsedLocale, region_name};
pub use super::hours_text::OpenStatus;
use super::hours_text::describe;
use crate::content::hours::{self, OpenState};
use crate::content::{Channel, ChannelKind, phone, region};
use crate::haven::ViewContext;
use crate::i18n::{Strings, locales};
use crate::store::HelplineRow;
use crate::{Error, Haven};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HelplinesView {
    pub locale: UsedLocale,
    pub title: String,
    pub region: Option<RegionItem>,
    /// Emergency services first, then those open now, then the rest.
    pub items: Vec<HelplineItem>,
    pub empty_text: String,
    pub choose_region_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

impl Haven {
    /// Helplines for a region (the user's when `None`), ordered for someone
    /// who needs help now.
    pub fn helplines(&self, region: Option<&str>) -> Result<HelplinesView, Error> {
        self.helplines_at(region, Utc::now())
    }

    /// `helplines` as at a given moment (for tests and previews).
    pub fn helplines_at(&self, region: Option<&str>, now: DateTime<Utc>) -> Result<HelplinesView, Error> {
        if let Some(code) = region {
            region::check(code).map_err(Error::InvalidArgument)?;
        }
        let ctx = self.context()?;
        let s = ctx.strings();
        let region = region.map(str::to_owned).or_else(|| ctx.region.clone());
        let items = self.helpline_items(&ctx, region.as_deref(), now)?;
        Ok(HelplinesView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: match &region {
                Some(code) => s.get_args("helplines-in-region", &[("region", region_name(code, &s).into())]),
                None => s.get("helplines-everywhere"),
            },
            region: region.as_deref().map(|code| RegionItem::new(code, &s)),
            items,
            empty_text: s.get("helplines-empty"),
            choose_region_label: s.get("helplines-choose-region"),
        })
    }

    pub(crate) fn helpline_items(
        &self,
        ctx: &ViewContext,
        region: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<Vec<HelplineItem>, Error> {
        let rows = self.reader(|r| Ok(r.helplines(region, ctx.content_locale)?))?;
        let s = ctx.strings();
        let viewer_country = region.map(region::country_of);
        let mut items: Vec<(HelplineItem, bool)> = rows
            .into_iter()
            .map(|row| {
                let state = hours::evaluate(&row.hours, &row.timezone, &row.country, now);
                let open = matches!(state, OpenState::AlwaysOpen | OpenState::Open { .. });
                (helpline_item(row, state, now, ctx, viewer_country, &s), open)
            })
            .collect();
        // Stable: within each group the store's order (position) holds.
        items.sort_by_key(|(item, open)| (!item.emergency, !open));
        Ok(items.into_iter().map(|(item, _)| item).collect())
    }
}

fn helpline_item(
    row: HelplineRow,
    state: OpenState,
    now: DateTime<Utc>,
    ctx: &ViewContext,
    viewer_country: Option<&str>,
    s: &Strings,
) -> HelplineItem {
    let tz = ctx.time_zone.as_deref();
    let (status, status_text) = describe(state, now, &row.timezone, tz, s);
    let languages = row
        .languages
        .iter()
        .map(|tag| locales::find(tag).map_or(tag.as_str(), |l| l.endonym))
        .collect::<Vec<_>>()
        .join(", ");
    let regions = row.regions.iter().map(|code| region_name(code, s)).collect::<Vec<_>>().join(", ");
    let channels = row
        .channels
        .iter()
        .map(|c| {
            let channel_state = c.hours.as_deref().map(|h| hours::evaluate(h, &row.timezone, &row.country, now));
            channel_item(c, viewer_country, channel_state.map(|st| describe(st, now, &row.timezone, tz, s).1), s)
        })
        .collect();
    HelplineItem {
        locale: UsedLocale::of(&row.locale),
        emergency_label: row.emergency.then(|| s.get("helpline-emergency")),
        emergency: row.emergency,
        status,
        status_text,
        cost_text: s.get(&format!("cost-{}", row.cost.as_str())),
        languages_text: s.get_args("helpline-languages", &[("languages", languages.into())]),
        coverage_text: s.get_args("helpline-covers", &[("regions", regions.into())]),
        verified_text: s.get_args(
            "helpline-verified",
            &[("date", row.verified_on.clone().into()), ("source", source_host(&row.source).into())],
        ),
        channels,
        id: row.id,
        name: row.name,
        description: row.description,
        anonymity: row.anonymity,
        confidentiality: row.confidentiality,
        source: row.source,
    }
}

fn channel_item(c: &Channel, viewer_country: Option<&str>, status_text: Option<String>, s: &Strings) -> ChannelItem {
    let number = phone::display(&c.value, c.display.as_deref(), viewer_country);
    let (display, uri) = match c.kind {
        ChannelKind::Phone => (number, format!("tel:{}", c.value)),
        ChannelKind::Sms => (number, format!("sms:{}", c.value)),
        ChannelKind::WhatsApp => (number, format!("https://wa.me/{}", c.value.trim_start_matches('+'))),
        ChannelKind::WebChat => (source_host(&c.value).to_owned(), c.value.clone()),
        ChannelKind::Email => (c.value.clone(), format!("mailto:{}", c.value)),
    };
    ChannelItem {
        kind: c.kind,
        label: s.get(&format!("channel-{}", c.kind.as_str())),
        display,
        uri,
        warnings: c.traces.iter().map(|t| s.get(&format!("trace-{}", t.as_str()))).collect(),
        status_text,
    }
}

/// `https://www.example.org/contact` -> `www.example.org`.
fn source_host(url: &str) -> &str {
    let rest = url.strip_prefix("https://").unwrap_or(url);
    rest.split(['/', '?', '#']).next().unwrap_or(rest)
}
