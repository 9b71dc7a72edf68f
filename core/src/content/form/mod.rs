//! Report forms as content: a helpline publishes the questions it wants
//! answered, in steps, with labels in each language, the HTCDS field each
//! answer maps to, where reports go (`intake_url`) and the age key they are
//! sealed to (`recipient`). Forms arrive in packs like articles and
//! helplines, and pass the same kind of checks before the store takes them.

pub(crate) mod validate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::ReviewStatus;

/// The kinds of question a form can ask. Their names are the `kind` values
/// of the report wire format (docs/reports.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// One option.
    Choice,
    /// Any number of options.
    MultiChoice,
    /// Free text, at most `max_chars`.
    Text,
    /// YYYY-MM-DD, not in the future.
    Date,
    /// YYYY-MM-DDTHH:MM (local time as the reporter gives it), not in the future.
    Datetime,
    /// A description of a place, an optional postcode or town, and a
    /// coarsened location only when the user asks to share it.
    Place,
    /// Anonymous, or a phone number or email address with safe times.
    Contact,
}

impl FieldKind {
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::Choice => "choice",
            FieldKind::MultiChoice => "multi_choice",
            FieldKind::Text => "text",
            FieldKind::Date => "date",
            FieldKind::Datetime => "datetime",
            FieldKind::Place => "place",
            FieldKind::Contact => "contact",
        }
    }

    pub fn has_options(self) -> bool {
        matches!(self, FieldKind::Choice | FieldKind::MultiChoice)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Form {
    /// Also the `form_id` of every report made with it.
    pub id: String,
    /// Bumped by the helpline whenever questions change; sent as `form_version`.
    pub version: u32,
    /// The helpline (in the same pack) that receives these reports.
    pub helpline: String,
    /// Where sealed reports are POSTed: HTTPS (or loopback HTTP for a local hub).
    pub intake_url: String,
    /// The helpline's age X25519 recipient (`age1...`).
    pub recipient: String,
    pub steps: Vec<FormStep>,
    /// Labels per locale; English is required and complete.
    pub texts: Vec<FormText>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormStep {
    pub id: String,
    pub fields: Vec<FormField>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormField {
    pub id: String,
    pub kind: FieldKind,
    /// The IOM HTCDS field the answer maps to, if any.
    pub htcds: Option<String>,
    pub optional: bool,
    /// For text answers: at most this many characters (capped by
    /// `MAX_TEXT_ANSWER_CHARS`).
    pub max_chars: Option<u32>,
    /// For choice and multi-choice fields.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<FormOption>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormOption {
    pub value: String,
    /// The HTCDS value this option stands for (a `meansOfControl...` name), if any.
    pub htcds: Option<String>,
}

/// One language's labels. Keys: `title` (the form), `<step>` (a step's
/// title), `<field>` (a question), `<field>.help` (optional help text),
/// `<field>.<option>` (an option).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FormText {
    pub locale: String,
    pub review: ReviewStatus,
    pub labels: BTreeMap<String, String>,
}

impl Form {
    pub fn fields(&self) -> impl Iterator<Item = &FormField> {
        self.steps.iter().flat_map(|s| s.fields.iter())
    }

    pub fn field(&self, id: &str) -> Option<&FormField> {
        self.fields().find(|f| f.id == id)
    }

    /// The label `key` in `locale`, else in English.
    pub fn label(&self, locale: &str, key: &str) -> Option<&str> {
        self.label_in(locale, key).or_else(|| self.label_in("en", key))
    }

    /// The label `key` in exactly `locale`.
    pub fn label_in(&self, locale: &str, key: &str) -> Option<&str> {
        self.texts.iter().find(|t| t.locale == locale).and_then(|t| t.labels.get(key)).map(String::as_str)
    }

    /// Puts texts in canonical order (labels are already sorted maps).
    pub fn canonicalize(&mut self) {
        self.texts.sort_by(|a, b| a.locale.cmp(&b.locale));
    }

    /// Every label key a complete (English) text must have, with whether it is required.
    pub fn label_keys(&self) -> Vec<(String, bool)> {
        let mut keys = vec![("title".to_owned(), true)];
        for step in &self.steps {
            keys.push((step.id.clone(), true));
            for field in &step.fields {
                keys.push((field.id.clone(), true));
                keys.push((format!("{}.help", field.id), false));
                for option in &field.options {
                    keys.push((format!("{}.{}", field.id, option.value), true));
                }
            }
        }
        keys
    }
}
