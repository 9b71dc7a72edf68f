//! The content pack: what the builder writes, what the app embeds, what sync
//! will deliver. Its canonical encoding is serde's pretty JSON (stable field
//! order, diffable in review) with items sorted by id and texts by locale,
//! so the same content always gives the same bytes (and so the same hash and
//! signature).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::limits::*;
use super::taxonomy::*;
use super::{ContentError, Form, hours, markdown, phone, region, validate};

/// Version of the pack encoding this build reads and writes.
pub const PACK_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    pub format: u32,
    pub id: String,
    pub version: u64,
    pub articles: Vec<Article>,
    pub helplines: Vec<Helpline>,
    /// Report forms (absent in older packs; left out of the encoding when
    /// empty so those packs keep their canonical bytes).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forms: Vec<Form>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Article {
    pub id: String,
    pub category: Category,
    pub audiences: Vec<Audience>,
    pub sectors: Vec<Sector>,
    pub exploitation: Vec<ExploitationType>,
    pub regions: Vec<String>,
    pub order: i64,
    pub urgent: bool,
    pub texts: Vec<ArticleText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleText {
    pub locale: String,
    pub title: String,
    pub summary: String,
    /// CommonMark source.
    pub body: String,
    pub review: ReviewStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Helpline {
    pub id: String,
    pub country: String,
    pub regions: Vec<String>,
    pub emergency: bool,
    pub timezone: String,
    pub hours: String,
    pub languages: Vec<String>,
    pub cost: Cost,
    pub verified_on: String,
    pub source: String,
    pub order: i64,
    pub channels: Vec<Channel>,
    pub texts: Vec<HelplineText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Channel {
    pub kind: ChannelKind,
    /// E.164 or short code (phone, sms, whatsapp), https URL (webchat), address (email).
    pub value: String,
    /// A number as the helpline itself publishes it ("08000 121 700"), shown
    /// to people in its country so it matches the posters; it must be the
    /// same number as `value`.
    pub display: Option<String>,
    pub traces: Vec<Trace>,
    pub hours: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelplineText {
    pub locale: String,
    pub name: String,
    pub description: String,
    pub anonymity: Option<String>,
    pub confidentiality: Option<String>,
    pub review: ReviewStatus,
}

impl Pack {
    /// Puts items and texts in canonical order.
    pub fn canonicalize(&mut self) {
        self.articles.sort_by(|a, b| a.id.cmp(&b.id));
        self.helplines.sort_by(|a, b| a.id.cmp(&b.id));
        for a in &mut self.articles {
            a.texts.sort_by(|x, y| x.locale.cmp(&y.locale));
        }
        for h in &mut self.helplines {
            h.texts.sort_by(|x, y| x.locale.cmp(&y.locale));
        }
        self.forms.sort_by(|a, b| a.id.cmp(&b.id));
        self.forms.iter_mut().for_each(Form::canonicalize);
    }

    /// The canonical bytes of a valid pack.
    pub fn to_canonical_bytes(&self) -> Result<Vec<u8>, ContentError> {
        let mut pack = self.clone();
        pack.canonicalize();
        pack.validate()?;
        let mut bytes = serde_json::to_vec_pretty(&pack).map_err(|e| ContentError::Malformed(e.to_string()))?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// Decodes and fully validates untrusted pack bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Pack, ContentError> {
        if bytes.len() > MAX_PACK_BYTES {
            return Err(ContentError::TooLarge { size: bytes.len(), limit: MAX_PACK_BYTES });
        }
        let pack: Pack = serde_json::from_slice(bytes).map_err(|e| ContentError::Malformed(e.to_string()))?;
        pack.validate()?;
        Ok(pack)
    }

    /// Every rule content must pass before the store accepts it.
    pub fn validate(&self) -> Result<(), ContentError> {
        if self.format != PACK_FORMAT {
            return Err(ContentError::UnsupportedFormat { found: self.format, supported: PACK_FORMAT });
        }
        check("pack", "id", validate::id(&self.id))?;
        if self.articles.len() > MAX_ARTICLES || self.helplines.len() > MAX_HELPLINES {
            return Err(ContentError::invalid("pack", "items", "too many articles or helplines"));
        }
        unique("article", self.articles.iter().map(|a| a.id.as_str()))?;
        unique("helpline", self.helplines.iter().map(|h| h.id.as_str()))?;
        self.articles.iter().try_for_each(Article::validate)?;
        self.helplines.iter().try_for_each(Helpline::validate)?;
        self.validate_forms()
    }

    /// Forms are checked on their own, then against the pack: each belongs
    /// to a helpline of this pack, one form per helpline.
    fn validate_forms(&self) -> Result<(), ContentError> {
        if self.forms.len() > MAX_FORMS {
            return Err(ContentError::invalid("pack", "forms", format!("more than {MAX_FORMS} forms")));
        }
        unique("form", self.forms.iter().map(|f| f.id.as_str()))?;
        let mut served = HashSet::new();
        for form in &self.forms {
            form.validate()?;
            if !self.helplines.iter().any(|h| h.id == form.helpline) {
                return Err(ContentError::invalid(
                    format!("form {}", form.id),
                    "helpline",
                    "no such helpline in this pack",
                ));
            }
            if !served.insert(form.helpline.as_str()) {
                return Err(ContentError::invalid(
                    format!("form {}", form.id),
                    "helpline",
                    "the helpline already has a form",
                ));
            }
        }
        Ok(())
    }
}

fn check(item: &str, field: &str, result: Result<(), String>) -> Result<(), ContentError> {
    result.map_err(|reason| ContentError::invalid(item, field, reason))
}

fn unique<'a>(kind: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), ContentError> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(ContentError::invalid(format!("{kind} {id}"), "id", "duplicate id"));
        }
    }
    Ok(())
}

