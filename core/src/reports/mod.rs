//! Report a concern: drafts kept in the encrypted store, sealed with age to
//! the helpline's key, queued in an outbox and delivered exactly once.
//!
//! The flow: [`Haven::report_form`] opens (or resumes) a draft for a
//! helpline's form; [`Haven::set_answer`] checks and saves each answer at
//! once; [`Haven::report_review`] shows everything before sending;
//! [`Haven::submit_report`] seals it and queues it with a random
//! idempotency key in one transaction; [`Haven::deliver_outbox`] POSTs each
//! queued envelope until the helpline answers with a reference, retrying
//! with backoff, and deletes the plaintext draft once it has. The wire
//! contract is in docs/reports.md.
//!
//! [`Haven::report_form`]: crate::Haven::report_form
//! [`Haven::set_answer`]: crate::Haven::set_answer
//! [`Haven::report_review`]: crate::Haven::report_review
//! [`Haven::submit_report`]: crate::Haven::submit_report
//! [`Haven::deliver_outbox`]: crate::Haven::deliver_outbox

mod answer;
mod api;
mod backoff;
mod deliver;
mod error;
pub mod ids;
pub mod limits;
mod outbox_api;
mod post;
pub mod report_json;
mod rows;
pub mod seal;

use serde::Serialize;

pub use answer::{Answer, ContactAnswer, ContactMode, Location, PlaceAnswer};
pub use deliver::{DeliveryPolicy, DeliverySummary, OutboxListener};
pub use error::{AnswerProblem, ReportError};

/// Where a report is on its way to the helpline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReportState {
    /// Being written; only on this phone.
    Draft,
    /// Sealed and waiting for a connection.
    Queued,
    /// Being sent now.
    Sending,
    /// The helpline has it and gave a reference.
    Received,
    /// The helpline refused it; it will not be retried.
    Failed,
}

impl ReportState {
    pub fn as_str(self) -> &'static str {
        match self {
            ReportState::Draft => "draft",
            ReportState::Queued => "queued",
            ReportState::Sending => "sending",
            ReportState::Received => "received",
            ReportState::Failed => "failed",
        }
    }

    pub fn parse(text: &str) -> Option<ReportState> {
        [Self::Draft, Self::Queued, Self::Sending, Self::Received, Self::Failed]
            .into_iter()
            .find(|s| s.as_str() == text)
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}
