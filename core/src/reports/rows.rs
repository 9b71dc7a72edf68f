//! Reports in the store: forms, drafts and outbox rows. Everything here
//! lives in the SQLCipher store; nothing about a report is written elsewhere.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, Row, params};

use super::answer::Answer;
use super::limits::MAX_REPORTS;
use super::{ReportError, ReportState};
use crate::Error;
use crate::content::Form;
use crate::store::StoreError;

pub(crate) struct Draft {
    pub id: String,
    pub form_id: String,
    pub helpline_id: String,
    pub step: usize,
    pub answers: BTreeMap<String, Answer>,
    pub submitted: bool,
}

pub(crate) struct OutboxRow {
    pub id: String,
    pub helpline_id: String,
    pub intake_url: String,
    pub envelope: Vec<u8>,
    pub idempotency_key: String,
    pub state: ReportState,
    pub attempts: u32,
    pub next_attempt_at: i64,
    pub reference: Option<String>,
    pub failure: Option<String>,
}

fn sql(e: rusqlite::Error) -> Error {
    StoreError::from(e).into()
}

pub(crate) fn form_for_helpline(conn: &Connection, helpline: &str) -> Result<Option<Form>, Error> {
    let definition: Option<String> = conn
        .query_row(
            "SELECT f.definition FROM report_forms f JOIN packs p ON p.id = f.pack_id
             WHERE f.helpline_id = ?1 ORDER BY p.installed_at DESC LIMIT 1",
            [helpline],
            |r| r.get(0),
        )
        .optional()
        .map_err(sql)?;
    definition.map(|d| parse_form(&d)).transpose()
}

pub(crate) fn form(conn: &Connection, id: &str) -> Result<Option<Form>, Error> {
    let definition: Option<String> = conn
        .query_row("SELECT definition FROM report_forms WHERE id = ?1", [id], |r| r.get(0))
        .optional()
        .map_err(sql)?;
    definition.map(|d| parse_form(&d)).transpose()
}

fn parse_form(definition: &str) -> Result<Form, Error> {
    // Validated when its pack was installed.
    serde_json::from_str(definition).map_err(|_| StoreError::Corrupt.into())
}

fn draft_row(r: &Row<'_>) -> rusqlite::Result<(Draft, String)> {
    Ok((
        Draft {
            id: r.get(0)?,
            form_id: r.get(1)?,
            helpline_id: r.get(2)?,
            step: r.get::<_, i64>(3)? as usize,
            answers: BTreeMap::new(),
            submitted: r.get(5)?,
        },
        r.get(4)?,
    ))
}

const DRAFT_COLUMNS: &str = "id, form_id, helpline_id, step, answers, submitted";

fn with_answers((mut draft, answers): (Draft, String)) -> Result<Draft, Error> {
    draft.answers = serde_json::from_str(&answers).map_err(|_| StoreError::Corrupt)?;
    Ok(draft)
}

pub(crate) fn draft(conn: &Connection, id: &str) -> Result<Draft, Error> {
    let row = conn
        .query_row(&format!("SELECT {DRAFT_COLUMNS} FROM report_drafts WHERE id = ?1"), [id], draft_row)
        .optional()
        .map_err(sql)?
        .ok_or(ReportError::NoReport)?;
    with_answers(row)
}

/// The newest draft for a helpline that has not been submitted.
pub(crate) fn open_draft(conn: &Connection, helpline: &str) -> Result<Option<Draft>, Error> {
    conn.query_row(
        &format!(
            "SELECT {DRAFT_COLUMNS} FROM report_drafts WHERE helpline_id = ?1 AND submitted = 0
             ORDER BY updated_at DESC, rowid DESC LIMIT 1"
        ),
        [helpline],
        draft_row,
    )
    .optional()
    .map_err(sql)?
    .map(with_answers)
    .transpose()
}

pub(crate) fn drafts(conn: &Connection) -> Result<Vec<Draft>, Error> {
    let mut stmt = conn
        .prepare(&format!("SELECT {DRAFT_COLUMNS} FROM report_drafts WHERE submitted = 0 ORDER BY created_at, rowid"))
        .map_err(sql)?;
    let rows = stmt.query_map([], draft_row).map_err(sql)?;
    rows.map(|r| with_answers(r.map_err(sql)?)).collect()
}

pub(crate) fn insert_draft(conn: &Connection, draft: &Draft, now: i64) -> Result<(), Error> {
    let count: i64 = conn
        .query_row("SELECT (SELECT count(*) FROM report_drafts) + (SELECT count(*) FROM report_outbox)", [], |r| {
            r.get(0)
        })
        .map_err(sql)?;
    if count as usize >= MAX_REPORTS {
        return Err(ReportError::TooMany.into());
    }
    conn.execute(
        "INSERT INTO report_drafts(id, form_id, helpline_id, step, answers, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, '{}', ?5, ?5)",
        params![draft.id, draft.form_id, draft.helpline_id, draft.step as i64, now],
    )
    .map_err(sql)?;
    Ok(())
}

/// Saves a draft's step and answers (every change is saved at once).
pub(crate) fn save_draft(conn: &Connection, draft: &Draft, now: i64) -> Result<(), Error> {
    let answers = serde_json::to_string(&draft.answers).expect("answers serialize");
    conn.execute(
        "UPDATE report_drafts SET step = ?2, answers = ?3, updated_at = ?4 WHERE id = ?1",
        params![draft.id, draft.step as i64, answers, now],
    )
    .map_err(sql)?;
    Ok(())
}

