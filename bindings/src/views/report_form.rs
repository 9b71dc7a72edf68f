//! The report form, one step at a time (mirrors the core's `ReportFormView`).

use haven_core::content::FieldKind as CoreFieldKind;
use haven_core::views as core;

use super::answer::Answer;
use super::common::{UsedLocale, list};

mirror_enum! {
    /// The kinds of question a form can ask.
    FieldKind mirrors CoreFieldKind { Choice, MultiChoice, Text, Date, Datetime, Place, Contact }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
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

impl From<core::ReportFormView> for ReportFormView {
    fn from(v: core::ReportFormView) -> Self {
        Self {
            locale: v.locale.into(),
            content_locale: v.content_locale.into(),
            draft_id: v.draft_id,
            helpline_id: v.helpline_id,
            helpline_name: v.helpline_name,
            title: v.title,
            step_index: v.step_index,
            step_count: v.step_count,
            step_title: v.step_title,
            progress_text: v.progress_text,
            fields: list(v.fields),
            labels: v.labels.into(),
            is_first_step: v.is_first_step,
            is_last_step: v.is_last_step,
        }
    }
}

/// Labels shared by the questions of a form.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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

impl From<core::FormLabels> for FormLabels {
    fn from(l: core::FormLabels) -> Self {
        Self {
            next: l.next,
            back: l.back,
            review: l.review,
            optional: l.optional,
            saved: l.saved,
            place_text: l.place_text,
            postcode: l.postcode,
            use_location: l.use_location,
            location_shared: l.location_shared,
            contact_anonymous: l.contact_anonymous,
            contact_phone: l.contact_phone,
            contact_email: l.contact_email,
            contact_value: l.contact_value,
            safe_times: l.safe_times,
            may_leave_message: l.may_leave_message,
            date_hint: l.date_hint,
            datetime_hint: l.datetime_hint,
        }
    }
}

#[derive(Debug, Clone, PartialEq, uniffi::Record)]
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
    /// The question, whether it is optional, the answer and any error.
    pub accessibility_label: String,
}

impl From<core::FieldView> for FieldView {
    fn from(f: core::FieldView) -> Self {
        Self {
            id: f.id,
            kind: f.kind.into(),
            label: f.label,
            help: f.help,
            optional: f.optional,
            options: list(f.options),
            max_chars: f.max_chars,
            value: f.value.map(Into::into),
            value_text: f.value_text,
            error: f.error,
            accessibility_label: f.accessibility_label,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

impl From<core::OptionView> for OptionView {
    fn from(o: core::OptionView) -> Self {
        Self { value: o.value, label: o.label, selected: o.selected }
    }
}
