//! The rules a form must pass. Reasons name the form's own parts, never
//! anything a user typed.

use std::collections::HashSet;
use std::str::FromStr;

use super::{FieldKind, Form, FormField};
use crate::content::limits::*;
use crate::content::{ContentError, validate};

/// Step, field and option ids: `snake_case`, as they appear in reports.
pub fn key_id(value: &str) -> Result<(), String> {
    let ok = !value.is_empty()
        && value.len() <= MAX_ID_LEN
        && value.starts_with(|c: char| c.is_ascii_lowercase())
        && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if ok { Ok(()) } else { Err(format!("{value:?} is not a key (a-z, 0-9 and _, starting with a letter)")) }
}

/// An HTCDS field or value name: ASCII letters and digits.
fn htcds_name(value: &str) -> Result<(), String> {
    let ok = !value.is_empty() && value.len() <= MAX_ID_LEN && value.bytes().all(|b| b.is_ascii_alphanumeric());
    if ok { Ok(()) } else { Err(format!("{value:?} is not an HTCDS name")) }
}

/// An age X25519 recipient (`age1...`).
pub fn recipient(value: &str) -> Result<(), String> {
    age::x25519::Recipient::from_str(value).map(|_| ()).map_err(|_| "not an age X25519 recipient (age1...)".into())
}

impl Form {
    pub fn validate(&self) -> Result<(), ContentError> {
        let item = format!("form {}", self.id);
        let check =
            |field: &str, r: Result<(), String>| r.map_err(|reason| ContentError::invalid(&item, field, reason));
        check("id", validate::id(&self.id))?;
        check("helpline", validate::id(&self.helpline))?;
        if self.version == 0 {
            return Err(ContentError::invalid(&item, "version", "versions start at 1"));
        }
        check("intake_url", crate::net::check_url(&self.intake_url).map(|_| ()).map_err(|e| e.to_string()))?;
        check("recipient", recipient(&self.recipient))?;
        if self.steps.is_empty() || self.steps.len() > MAX_FORM_STEPS {
            return Err(ContentError::invalid(&item, "steps", format!("between 1 and {MAX_FORM_STEPS} steps")));
        }
        let count = self.fields().count();
        if count > MAX_FORM_FIELDS {
            return Err(ContentError::invalid(&item, "steps", format!("more than {MAX_FORM_FIELDS} questions")));
        }
        let mut ids = HashSet::from(["title"]);
        let mut contacts = 0;
        for step in &self.steps {
            check(&format!("steps.{}", step.id), key_id(&step.id))?;
            if !ids.insert(&step.id) {
                return Err(ContentError::invalid(&item, format!("steps.{}", step.id), "duplicate id"));
            }
            if step.fields.is_empty() {
                return Err(ContentError::invalid(&item, format!("steps.{}", step.id), "a step needs a question"));
            }
            for field in &step.fields {
                check(&format!("fields.{}", field.id), field.validate())?;
                if !ids.insert(&field.id) {
                    return Err(ContentError::invalid(&item, format!("fields.{}", field.id), "duplicate id"));
                }
                contacts += usize::from(field.kind == FieldKind::Contact);
            }
        }
        if contacts > 1 {
            return Err(ContentError::invalid(&item, "fields", "at most one contact question"));
        }
        self.validate_texts(&item)
    }

    fn validate_texts(&self, item: &str) -> Result<(), ContentError> {
        let keys = self.label_keys();
        let known: HashSet<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
        let mut locales = HashSet::new();
        for text in &self.texts {
            let at = |key: &str| format!("{}.{key}", text.locale);
            validate::locale(&text.locale).map_err(|r| ContentError::invalid(item, "texts", r))?;
            if !locales.insert(text.locale.as_str()) {
                return Err(ContentError::invalid(item, at("locale"), "duplicate locale"));
            }
            for (key, value) in &text.labels {
                if !known.contains(key.as_str()) {
                    return Err(ContentError::invalid(item, at(key), "no such step, question or option"));
                }
                let max = if key.ends_with(".help") { MAX_HELP_CHARS } else { MAX_LABEL_CHARS };
                validate::text(value, max).map_err(|r| ContentError::invalid(item, at(key), r))?;
            }
        }
        let english = self
            .texts
            .iter()
            .find(|t| t.locale == "en")
            .ok_or_else(|| ContentError::invalid(item, "texts", "an English (en) text is required"))?;
        for (key, required) in keys {
            if required && !english.labels.contains_key(&key) {
                return Err(ContentError::invalid(item, format!("en.{key}"), "missing English label"));
            }
        }
        Ok(())
    }
}

impl FormField {
    fn validate(&self) -> Result<(), String> {
        key_id(&self.id)?;
        if let Some(name) = &self.htcds {
            htcds_name(name)?;
        }
        match (self.kind, self.max_chars) {
            (FieldKind::Text, Some(n)) if n == 0 || n as usize > MAX_TEXT_ANSWER_CHARS => {
                return Err(format!("max_chars must be between 1 and {MAX_TEXT_ANSWER_CHARS}"));
            }
            (FieldKind::Text, _) => {}
            (_, Some(_)) => return Err("max_chars is for text questions only".into()),
            (_, None) => {}
        }
        if self.kind.has_options() {
            if self.options.len() < 2 || self.options.len() > MAX_FIELD_OPTIONS {
                return Err(format!("between 2 and {MAX_FIELD_OPTIONS} options"));
            }
        } else if !self.options.is_empty() {
            return Err("options are for choice questions only".into());
        }
        let mut seen = HashSet::new();
        for option in &self.options {
            key_id(&option.value)?;
            if let Some(name) = &option.htcds {
                htcds_name(name)?;
            }
            if !seen.insert(&option.value) {
                return Err(format!("option {:?} appears twice", option.value));
            }
        }
        if self.kind == FieldKind::Contact && self.optional {
            return Err("the contact question cannot be optional (anonymous is its default answer)".into());
        }
        Ok(())
    }
}
