//! A helpline folder: `helpline.toml` plus one `<locale>.toml` per language.

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::article::{check_field, names, words};
use super::file::SourceFile;
use super::{BuildErrors, locale_files};
use crate::content::limits::{MAX_DESCRIPTION_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS};
use crate::content::taxonomy::*;
use crate::content::{Channel, Helpline, HelplineText, hours, phone, region, validate};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct HelplineMeta {
    country: Spanned<String>,
    regions: Vec<Spanned<String>>,
    emergency: bool,
    timezone: Spanned<String>,
    hours: Spanned<String>,
    languages: Vec<Spanned<String>>,
    cost: Spanned<String>,
    verified_on: Spanned<toml::value::Datetime>,
    source: Spanned<String>,
    order: i64,
    channels: Vec<ChannelSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ChannelSource {
    kind: Spanned<String>,
    value: Spanned<String>,
    #[serde(default)]
    traces: Vec<Spanned<String>>,
    hours: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextSource {
    review: Spanned<String>,
    name: Spanned<String>,
    description: Spanned<String>,
    anonymity: Option<Spanned<String>>,
    confidentiality: Option<Spanned<String>>,
}

pub(super) fn build(dir: &Path, id: &str) -> Result<Helpline, BuildErrors> {
    let mut errors = BuildErrors::default();
    let file = SourceFile::read(&dir.join("helpline.toml"))?;
    let meta: HelplineMeta = file.parse_toml(&file.text, 0)?;
    let f = &file;

    check_field(f, &meta.country, region::check(meta.country.get_ref()), &mut errors);
    for code in &meta.regions {
        check_field(f, code, region::check(code.get_ref()), &mut errors);
    }
    check_field(f, &meta.timezone, hours::parse_timezone(meta.timezone.get_ref()).map(|_| ()), &mut errors);
    check_field(f, &meta.hours, hours::check_expression(meta.hours.get_ref()), &mut errors);
    for tag in &meta.languages {
        check_field(f, tag, validate::locale(tag.get_ref()), &mut errors);
    }
    check_field(f, &meta.source, validate::https_url(meta.source.get_ref()), &mut errors);
    let cost = Cost::parse(meta.cost.get_ref());
    if cost.is_none() {
        let expected = names(Cost::ALL, Cost::as_str).join(", ");
        errors.push(f.error_at(meta.cost.span(), format!("unknown cost; expected one of: {expected}")));
    }
    let verified_on = meta.verified_on.get_ref().to_string();
    if let Err(reason) = validate::date(&verified_on) {
        errors.push(f.error_at(meta.verified_on.span(), reason));
    }

    let channels = meta.channels.iter().filter_map(|c| channel(f, meta.country.get_ref(), c, &mut errors)).collect();

    let mut texts = Vec::new();
    for (locale, text_file) in locale_files(dir, "toml", "helpline.toml", &mut errors) {
        match helpline_text(&text_file, &locale) {
            Ok(text) => texts.push(text),
            Err(e) => errors.extend(e),
        }
    }
    let helpline = Helpline {
        id: id.to_owned(),
        country: meta.country.into_inner(),
        regions: meta.regions.into_iter().map(Spanned::into_inner).collect(),
        emergency: meta.emergency,
        timezone: meta.timezone.into_inner(),
        hours: meta.hours.into_inner(),
        languages: meta.languages.into_iter().map(Spanned::into_inner).collect(),
        cost: cost.unwrap_or(Cost::Free),
        verified_on,
        source: meta.source.into_inner(),
        order: meta.order,
        channels,
        texts,
    };
    errors.into_result(helpline)
}

fn channel(f: &SourceFile, country: &str, source: &ChannelSource, errors: &mut BuildErrors) -> Option<Channel> {
    let Some(kind) = ChannelKind::parse(source.kind.get_ref()) else {
        let expected = names(ChannelKind::ALL, ChannelKind::as_str).join(", ");
        errors.push(f.error_at(source.kind.span(), format!("unknown channel kind; expected one of: {expected}")));
        return None;
    };
    let raw = source.value.get_ref();
    let value = match kind {
        ChannelKind::Phone | ChannelKind::Sms | ChannelKind::WhatsApp => {
            phone::normalize(country, raw).map(|n| n.value)
        }
        ChannelKind::WebChat => validate::https_url(raw).map(|()| raw.clone()),
        ChannelKind::Email => validate::email(raw).map(|()| raw.clone()),
    };
    let value = value.map_err(|reason| errors.push(f.error_at(source.value.span(), reason))).ok()?;
    // Numbers keep the publisher's spelling for display when it differs from E.164.
    let display = matches!(kind, ChannelKind::Phone | ChannelKind::Sms | ChannelKind::WhatsApp)
        .then(|| raw.trim().to_owned())
        .filter(|d| *d != value);
    let traces = words(f, &source.traces, Trace::parse, &names(Trace::ALL, Trace::as_str), errors);
    if let Some(h) = &source.hours {
        check_field(f, h, hours::check_expression(h.get_ref()), errors);
    }
    Some(Channel { kind, value, display, traces, hours: source.hours.as_ref().map(|h| h.get_ref().clone()) })
}

fn helpline_text(file: &SourceFile, locale: &str) -> Result<HelplineText, BuildErrors> {
    let mut errors = BuildErrors::default();
    let source: TextSource = file.parse_toml(&file.text, 0)?;
    check_field(file, &source.name, validate::text(source.name.get_ref(), MAX_NAME_CHARS), &mut errors);
    check_field(
        file,
        &source.description,
        validate::text(source.description.get_ref(), MAX_DESCRIPTION_CHARS),
        &mut errors,
    );
    for note in [&source.anonymity, &source.confidentiality].into_iter().flatten() {
        check_field(file, note, validate::text(note.get_ref(), MAX_NOTE_CHARS), &mut errors);
    }
    let review = ReviewStatus::parse(source.review.get_ref());
    if review.is_none() {
        let expected = names(ReviewStatus::ALL, ReviewStatus::as_str).join(", ");
        errors.push(file.error_at(source.review.span(), format!("unknown review status; expected one of: {expected}")));
    }
    let text = HelplineText {
        locale: locale.to_owned(),
        name: source.name.into_inner(),
        description: source.description.into_inner(),
        anonymity: source.anonymity.map(Spanned::into_inner),
        confidentiality: source.confidentiality.map(Spanned::into_inner),
        review: review.unwrap_or(ReviewStatus::Machine),
    };
    errors.into_result(text)
}
