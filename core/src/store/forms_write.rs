//! Installing a pack's report forms, inside the pack's install transaction
//! (its rows go when the pack's row is deleted, by cascade).

use rusqlite::{Connection, params};

use super::StoreError;
use crate::content::Pack;

pub(super) fn insert_forms(tx: &Connection, pack: &Pack) -> Result<(), StoreError> {
    let mut insert = tx.prepare(
        "INSERT INTO report_forms(id, pack_id, helpline_id, version, definition) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for form in &pack.forms {
        let definition = serde_json::to_string(form).expect("a validated form serializes");
        insert.execute(params![form.id, pack.id, form.helpline, form.version, definition])?;
    }
    Ok(())
}
