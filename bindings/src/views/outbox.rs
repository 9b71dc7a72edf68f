//! Drafts and sent reports on this phone (mirrors the core's `OutboxView`).

use haven_core::reports::ReportState as CoreReportState;
use haven_core::views as core;

use super::common::{UsedLocale, list};

mirror_enum! {
    /// Where a report is on its way to the helpline.
    ReportState mirrors CoreReportState { Draft, Queued, Sending, Received, Failed }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
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

impl From<core::OutboxView> for OutboxView {
    fn from(v: core::OutboxView) -> Self {
        Self {
            locale: v.locale.into(),
            title: v.title,
            items: list(v.items),
            new_reports: list(v.new_reports),
            empty_text: v.empty_text,
            send_label: v.send_label,
            cancel_label: v.cancel_label,
            delete_label: v.delete_label,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct OutboxItem {
    /// The draft's id, kept by the report all the way.
    pub id: String,
    pub helpline_id: String,
    pub helpline_name: String,
    pub state: ReportState,
    /// "Waiting to send", "Received by the helpline"...
    pub state_text: String,
    /// The helpline's reference, once received: the user quotes it on the phone.
    pub reference: Option<String>,
    pub reference_text: Option<String>,
    /// Attempts made so far.
    pub attempts: u32,
    /// Unix seconds of the earliest sensible retry, while queued.
    pub next_attempt_at: Option<i64>,
    pub can_edit: bool,
    pub can_cancel: bool,
    pub can_delete: bool,
    pub accessibility_label: String,
}

impl From<core::OutboxItem> for OutboxItem {
    fn from(i: core::OutboxItem) -> Self {
        Self {
            id: i.id,
            helpline_id: i.helpline_id,
            helpline_name: i.helpline_name,
            state: i.state.into(),
            state_text: i.state_text,
            reference: i.reference,
            reference_text: i.reference_text,
            attempts: i.attempts,
            next_attempt_at: i.next_attempt_at,
            can_edit: i.can_edit,
            can_cancel: i.can_cancel,
            can_delete: i.can_delete,
            accessibility_label: i.accessibility_label,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct NewReportItem {
    pub helpline_id: String,
    pub label: String,
}

impl From<core::NewReportItem> for NewReportItem {
    fn from(n: core::NewReportItem) -> Self {
        Self { helpline_id: n.helpline_id, label: n.label }
    }
}