fn check_locales<'a>(item: &str, locales: impl Iterator<Item = &'a str>) -> Result<(), ContentError> {
    let locales: Vec<&str> = locales.collect();
    for tag in &locales {
        check(item, "locale", validate::locale(tag))?;
    }
    unique(&format!("{item} text"), locales.iter().copied())?;
    if !locales.contains(&"en") {
        return Err(ContentError::invalid(item, "texts", "an English (en) text is required: it is the last fallback"));
    }
    Ok(())
}

impl Article {
    fn validate(&self) -> Result<(), ContentError> {
        let item = format!("article {}", self.id);
        check(&item, "id", validate::id(&self.id))?;
        if self.audiences.is_empty() {
            return Err(ContentError::invalid(&item, "audiences", "at least one audience is required"));
        }
        check(&item, "regions", validate::list_len(&self.regions))?;
        for code in &self.regions {
            check(&item, "regions", region::check(code))?;
        }
        check_locales(&item, self.texts.iter().map(|t| t.locale.as_str()))?;
        for text in &self.texts {
            let at = |field: &str| format!("{}.{field}", text.locale);
            check(&item, &at("title"), validate::text(&text.title, MAX_TITLE_CHARS))?;
            check(&item, &at("summary"), validate::text(&text.summary, MAX_SUMMARY_CHARS))?;
            check(&item, &at("body"), validate::text(&text.body, MAX_BODY_BYTES))?;
            if let Some(problem) = markdown::problems(&text.body).into_iter().next() {
                return Err(ContentError::invalid(&item, at("body"), problem.reason));
            }
        }
        Ok(())
    }
}

impl Helpline {
    fn validate(&self) -> Result<(), ContentError> {
        let item = format!("helpline {}", self.id);
        check(&item, "id", validate::id(&self.id))?;
        check(&item, "country", region::check(&self.country))?;
        if self.country.contains('-') {
            return Err(ContentError::invalid(&item, "country", "a country, not a subdivision"));
        }
        if self.regions.is_empty() {
            return Err(ContentError::invalid(&item, "regions", "at least one region is required"));
        }
        check(&item, "regions", validate::list_len(&self.regions))?;
        for code in &self.regions {
            check(&item, "regions", region::check(code))?;
        }
        check(&item, "timezone", hours::parse_timezone(&self.timezone).map(|_| ()))?;
        check(&item, "hours", hours::check_expression(&self.hours))?;
        check(&item, "languages", validate::list_len(&self.languages))?;
        for tag in &self.languages {
            check(&item, "languages", validate::locale(tag))?;
        }
        check(&item, "verified_on", validate::date(&self.verified_on))?;
        check(&item, "source", validate::https_url(&self.source))?;
        if self.channels.is_empty() || self.channels.len() > MAX_CHANNELS {
            return Err(ContentError::invalid(&item, "channels", format!("between 1 and {MAX_CHANNELS} channels")));
        }
        for (i, channel) in self.channels.iter().enumerate() {
            check(&item, &format!("channels[{i}]"), channel.validate(&self.country))?;
        }
        check_locales(&item, self.texts.iter().map(|t| t.locale.as_str()))?;
        for text in &self.texts {
            let at = |field: &str| format!("{}.{field}", text.locale);
            check(&item, &at("name"), validate::text(&text.name, MAX_NAME_CHARS))?;
            check(&item, &at("description"), validate::text(&text.description, MAX_DESCRIPTION_CHARS))?;
            for (field, note) in [("anonymity", &text.anonymity), ("confidentiality", &text.confidentiality)] {
                if let Some(note) = note {
                    check(&item, &at(field), validate::text(note, MAX_NOTE_CHARS))?;
                }
            }
        }
        Ok(())
    }
}

impl Channel {
    fn validate(&self, country: &str) -> Result<(), String> {
        if let Some(display) = &self.display {
            let as_dialled = phone::normalize(country, display)?;
            if as_dialled.value != self.value {
                return Err(format!("display {display:?} is not the same number as {:?}", self.value));
            }
        }
        match self.kind {
            ChannelKind::Phone | ChannelKind::Sms | ChannelKind::WhatsApp => phone::check_stored(&self.value)?,
            ChannelKind::WebChat => validate::https_url(&self.value)?,
            ChannelKind::Email => validate::email(&self.value)?,
        }
        if self.kind == ChannelKind::WhatsApp && !self.value.starts_with('+') {
            return Err("a WhatsApp number must be a full international number".into());
        }
        if let Some(expr) = &self.hours {
            hours::check_expression(expr)?;
        }
        Ok(())
    }
}
