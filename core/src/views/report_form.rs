//! The report form, one step at a time: questions with their labels in the
//! user's language (the form's own, from content), current answers, errors
//! and progress (UI strings, from Fluent).

use std::collections::BTreeMap;

use serde::Serialize;

use super::common::UsedLocale;
use crate::content::{FieldKind, Form, FormField};
use crate::i18n::Strings;
use crate::reports::{Answer, AnswerProblem, ContactMode};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportFormView {
    pub locale: UsedLocale,
    /// The language the form's labels are in (the user's, else English).
    pub content_locale: UsedLocale,
    pub draft_id: String,
    pub helpline_id: String,
    pub helpline_name: String,
    pub title: String,
    /// 0-based.
    pub step_index: u32,
    pub step_count: u32,
    pub step_title: String,
    /// "Step 2 of 6".
    pub progress_text: String,
    pub fields: Vec<FieldView>,
    pub labels: FormLabels,
    pub is_first_step: bool,
    pub is_last_step: bool,
}

/// Labels shared by the questions of a form (UI strings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FormLabels {
    pub next: String,
    pub back: String,
    pub review: String,
    pub optional: String,
    pub saved: String,
    pub place_text: String,
    pub postcode: String,
    pub use_location: String,
    pub location_shared: String,
    pub contact_anonymous: String,
    pub contact_phone: String,
    pub contact_email: String,
    pub contact_value: String,
    pub safe_times: String,
    pub may_leave_message: String,
    pub date_hint: String,
    pub datetime_hint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldView {
    pub id: String,
    pub kind: FieldKind,
    pub label: String,
    pub help: Option<String>,
    pub optional: bool,
    pub options: Vec<OptionView>,
    pub max_chars: Option<u32>,
    /// The answer as kept (for editing).
    pub value: Option<Answer>,
    /// The answer as a line of text (for showing).
    pub value_text: Option<String>,
    pub error: Option<String>,
    /// What a screen reader says: the question, whether it is optional,
    /// the answer and any error.
    pub accessibility_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

pub(crate) struct FormContext<'a> {
    pub strings: &'a Strings,
    pub form: &'a Form,
    pub content_locale: &'a str,
}

