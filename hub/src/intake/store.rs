//! The hub's report database: sealed envelopes as they arrived, never
//! opened here. Plain SQLite (the envelopes are already encrypted to the
//! helpline's key, which the server never holds), in WAL mode so exports can
//! read while intake writes, with unique indexes so that duplicates are
//! impossible whatever the concurrency, even across processes.

use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use ring::rand::SystemRandom;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use subtle::ConstantTimeEq;

use super::error::IntakeError;
use super::reference::new_reference;

const SCHEMA_VERSION: i64 = 1;
const SCHEMA: &str = "
CREATE TABLE envelopes (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    idempotency_key TEXT NOT NULL UNIQUE,
    body_sha256 BLOB NOT NULL,
    envelope BLOB NOT NULL,
    received_at TEXT NOT NULL
);";
/// Another process (an export, a second intake) may hold the write lock
/// briefly; wait for it rather than failing the request.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// Reference collisions (40 random bits) are rare; a few draws always do.
const REFERENCE_ATTEMPTS: usize = 8;

/// What storing a request did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// A new report, kept under this reference.
    New(String),
    /// The same key and body arrived before, under this reference.
    Existing(String),
    /// The key arrived before with a different body; nothing was stored.
    Conflict,
}

/// An envelope that passed the checks, to be stored.
pub(crate) struct NewEnvelope {
    pub key: String,
    pub body_sha256: [u8; 32],
    pub envelope: Vec<u8>,
}

/// One stored envelope as listed: no contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEnvelope {
    pub reference: String,
    /// UTC, RFC 3339 (`2026-11-23T10:00:00Z`).
    pub received_at: String,
    pub size: usize,
}

pub struct EnvelopeStore {
    conn: Mutex<Connection>,
    path: String,
}

impl EnvelopeStore {
    /// Opens (or creates) the database for intake.
    pub fn open(path: &Path) -> Result<EnvelopeStore, IntakeError> {
        let shown = path.display().to_string();
        let db_err = |source| IntakeError::Database { path: shown.clone(), source };
        let conn = Connection::open(path).map_err(db_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(db_err)?;
        // FULL: a 201 tells the phone it may delete its copy, so the row
        // must survive a power cut from that moment on.
        conn.execute_batch("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;").map_err(db_err)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(db_err)?;
        if version > SCHEMA_VERSION {
            return Err(IntakeError::SchemaTooNew { path: shown, found: version, known: SCHEMA_VERSION });
        }
        if version == 0 {
            conn.execute_batch(&format!("BEGIN; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"))
                .map_err(db_err)?;
        }
        Ok(EnvelopeStore { conn: Mutex::new(conn), path: shown })
    }

    /// Opens an existing database for reading only (list, export).
    pub fn open_read_only(path: &Path) -> Result<EnvelopeStore, IntakeError> {
        let shown = path.display().to_string();
        let db_err = |source| IntakeError::Database { path: shown.clone(), source };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(db_err)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(db_err)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(db_err)?;
        if version != SCHEMA_VERSION {
            return Err(IntakeError::SchemaTooNew { path: shown, found: version, known: SCHEMA_VERSION });
        }
        Ok(EnvelopeStore { conn: Mutex::new(conn), path: shown })
    }

    /// Stores each envelope under its idempotency key, once, all in one
    /// immediate transaction (one disk sync for the lot: see the writer).
    /// Two requests with the same key, in this batch, this process or
    /// another, can never both insert. On any error nothing is stored.
    pub(crate) fn store_batch(&self, batch: &[NewEnvelope], rng: &SystemRandom) -> Result<Vec<Stored>, IntakeError> {
        let mut conn = self.lock();
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).map_err(|e| self.err(e))?;
        let received_at = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
        let stored =
            batch.iter().map(|new| self.store_one(&tx, new, &received_at, rng)).collect::<Result<Vec<_>, _>>()?;
        tx.commit().map_err(|e| self.err(e))?;
        Ok(stored)
    }

    fn store_one(
        &self,
        tx: &rusqlite::Transaction<'_>,
        new: &NewEnvelope,
        received_at: &str,
        rng: &SystemRandom,
    ) -> Result<Stored, IntakeError> {
        let seen: Option<(String, Vec<u8>)> = tx
            .query_row("SELECT reference, body_sha256 FROM envelopes WHERE idempotency_key = ?1", [&new.key], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .map_err(|e| self.err(e))?;
        if let Some((reference, sha)) = seen {
            // Constant time: whoever knows a key must not learn the stored
            // digest byte by byte from response times.
            return Ok(if bool::from(sha.as_slice().ct_eq(new.body_sha256.as_slice())) {
                Stored::Existing(reference)
            } else {
                Stored::Conflict
            });
        }
        for _ in 0..REFERENCE_ATTEMPTS {
            let reference = new_reference(rng).map_err(|_| IntakeError::Random)?;
            let inserted = tx
                .execute(
                    "INSERT INTO envelopes (reference, idempotency_key, body_sha256, envelope, received_at)
                     VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(reference) DO NOTHING",
                    params![reference, new.key, &new.body_sha256[..], new.envelope, received_at],
                )
                .map_err(|e| self.err(e))?;
            if inserted == 1 {
                return Ok(Stored::New(reference));
            }
        }
        Err(IntakeError::Random)
    }

    /// Every stored envelope, oldest first, without contents.
    pub fn list(&self) -> Result<Vec<StoredEnvelope>, IntakeError> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare("SELECT reference, received_at, length(envelope) FROM envelopes ORDER BY id")
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([], |r| {
                Ok(StoredEnvelope { reference: r.get(0)?, received_at: r.get(1)?, size: r.get::<_, i64>(2)? as usize })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<_, _>>().map_err(|e| self.err(e))
    }

    /// Calls `each` with every stored envelope and its bytes, oldest first,
    /// one at a time (an export never holds them all in memory).
    pub fn for_each_envelope(&self, mut each: impl FnMut(&StoredEnvelope, &[u8])) -> Result<(), IntakeError> {
        let conn = self.lock();
        let mut stmt = conn
            .prepare("SELECT reference, received_at, envelope FROM envelopes ORDER BY id")
            .map_err(|e| self.err(e))?;
        let mut rows = stmt.query([]).map_err(|e| self.err(e))?;
        while let Some(row) = rows.next().map_err(|e| self.err(e))? {
            let envelope: Vec<u8> = row.get(2).map_err(|e| self.err(e))?;
            let listed = StoredEnvelope {
                reference: row.get(0).map_err(|e| self.err(e))?,
                received_at: row.get(1).map_err(|e| self.err(e))?,
                size: envelope.len(),
            };
            each(&listed, &envelope);
        }
        Ok(())
    }

    /// The sealed bytes stored under `reference`, if any.
    pub fn envelope(&self, reference: &str) -> Result<Option<Vec<u8>>, IntakeError> {
        self.lock()
            .query_row("SELECT envelope FROM envelopes WHERE reference = ?1", [reference], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn err(&self, source: rusqlite::Error) -> IntakeError {
        IntakeError::Database { path: self.path.clone(), source }
    }
}
