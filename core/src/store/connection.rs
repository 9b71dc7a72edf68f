//! Opening the SQLCipher store: key handling, pragmas, migrations.

use std::fs;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

use super::{StoreError, key_check, migrations};
use crate::secrets::DbKey;

pub const DB_FILE_NAME: &str = "haven.db";
const STORE_STEM: &str = "haven";

/// The files that make up a store in its data directory.
#[derive(Debug, Clone)]
pub struct StoreFiles {
    pub db: PathBuf,
    pub wal: PathBuf,
    pub shm: PathBuf,
    pub key_check: PathBuf,
}

impl StoreFiles {
    /// The app's store.
    pub fn in_dir(data_dir: &Path) -> Self {
        Self::named(data_dir, STORE_STEM)
    }

    /// A store named `stem` (`<stem>.db`, `<stem>.keycheck`...).
    pub fn named(data_dir: &Path, stem: &str) -> Self {
        let db = data_dir.join(format!("{stem}.db"));
        Self {
            wal: sidecar(&db, "-wal"),
            shm: sidecar(&db, "-shm"),
            key_check: data_dir.join(format!("{stem}.keycheck")),
            db,
        }
    }

    /// Every file, database first.
    pub fn all(&self) -> [&PathBuf; 4] {
        [&self.db, &self.wal, &self.shm, &self.key_check]
    }
}

fn sidecar(db: &Path, suffix: &str) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Opens (or, when there is none yet, creates) the encrypted store in
/// `data_dir` with the `saved` key, migrated to the current schema. A new
/// key is handed to `save_new` before any store is made with it.
///
/// Returns whether the store was created by this call.
pub(crate) fn open_encrypted(
    data_dir: &Path,
    saved: Option<DbKey>,
    save_new: &mut dyn FnMut(&DbKey) -> Result<(), StoreError>,
) -> Result<(Connection, bool), StoreError> {
    fs::create_dir_all(data_dir)?;
    open_encrypted_files(&StoreFiles::in_dir(data_dir), saved, save_new)
}

/// `open_encrypted` for the store whose files are `files`.
pub(crate) fn open_encrypted_files(
    files: &StoreFiles,
    saved: Option<DbKey>,
    save_new: &mut dyn FnMut(&DbKey) -> Result<(), StoreError>,
) -> Result<(Connection, bool), StoreError> {
    let exists = files.db.exists();

    let (key, created) = match (saved, exists) {
        (Some(key), true) => (key, false),
        // Never make a new store over one we cannot read: it may hold drafts.
        (None, true) => return Err(StoreError::KeyMissing),
        // A key without a store (first open interrupted, or the store was wiped):
        // nothing to lose, so the store is created with the saved key.
        (Some(key), false) => (key, true),
        (None, false) => {
            let key = DbKey::generate()?;
            // Save first: a crash after this leaves a key and no store, which is safe.
            save_new(&key)?;
            (key, true)
        }
    };

    let mut conn = match key_and_verify(&files.db, &key, PageFormat::Current) {
        Ok(conn) => conn,
        Err(StoreError::Corrupt) if !created => match key_and_verify(&files.db, &key, PageFormat::Sha512) {
            Ok(conn) => conn,
            Err(StoreError::Corrupt) => {
                return Err(match key_check::matches(&files.key_check, &key)? {
                    Some(false) => StoreError::WrongKey,
                    Some(true) => StoreError::Corrupt,
                    None => classify_unreadable(&files.db)?,
                });
            }
            Err(e) => return Err(e),
        },
        Err(e) => return Err(e),
    };
    if created {
        key_check::write(&files.key_check, &key)?;
    }
    apply_pragmas(&conn)?;
    crate::search::register_functions(&conn)?;
    migrations::migrate(&mut conn)?;
    Ok((conn, created))
}

/// Closes a connection at once: no checkpoint of the WAL on close, so the
/// time taken does not grow with what was written since the last one (the
/// WAL is replayed on the next open). SQLCipher wipes its key and page
/// cache as the connection goes (`cipher_memory_security`).
pub(crate) fn close_quickly(conn: Connection) {
    let _ = conn.set_db_config(rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
    drop(conn);
}

/// How each page is authenticated. SQLCipher 4 defaults to HMAC-SHA512;
/// Haven's stores use HMAC-SHA256. Every page read checks its HMAC, and
/// SHA-256 is the hash phones compute in hardware (the ARMv8 crypto
/// extensions of even cheap phones' cores have SHA-256, not SHA-512);
/// here SHA-512 alone was a quarter of a search's time, and SHA-256 hashes
/// a page 2.2x faster (`openssl speed`, 4 KiB blocks). Both are full-
/// strength MACs; the page cipher (AES-256-CBC) and the key are unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PageFormat {
    /// Stores made by this build.
    Current,
    /// Stores made before the switch (SQLCipher's default), still opened
    /// as they are: rewriting a store on open could lose it to a crash.
    Sha512,
}

