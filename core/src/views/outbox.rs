//! Reports on this phone: drafts, and each sealed report's way to the helpline.

use serde::Serialize;

use super::common::UsedLocale;
use crate::reports::ReportState;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxView {
    pub locale: UsedLocale,
    pub title: String,
    /// Oldest first.
    pub items: Vec<OutboxItem>,
    /// Helplines a new report can go to ("New report to …").
    pub new_reports: Vec<NewReportItem>,
    pub empty_text: String,
    pub send_label: String,
    pub cancel_label: String,
    pub delete_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxItem {
    pub id: String,
    pub helpline_id: String,
    pub helpline_name: String,
    pub state: ReportState,
    /// "Waiting to send", "Received by the helpline"...
    pub state_text: String,
    /// The helpline's reference, once received: the user quotes it on the phone.
    pub reference: Option<String>,
    pub reference_text: Option<String>,
    /// Attempts made so far (a queued report that has been tried).
    pub attempts: u32,
    /// Unix seconds of the earliest sensible retry, while queued.
    pub next_attempt_at: Option<i64>,
    pub can_edit: bool,
    pub can_cancel: bool,
    pub can_delete: bool,
    pub accessibility_label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NewReportItem {
    pub helpline_id: String,
    pub label: String,
}
