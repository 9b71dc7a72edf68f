//! Numbered schema migrations, one transaction each. `PRAGMA user_version`
//! records how far a store has come.

use rusqlite::Connection;

use super::StoreError;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_search.sql"),
    include_str!("migrations/003_ui_overrides.sql"),
    include_str!("migrations/004_search_words.sql"),
    include_str!("migrations/005_reports.sql"),
    include_str!("migrations/006_sync.sql"),
    include_str!("migrations/007_search_by_locale.sql"),
    include_str!("migrations/008_article_listing.sql"),
    include_str!("migrations/009_search_word_counts.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

pub(crate) fn migrate(conn: &mut Connection) -> Result<(), StoreError> {
    let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema { found, supported: SCHEMA_VERSION });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let step = index as u32 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        // user_version is part of the database header, so it commits with the step.
        tx.pragma_update(None, "user_version", step)?;
        tx.commit()?;
        tracing::info!(step, "applied store migration");
    }
    Ok(())
}
