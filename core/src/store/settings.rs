//! Small user settings kept inside the encrypted store (the chosen language is
//! itself a hint about the user, so it is never kept in plaintext).

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;

pub(crate) struct Settings<'c>(pub(crate) &'c Connection);

impl Settings<'_> {
    pub(crate) fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.0.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| r.get(0)).optional()?)
    }

    pub(crate) fn set(&self, key: &str, value: Option<&str>) -> Result<(), StoreError> {
        match value {
            Some(v) => self.0.execute(
                "INSERT INTO settings(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                params![key, v],
            )?,
            None => self.0.execute("DELETE FROM settings WHERE key = ?1", [key])?,
        };
        Ok(())
    }
}
