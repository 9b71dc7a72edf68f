//! The review step before sending (mirrors the core's `ReportReviewView`).

use haven_core::views as core;

use super::common::{UsedLocale, list};
use super::report_form::FieldKind;

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReportReviewView {
    pub locale: UsedLocale,
    pub content_locale: UsedLocale,
    pub draft_id: String,
    pub title: String,
    pub helpline_name: String,
    pub items: Vec<ReviewItem>,
    /// Set when required answers are missing.
    pub problems_text: Option<String>,
    pub can_submit: bool,
    pub submit_label: String,
    pub edit_label: String,
    /// Who can read the report and what it says about the sender.
    pub privacy_text: String,
    /// What happens with no connection.
    pub offline_text: String,
}

impl From<core::ReportReviewView> for ReportReviewView {
    fn from(v: core::ReportReviewView) -> Self {
        Self {
            locale: v.locale.into(),
            content_locale: v.content_locale.into(),
            draft_id: v.draft_id,
            title: v.title,
            helpline_name: v.helpline_name,
            items: list(v.items),
            problems_text: v.problems_text,
            can_submit: v.can_submit,
            submit_label: v.submit_label,
            edit_label: v.edit_label,
            privacy_text: v.privacy_text,
            offline_text: v.offline_text,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ReviewItem {
    pub field_id: String,
    pub kind: FieldKind,
    /// The step to go back to, to change this answer.
    pub step_index: u32,
    pub label: String,
    /// The answer, or "Not answered".
    pub value_text: String,
    pub answered: bool,
    pub error: Option<String>,
}

impl From<core::ReviewItem> for ReviewItem {
    fn from(i: core::ReviewItem) -> Self {
        Self {
            field_id: i.field_id,
            kind: i.kind.into(),
            step_index: i.step_index,
            label: i.label,
            value_text: i.value_text,
            answered: i.answered,
            error: i.error,
        }
    }
}
