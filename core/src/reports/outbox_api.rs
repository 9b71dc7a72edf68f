//! The outbox screen's calls: list, cancel, delete.

use rusqlite::Connection;

use super::deliver::is_delivering;
use super::rows::{self, OutboxRow};
use super::{ReportError, ReportState};
use crate::haven::ViewContext;
use crate::views::{NewReportItem, OutboxItem, OutboxView, UsedLocale};
use crate::{Error, Haven};

impl Haven {
    /// Drafts and sent reports, oldest first.
    pub fn outbox(&self) -> Result<OutboxView, Error> {
        let ctx = self.context()?;
        let s = ctx.strings();
        let (items, new_reports) = self.with_conn(|conn| {
            let mut new_reports = Vec::new();
            for helpline_id in rows::helplines_with_forms(conn)? {
                let name = helpline_name(conn, &helpline_id, &ctx)?;
                let label = s.get_args("report-new", &[("helpline", name.into())]);
                new_reports.push(NewReportItem { helpline_id, label });
            }
            let mut items = Vec::new();
            for draft in rows::drafts(conn)? {
                let name = helpline_name(conn, &draft.helpline_id, &ctx)?;
                items.push(draft_item(&ctx, draft.id, draft.helpline_id, name));
            }
            for row in rows::outbox_rows(conn)? {
                let name = helpline_name(conn, &row.helpline_id, &ctx)?;
                items.push(sent_item(&ctx, &row, name, self.delivering()));
            }
            Ok((items, new_reports))
        })?;
        Ok(OutboxView {
            locale: UsedLocale::of(ctx.ui.tag),
            title: s.get("report-outbox-title"),
            items,
            new_reports,
            empty_text: s.get("report-outbox-empty"),
            send_label: s.get("report-send-now"),
            cancel_label: s.get("report-cancel"),
            delete_label: s.get("report-delete"),
        })
    }

    /// One report as the outbox shows it.
    pub fn outbox_item(&self, id: &str) -> Result<OutboxItem, Error> {
        let ctx = self.context()?;
        self.with_conn(|conn| {
            if let Some(row) = rows::outbox_row_by_id(conn, id)? {
                let name = helpline_name(conn, &row.helpline_id, &ctx)?;
                return Ok(sent_item(&ctx, &row, name, self.delivering()));
            }
            let draft = rows::draft(conn, id)?;
            let name = helpline_name(conn, &draft.helpline_id, &ctx)?;
            Ok(draft_item(&ctx, draft.id, draft.helpline_id, name))
        })
    }

    /// Takes a queued (or refused) report out of the outbox: it becomes a
    /// draft again, to change or delete. Not while it is being sent.
    pub fn cancel_report(&self, id: &str) -> Result<OutboxView, Error> {
        let delivering = self.delivering();
        self.with_conn(|conn| {
            let row = rows::outbox_row_by_id(conn, id)?.ok_or(ReportError::NoReport)?;
            match row.state {
                ReportState::Queued | ReportState::Failed => {}
                ReportState::Sending if !delivering => {}
                state => return Err(ReportError::WrongState { action: "cancel", state: state.as_str() }.into()),
            }
            let tx = conn.unchecked_transaction().map_err(crate::store::StoreError::from)?;
            rows::delete_outbox(&tx, id)?;
            rows::set_submitted(&tx, id, false)?;
            tx.commit().map_err(crate::store::StoreError::from)?;
            Ok(())
        })?;
        tracing::info!("queued report cancelled");
        self.outbox()
    }

    /// Deletes a draft (never sent, or cancelled), or forgets a received
    /// report's receipt.
    pub fn delete_draft(&self, id: &str) -> Result<OutboxView, Error> {
        self.with_conn(|conn| {
            match rows::outbox_row_by_id(conn, id)? {
                Some(row) if row.state == ReportState::Received => rows::delete_outbox(conn, id)?,
                Some(row) => {
                    return Err(ReportError::WrongState { action: "delete", state: row.state.as_str() }.into());
                }
                None => {
                    if !rows::delete_draft(conn, id)? {
                        return Err(ReportError::NoReport.into());
                    }
                }
            }
            Ok(())
        })?;
        self.outbox()
    }

    /// One line on what a delivery run did.
    pub fn delivery_summary_text(&self, summary: &super::DeliverySummary) -> Result<String, Error> {
        let s = self.context()?.strings();
        Ok(s.get_args(
            "report-deliver-summary",
            &[
                ("delivered", summary.delivered.into()),
                ("waiting", summary.waiting.into()),
                ("failed", summary.failed.into()),
            ],
        ))
    }

    pub(super) fn delivering(&self) -> bool {
        is_delivering(self.data_dir())
    }
}

fn helpline_name(conn: &Connection, id: &str, ctx: &ViewContext) -> Result<String, Error> {
    Ok(rows::helpline_name_and_country(conn, id, ctx.content_locale)?.map_or_else(|| id.to_owned(), |(n, _)| n))
}

fn draft_item(ctx: &ViewContext, id: String, helpline_id: String, helpline_name: String) -> OutboxItem {
    let s = ctx.strings();
    let state_text = s.get("report-state-draft");
    OutboxItem {
        accessibility_label: format!("{helpline_name}. {state_text}"),
        id,
        helpline_id,
        helpline_name,
        state: ReportState::Draft,
        state_text,
        reference: None,
        reference_text: None,
        attempts: 0,
        next_attempt_at: None,
        can_edit: true,
        can_cancel: false,
        can_delete: true,
    }
}

pub(super) fn sent_item(ctx: &ViewContext, row: &OutboxRow, helpline_name: String, delivering: bool) -> OutboxItem {
    let s = ctx.strings();
    let state_text = match (row.state, &row.failure) {
        (ReportState::Failed, Some(reason)) => s.get_args("report-state-failed", &[("reason", reason.clone().into())]),
        (ReportState::Failed, None) => s.get_args("report-state-failed", &[("reason", "-".into())]),
        (ReportState::Queued, _) if row.attempts > 0 => {
            s.get_args("report-state-retrying", &[("attempts", row.attempts.into())])
        }
        (state, _) => s.get(&format!("report-state-{}", state.as_str())),
    };
    let reference_text =
        row.reference.as_ref().map(|r| s.get_args("report-reference", &[("reference", r.clone().into())]));
    let mut spoken = vec![helpline_name.clone(), state_text.clone()];
    spoken.extend(reference_text.clone());
    OutboxItem {
        id: row.id.clone(),
        helpline_id: row.helpline_id.clone(),
        helpline_name,
        state: row.state,
        state_text,
        reference: row.reference.clone(),
        reference_text,
        attempts: row.attempts,
        next_attempt_at: (row.state == ReportState::Queued).then_some(row.next_attempt_at),
        can_edit: false,
        can_cancel: matches!(row.state, ReportState::Queued | ReportState::Failed)
            || (row.state == ReportState::Sending && !delivering),
        can_delete: row.state == ReportState::Received,
        accessibility_label: spoken.join(". "),
    }
}