impl PageFormat {
    fn pragma(self) -> &'static str {
        match self {
            PageFormat::Current => "PRAGMA cipher_hmac_algorithm = HMAC_SHA256;",
            PageFormat::Sha512 => "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
        }
    }
}

/// Sets how pages are authenticated: after the key, before the first read.
pub(crate) fn set_page_format(conn: &Connection, format: PageFormat) -> Result<(), StoreError> {
    conn.execute_batch(format.pragma())?;
    Ok(())
}

fn key_and_verify(path: &Path, key: &DbKey, format: PageFormat) -> Result<Connection, StoreError> {
    // SQLCipher's keying (codec and crypto-provider set-up) is not safe while
    // other threads key connections: under parallel tests about one run in
    // ten failed with "An error occurred with PRAGMA key". Opens are rare
    // (launch, unlock), so one at a time costs nothing.
    static KEYING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _one_at_a_time = KEYING.lock().unwrap_or_else(|p| p.into_inner());
    // Before the connection: SQLite takes a new allocator only before it starts.
    super::zeroing_allocator::install();
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX
        | OpenFlags::SQLITE_OPEN_URI;
    let conn = Connection::open_with_flags(path, flags)?;
    // SQLCipher writes "hmac check failed" to stderr on a wrong key unless told not to.
    conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
    // Built here rather than by `pragma_update`, whose SQL buffer is freed unwiped.
    let mut statement = zeroize::Zeroizing::new(String::with_capacity(96));
    statement.push_str("PRAGMA key = \"");
    statement.push_str(&key.sqlcipher_literal());
    statement.push_str("\";");
    conn.execute_batch(&statement)?;
    set_page_format(&conn, format)?;
    memory_security_on(&conn)?;

    // The key is only checked when a page is read.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
    Ok(conn)
}

/// The page cache is bounded (512 KiB): every cached page is overwritten
/// when the store closes, so the cache's size, not the store's, sets how
/// long quick exit takes (0.65 ms at 512 KiB on either bench store; with
/// 1 or 2 MiB, lock took what use happened to fill, up to 1.8x more on the
/// large store than on the small one: docs/safety.md).
const CACHE_KIB: u32 = 512;

/// The page cache while content is written in bulk (a pack install, a
/// sync's apply). With 512 KiB, a large write evicts pages it modifies
/// again moments later; each one is then re-read (decrypted, its HMAC
/// checked) and re-written (encrypted again). The cache goes back to its
/// bound, its extra pages overwritten, before the write returns.
const BULK_CACHE_KIB: u32 = 8 * 1024;

pub(super) fn apply_pragmas(conn: &Connection) -> Result<(), StoreError> {
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = WAL;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;
         PRAGMA foreign_keys = ON;
         PRAGMA synchronous = NORMAL;
         PRAGMA cache_size = -{CACHE_KIB};"
    ))?;
    Ok(())
}

/// Runs a bulk write with the larger page cache, then shrinks the cache
/// back (whether the write worked or not).
pub(crate) fn with_bulk_cache<T, E: From<StoreError>>(
    conn: &mut Connection,
    write: impl FnOnce(&mut Connection) -> Result<T, E>,
) -> Result<T, E> {
    set_cache(conn, BULK_CACHE_KIB)?;
    let result = write(conn);
    let shrunk = set_cache(conn, CACHE_KIB);
    let value = result?;
    shrunk?;
    Ok(value)
}

/// Sets the page cache's bound; `shrink_memory` frees (and so overwrites)
/// the pages above it at once.
fn set_cache(conn: &Connection, kib: u32) -> Result<(), StoreError> {
    conn.execute_batch(&format!("PRAGMA cache_size = -{kib}; PRAGMA shrink_memory;"))?;
    Ok(())
}

/// Without a key check file, tell what we can from the file itself.
fn classify_unreadable(db: &Path) -> Result<StoreError, StoreError> {
    let bytes = fs::read(db)?;
    let page = 4096;
    let plain_sqlite = bytes.starts_with(b"SQLite format 3\0");
    Ok(if plain_sqlite || bytes.len() < page || bytes.len() % page != 0 {
        StoreError::Corrupt
    } else {
        StoreError::WrongKey
    })
}

/// Freed SQLite memory is overwritten: zeroed by Haven's allocator where it
/// could be installed (see `zeroing_allocator`), else by SQLCipher's
/// `cipher_memory_security`. That pragma is process-wide in SQLCipher: it
/// is switched on once, by the first connection, and never toggled again
/// while other threads key their connections (switching it as they did
/// made keying fail now and then).
fn memory_security_on(conn: &Connection) -> Result<(), StoreError> {
    static DONE: std::sync::Mutex<bool> = std::sync::Mutex::new(false);
    let mut done = DONE.lock().unwrap_or_else(|p| p.into_inner());
    if !*done && !super::zeroing_allocator::install() {
        conn.pragma_update(None, "cipher_memory_security", "ON")?;
        *done = true;
    }
    Ok(())
}