impl FormContext<'_> {
    pub fn label(&self, key: &str) -> String {
        self.form.label(self.content_locale, key).unwrap_or(key).to_owned()
    }

    /// Which locale the form's labels are in for this user.
    pub fn used_locale(&self) -> &str {
        if self.form.texts.iter().any(|t| t.locale == self.content_locale) { self.content_locale } else { "en" }
    }

    pub fn labels(&self) -> FormLabels {
        let s = self.strings;
        FormLabels {
            next: s.get("report-next"),
            back: s.get("report-back"),
            review: s.get("report-review"),
            optional: s.get("report-optional"),
            saved: s.get("report-saved"),
            place_text: s.get("report-place-text"),
            postcode: s.get("report-postcode"),
            use_location: s.get("report-use-location"),
            location_shared: s.get("report-location-shared"),
            contact_anonymous: s.get("report-contact-anonymous"),
            contact_phone: s.get("report-contact-phone"),
            contact_email: s.get("report-contact-email"),
            contact_value: s.get("report-contact-value"),
            safe_times: s.get("report-safe-times"),
            may_leave_message: s.get("report-may-leave-message"),
            date_hint: s.get("report-date-hint"),
            datetime_hint: s.get("report-datetime-hint"),
        }
    }

    /// An answer as one line of text in the user's language.
    pub fn value_text(&self, field: &FormField, answer: &Answer) -> String {
        let s = self.strings;
        let option = |v: &str| self.label(&format!("{}.{v}", field.id));
        match answer {
            Answer::Choice(v) => option(v),
            Answer::MultiChoice(list) => list.iter().map(|v| option(v)).collect::<Vec<_>>().join(", "),
            Answer::Text(t) | Answer::Date(t) => t.clone(),
            Answer::Datetime(t) => t.replace('T', " "),
            Answer::Place(p) => {
                let mut parts: Vec<String> = Vec::new();
                parts.extend(Some(p.text.clone()).filter(|t| !t.is_empty()));
                parts.extend(p.postcode.clone());
                if p.location.is_some() {
                    parts.push(s.get("report-location-shared"));
                }
                parts.join(" · ")
            }
            Answer::Contact(c) => match c.mode {
                ContactMode::Anonymous => s.get("report-contact-anonymous"),
                mode => {
                    let how =
                        s.get(if mode == ContactMode::Phone { "report-contact-phone" } else { "report-contact-email" });
                    let mut parts = vec![format!("{how}: {}", c.value.as_deref().unwrap_or_default())];
                    parts.extend(c.safe_times.as_ref().map(|t| format!("{}: {t}", s.get("report-safe-times"))));
                    let message = if c.may_leave_message { "report-message-yes" } else { "report-message-no" };
                    parts.push(s.get(message));
                    parts.join(" · ")
                }
            },
        }
    }

    pub fn problem_text(&self, problem: AnswerProblem) -> String {
        match problem {
            AnswerProblem::TooLong { max } => self.strings.get_args(problem.message_id(), &[("max", max.into())]),
            _ => self.strings.get(problem.message_id()),
        }
    }

    pub fn field_view(&self, field: &FormField, answer: Option<&Answer>, problem: Option<AnswerProblem>) -> FieldView {
        let label = self.label(&field.id);
        let selected = |v: &str| match answer {
            Some(Answer::Choice(c)) => c == v,
            Some(Answer::MultiChoice(list)) => list.iter().any(|c| c == v),
            _ => false,
        };
        let options = field
            .options
            .iter()
            .map(|o| OptionView {
                value: o.value.clone(),
                label: self.label(&format!("{}.{}", field.id, o.value)),
                selected: selected(&o.value),
            })
            .collect();
        let value_text = answer.map(|a| self.value_text(field, a));
        let error = problem.map(|p| self.problem_text(p));
        let mut spoken = vec![label.clone()];
        if field.optional {
            spoken.push(self.strings.get("report-optional"));
        }
        spoken.extend(value_text.clone());
        spoken.extend(error.clone());
        FieldView {
            id: field.id.clone(),
            kind: field.kind,
            help: self.form.label(self.content_locale, &format!("{}.help", field.id)).map(str::to_owned),
            label,
            optional: field.optional,
            options,
            max_chars: field.max_chars,
            value: answer.cloned(),
            value_text,
            error,
            accessibility_label: spoken.join(". "),
        }
    }
}

pub(crate) struct DraftState<'a> {
    pub draft_id: &'a str,
    pub helpline_id: &'a str,
    pub helpline_name: String,
    pub step: usize,
    pub answers: &'a BTreeMap<String, Answer>,
    pub problems: &'a BTreeMap<String, AnswerProblem>,
}

pub(crate) fn form_view(ui: UsedLocale, fc: &FormContext<'_>, draft: DraftState<'_>) -> ReportFormView {
    let form = fc.form;
    let step_index = draft.step.min(form.steps.len() - 1);
    let step = &form.steps[step_index];
    let count = form.steps.len();
    let fields = step
        .fields
        .iter()
        .map(|f| fc.field_view(f, draft.answers.get(&f.id), draft.problems.get(&f.id).copied()))
        .collect();
    ReportFormView {
        locale: ui,
        content_locale: UsedLocale::of(fc.used_locale()),
        draft_id: draft.draft_id.to_owned(),
        helpline_id: draft.helpline_id.to_owned(),
        helpline_name: draft.helpline_name,
        title: fc.label("title"),
        step_index: step_index as u32,
        step_count: count as u32,
        step_title: fc.label(&step.id),
        progress_text: fc
            .strings
            .get_args("report-progress", &[("step", (step_index + 1).into()), ("total", count.into())]),
        fields,
        labels: fc.labels(),
        is_first_step: step_index == 0,
        is_last_step: step_index + 1 == count,
    }
}