pub(crate) fn set_submitted(conn: &Connection, id: &str, submitted: bool) -> Result<(), Error> {
    conn.execute("UPDATE report_drafts SET submitted = ?2 WHERE id = ?1", params![id, submitted]).map_err(sql)?;
    Ok(())
}

pub(crate) fn delete_draft(conn: &Connection, id: &str) -> Result<bool, Error> {
    Ok(conn.execute("DELETE FROM report_drafts WHERE id = ?1", [id]).map_err(sql)? > 0)
}

const OUTBOX_COLUMNS: &str = "id, helpline_id, intake_url, envelope, idempotency_key, state, attempts, \
                              next_attempt_at, reference, failure";

fn outbox_row(r: &Row<'_>) -> rusqlite::Result<OutboxRow> {
    let state: String = r.get(5)?;
    Ok(OutboxRow {
        id: r.get(0)?,
        helpline_id: r.get(1)?,
        intake_url: r.get(2)?,
        envelope: r.get(3)?,
        idempotency_key: r.get(4)?,
        state: ReportState::parse(&state).unwrap_or(ReportState::Failed),
        attempts: r.get(6)?,
        next_attempt_at: r.get(7)?,
        reference: r.get(8)?,
        failure: r.get(9)?,
    })
}

pub(crate) fn outbox_row_by_id(conn: &Connection, id: &str) -> Result<Option<OutboxRow>, Error> {
    conn.query_row(&format!("SELECT {OUTBOX_COLUMNS} FROM report_outbox WHERE id = ?1"), [id], outbox_row)
        .optional()
        .map_err(sql)
}

pub(crate) fn outbox_rows(conn: &Connection) -> Result<Vec<OutboxRow>, Error> {
    let mut stmt =
        conn.prepare(&format!("SELECT {OUTBOX_COLUMNS} FROM report_outbox ORDER BY created_at, rowid")).map_err(sql)?;
    let rows = stmt.query_map([], outbox_row).map_err(sql)?;
    rows.collect::<Result<_, _>>().map_err(sql)
}

pub(crate) fn insert_outbox(conn: &Connection, row: &OutboxRow, now: i64) -> Result<(), Error> {
    conn.execute(
        "INSERT INTO report_outbox(id, helpline_id, intake_url, envelope, idempotency_key, state, attempts,
                                   next_attempt_at, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?7, ?7)",
        params![row.id, row.helpline_id, row.intake_url, row.envelope, row.idempotency_key, row.state.as_str(), now],
    )
    .map_err(sql)?;
    Ok(())
}

/// Records an attempt's outcome (or its start). Returns false when the row
/// is gone (cancelled meanwhile).
pub(crate) fn update_outbox(
    conn: &Connection,
    id: &str,
    state: ReportState,
    attempts: u32,
    next_attempt_at: i64,
    failure: Option<&str>,
    now: i64,
) -> Result<bool, Error> {
    let changed = conn
        .execute(
            "UPDATE report_outbox SET state = ?2, attempts = ?3, next_attempt_at = ?4, failure = ?5, updated_at = ?6
             WHERE id = ?1 AND state != 'received'",
            params![id, state.as_str(), attempts, next_attempt_at, failure, now],
        )
        .map_err(sql)?;
    Ok(changed > 0)
}

/// The helpline accepted the report: keep its reference, drop the envelope
/// and the plaintext draft, in one transaction.
pub(crate) fn mark_received(conn: &Connection, id: &str, reference: &str, now: i64) -> Result<bool, Error> {
    let tx = conn.unchecked_transaction().map_err(sql)?;
    let changed = tx
        .execute(
            "UPDATE report_outbox SET state = 'received', reference = ?2, envelope = X'', failure = NULL,
                    updated_at = ?3 WHERE id = ?1",
            params![id, reference, now],
        )
        .map_err(sql)?;
    tx.execute("DELETE FROM report_drafts WHERE id = ?1", [id]).map_err(sql)?;
    tx.commit().map_err(sql)?;
    Ok(changed > 0)
}

pub(crate) fn delete_outbox(conn: &Connection, id: &str) -> Result<(), Error> {
    conn.execute("DELETE FROM report_outbox WHERE id = ?1", [id]).map_err(sql)?;
    Ok(())
}

/// Rows a crash left "sending" go back to the queue.
pub(crate) fn requeue_interrupted(conn: &Connection) -> Result<(), Error> {
    conn.execute("UPDATE report_outbox SET state = 'queued' WHERE state = 'sending'", []).map_err(sql)?;
    Ok(())
}

/// A helpline's name in `locale` (else English) and its country.
pub(crate) fn helpline_name_and_country(
    conn: &Connection,
    id: &str,
    locale: &str,
) -> Result<Option<(String, String)>, Error> {
    conn.query_row(
        "SELECT t.name, h.country FROM helplines h JOIN helpline_texts t ON t.helpline_id = h.id
         WHERE h.id = ?1 AND t.locale IN (?2, 'en') ORDER BY CASE t.locale WHEN ?2 THEN 0 ELSE 1 END LIMIT 1",
        params![id, locale],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(sql)
}

/// Helplines that take reports through a form, in their listed order.
pub(crate) fn helplines_with_forms(conn: &Connection) -> Result<Vec<String>, Error> {
    let mut stmt = conn
        .prepare(
            "SELECT DISTINCT f.helpline_id FROM report_forms f LEFT JOIN helplines h ON h.id = f.helpline_id
             ORDER BY h.position, f.helpline_id",
        )
        .map_err(sql)?;
    let rows = stmt.query_map([], |r| r.get(0)).map_err(sql)?;
    rows.collect::<Result<_, _>>().map_err(sql)
}
