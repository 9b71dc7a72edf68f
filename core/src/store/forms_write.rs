//! Installing a pack's report forms, inside the pack's install transaction
//! (its rows go when the pack's row is deleted, by cascade).

use rusqlite::{Connection, params};

use super::StoreError;
use super::content_write::BUILTIN_PACK_ID;
use crate::content::{Form, Pack};

pub(super) fn insert_forms(tx: &Connection, pack: &Pack) -> Result<(), StoreError> {
    for form in &pack.forms {
        insert_form_if_owner(tx, &pack.id, form)?;
    }
    Ok(())
}

/// Puts back built-in forms whose helpline is the built-in one again (its
/// publisher dropped it) and has no form.
pub(crate) fn restore_builtin_forms(tx: &Connection, builtin: &Pack) -> Result<(), StoreError> {
    for form in &builtin.forms {
        insert_form_if_owner(tx, BUILTIN_PACK_ID, form)?;
    }
    Ok(())
}

/// A form, kept only when `pack_id` holds the form's helpline and no
/// other pack holds a form of that id: a publisher can never send another
/// helpline's reports to its own intake. Returns whether it was kept.
pub(crate) fn insert_form_if_owner(tx: &Connection, pack_id: &str, form: &Form) -> Result<bool, StoreError> {
    let owns_helpline: bool = tx.query_row(
        "SELECT EXISTS(SELECT 1 FROM helplines WHERE id = ?1 AND pack_id = ?2)",
        params![form.helpline, pack_id],
        |r| r.get(0),
    )?;
    if !owns_helpline {
        return Ok(false);
    }
    // The helpline's holder's form replaces any other form for it (the
    // built-in one, when a publisher took the helpline over).
    tx.execute("DELETE FROM report_forms WHERE helpline_id = ?1 AND pack_id != ?2", params![form.helpline, pack_id])?;
    let id_taken: bool =
        tx.query_row("SELECT EXISTS(SELECT 1 FROM report_forms WHERE id = ?1)", [&form.id], |r| r.get(0))?;
    if id_taken {
        return Ok(false);
    }
    let definition = serde_json::to_string(form).expect("a validated form serializes");
    tx.execute(
        "INSERT INTO report_forms(id, pack_id, helpline_id, version, definition) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![form.id, pack_id, form.helpline, form.version, definition],
    )?;
    Ok(true)
}
