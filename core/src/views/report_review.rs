//! The review step: every answer as the helpline will get it, what is
//! still missing, and what sending means.

use serde::Serialize;

use super::common::UsedLocale;
use crate::content::FieldKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
