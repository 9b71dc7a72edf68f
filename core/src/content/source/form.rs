//! A form folder: `form.toml` (steps, questions, where reports go) plus one
//! `<locale>.toml` per language with its labels.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::article::{check_field, names};
use super::file::SourceFile;
use super::{BuildError, BuildErrors, locale_files};
use crate::content::form::validate::{key_id, recipient};
use crate::content::{FieldKind, Form, FormField, FormOption, FormStep, FormText, ReviewStatus, validate};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FormMeta {
    version: u32,
    helpline: Spanned<String>,
    intake_url: Spanned<String>,
    recipient: Spanned<String>,
    steps: Vec<StepSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StepSource {
    id: Spanned<String>,
    fields: Vec<FieldSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldSource {
    id: Spanned<String>,
    kind: Spanned<String>,
    htcds: Option<String>,
    #[serde(default)]
    optional: bool,
    max_chars: Option<u32>,
    #[serde(default)]
    options: Vec<OptionSource>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OptionSource {
    value: Spanned<String>,
    htcds: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextSource {
    review: Spanned<String>,
    labels: BTreeMap<String, Spanned<String>>,
}

const KINDS: &[&str] = &["choice", "multi_choice", "text", "date", "datetime", "place", "contact"];

fn kind(name: &str) -> Option<FieldKind> {
    serde_json::from_value(serde_json::Value::String(name.to_owned())).ok()
}

pub(super) fn build(dir: &Path, id: &str) -> Result<Form, BuildErrors> {
    let mut errors = BuildErrors::default();
    let file = SourceFile::read(&dir.join("form.toml"))?;
    let meta: FormMeta = file.parse_toml(&file.text, 0)?;
    let f = &file;
    check_field(f, &meta.helpline, validate::id(meta.helpline.get_ref()), &mut errors);
    let url_check = crate::net::check_url(meta.intake_url.get_ref()).map(|_| ()).map_err(|e| e.to_string());
    check_field(f, &meta.intake_url, url_check, &mut errors);
    check_field(f, &meta.recipient, recipient(meta.recipient.get_ref()), &mut errors);

    let mut steps = Vec::new();
    for step in meta.steps {
        check_field(f, &step.id, key_id(step.id.get_ref()), &mut errors);
        let fields = step.fields.into_iter().filter_map(|field| build_field(f, field, &mut errors)).collect();
        steps.push(FormStep { id: step.id.into_inner(), fields });
    }

    let mut texts = Vec::new();
    for (locale, text_file) in locale_files(dir, "toml", "form.toml", &mut errors) {
        match form_text(&text_file, &locale) {
            Ok(text) => texts.push(text),
            Err(e) => errors.extend(e),
        }
    }
    let mut form = Form {
        id: id.to_owned(),
        version: meta.version,
        helpline: meta.helpline.into_inner(),
        intake_url: meta.intake_url.into_inner(),
        recipient: meta.recipient.into_inner(),
        steps,
        texts,
    };
    form.canonicalize();
    if errors.is_empty() {
        // Whole-form rules (duplicate ids, missing English labels...) name the part at fault.
        form.validate().map_err(|e| BuildErrors::one(BuildError::new(&dir.join("form.toml"), None, e.to_string())))?;
    }
    errors.into_result(form)
}

fn build_field(f: &SourceFile, source: FieldSource, errors: &mut BuildErrors) -> Option<FormField> {
    check_field(f, &source.id, key_id(source.id.get_ref()), errors);
    let Some(kind) = kind(source.kind.get_ref()) else {
        errors.push(f.error_at(source.kind.span(), format!("unknown kind; expected one of: {}", KINDS.join(", "))));
        return None;
    };
    let options = source
        .options
        .into_iter()
        .map(|o| {
            check_field(f, &o.value, key_id(o.value.get_ref()), errors);
            FormOption { value: o.value.into_inner(), htcds: o.htcds }
        })
        .collect();
    Some(FormField {
        id: source.id.into_inner(),
        kind,
        htcds: source.htcds,
        optional: source.optional,
        max_chars: source.max_chars,
        options,
    })
}

fn form_text(file: &SourceFile, locale: &str) -> Result<FormText, BuildErrors> {
    let mut errors = BuildErrors::default();
    let source: TextSource = file.parse_toml(&file.text, 0)?;
    let review = ReviewStatus::parse(source.review.get_ref());
    if review.is_none() {
        let expected = names(ReviewStatus::ALL, ReviewStatus::as_str).join(", ");
        errors.push(file.error_at(source.review.span(), format!("unknown review status; expected one of: {expected}")));
    }
    for value in source.labels.values() {
        check_field(file, value, validate::text(value.get_ref(), crate::content::limits::MAX_HELP_CHARS), &mut errors);
    }
    let labels = source.labels.into_iter().map(|(k, v)| (k, v.into_inner())).collect();
    errors.into_result(FormText { locale: locale.to_owned(), review: review.unwrap_or(ReviewStatus::Machine), labels })
}
