//! Report a concern: the form for a helpline, a draft kept in the encrypted
//! store and changed one answer at a time, the review, sealing into the
//! outbox, and the outbox itself. Each call returns the view to draw next.
//! Delivery is in `delivery.rs`.

use crate::views::{Answer, OutboxItem, OutboxView, ReportFormView, ReportReviewView};
use crate::{Haven, HavenError};

#[uniffi::export]
impl Haven {
    /// The form for reporting to `helpline_id`, at the draft the user left
    /// for it (or a new one). `NotFound` when the helpline takes no reports
    /// through Haven; the outbox's `new_reports` list those that do.
    pub fn report_form(&self, helpline_id: String) -> Result<ReportFormView, HavenError> {
        Ok(self.inner.report_form(&helpline_id)?.into())
    }

    /// A draft's form at the step it was left on (after a restart too).
    pub fn report_draft(&self, draft_id: String) -> Result<ReportFormView, HavenError> {
        Ok(self.inner.report_draft(&draft_id)?.into())
    }

    /// Checks and saves one answer at once (`None` clears it). A refused
    /// answer raises `InvalidAnswer` with a message in the user's language
    /// and leaves the draft as it was.
    pub fn set_answer(
        &self,
        draft_id: String,
        field_id: String,
        answer: Option<Answer>,
    ) -> Result<ReportFormView, HavenError> {
        Ok(self.inner.set_answer(&draft_id, &field_id, answer.map(Into::into))?.into())
    }

    /// Moves the draft to `step` (0-based). Going forward past required
    /// questions left empty stops at them and shows what is missing.
    pub fn set_report_step(&self, draft_id: String, step: u32) -> Result<ReportFormView, HavenError> {
        Ok(self.inner.set_report_step(&draft_id, step)?.into())
    }

    /// Every answer before sending, with anything still missing.
    pub fn report_review(&self, draft_id: String) -> Result<ReportReviewView, HavenError> {
        Ok(self.inner.report_review(&draft_id)?.into())
    }

    /// Seals the draft to the helpline's key and queues it in the outbox
    /// (one transaction). Nothing is sent until `start_delivery`.
    pub fn submit_report(&self, draft_id: String) -> Result<OutboxItem, HavenError> {
        Ok(self.inner.submit_report(&draft_id)?.into())
    }

    /// Drafts and sent reports, oldest first, and the helplines a new
    /// report can go to.
    pub fn outbox(&self) -> Result<OutboxView, HavenError> {
        Ok(self.inner.outbox()?.into())
    }

    /// One draft or report as the outbox shows it.
    pub fn outbox_item(&self, id: String) -> Result<OutboxItem, HavenError> {
        Ok(self.inner.outbox_item(&id)?.into())
    }

    /// Takes a queued or refused report out of the outbox: it becomes a
    /// draft again. Not while it is being sent.
    pub fn cancel_report(&self, id: String) -> Result<OutboxView, HavenError> {
        Ok(self.inner.cancel_report(&id)?.into())
    }

    /// Deletes a draft, or forgets a received report's receipt.
    pub fn delete_draft(&self, id: String) -> Result<OutboxView, HavenError> {
        Ok(self.inner.delete_draft(&id)?.into())
    }
}
