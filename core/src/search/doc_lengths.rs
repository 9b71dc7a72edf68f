//! Each indexed text's length in tokens, kept in memory a locale at a time
//! for `haven_bm25`.
//!
//! bm25 weighs a match by the length of the text it is in. FTS5 reads that
//! length from the index's `%_docsize` table, one B-tree lookup per ranked
//! text. The texts ranked for a query are scattered over their locale, so
//! on the search bench's store (50,000 texts a locale) those lookups were
//! about 150 of a search's 250 page reads, and in an encrypted store each
//! page read is a page decrypted and authenticated. Here a locale's
//! lengths are read once, in key order, and kept until the store changes
//! or the connection closes (lock, wipe); they are zeroed when dropped.
//! For 50,000 texts that is 600 KB, read in about 15 ms by the first
//! search in the locale (this machine); a real pack's few hundred texts a
//! locale take a fraction of a millisecond.

use std::sync::Mutex;

use rusqlite::{Connection, ffi};
use zeroize::Zeroize;

use super::{key_parts, slot_keys};

/// Texts a locale may hold for its lengths to be kept (12 bytes each).
const MAX_TEXTS_KEPT: usize = 250_000;
/// Locales (of any index) kept at once: the user's, English, and the
/// scripts searched whatever the UI language.
const MAX_LOCALES_KEPT: usize = 4;

/// The lengths kept for one connection. FTS5 owns it (as the ranking
/// function's user data) and drops it when the connection closes.
pub(crate) struct DocLengths {
    db: *mut ffi::sqlite3,
    kept: Mutex<Kept>,
    limits: Limits,
}

/// How much is kept at most.
#[derive(Clone, Copy)]
struct Limits {
    texts_per_locale: usize,
    locales: usize,
}

#[derive(Default)]
struct Kept {
    /// The store's version when these lengths were read (see `version`).
    /// `None`: inside an open transaction, where nothing is kept.
    version: Option<(u32, i64)>,
    locales: Vec<LocaleLengths>,
}

/// One locale's texts in one index: keys in order, and each one's length.
/// `keys` is empty when the locale holds too many texts to keep (or its
/// lengths could not be read): then FTS5 is asked row by row.
struct LocaleLengths {
    table: String,
    slot: i64,
    keys: Vec<i64>,
    lengths: Vec<u32>,
}

impl Drop for LocaleLengths {
    fn drop(&mut self) {
        self.keys.zeroize();
        self.lengths.zeroize();
    }
}

impl DocLengths {
    /// Lengths for the connection `db`, which must outlive the value (FTS5
    /// drops its functions' user data when the connection closes).
    pub(crate) fn new(db: *mut ffi::sqlite3) -> Self {
        Self::with_limits(db, Limits { texts_per_locale: MAX_TEXTS_KEPT, locales: MAX_LOCALES_KEPT })
    }

    fn with_limits(db: *mut ffi::sqlite3, limits: Limits) -> Self {
        DocLengths { db, kept: Mutex::new(Kept::default()), limits }
    }

    /// Forgets every length if the store changed since they were read.
    /// Called at each query's first row, inside its read transaction.
    pub(crate) fn forget_if_changed(&self) {
        let now = self.version();
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        if kept.version != now || now.is_none() {
            kept.locales.clear();
            kept.version = now;
        }
    }

    /// The length of the text at `key` in the FTS5 table `table` (all
    /// columns), read with its whole locale on first use; `None` when it
    /// is not kept, and FTS5 must be asked.
    pub(crate) fn length(&self, table: &str, key: i64) -> Option<u32> {
        let (slot, _) = key_parts(key);
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        kept.version?;
        let index = match kept.locales.iter().position(|l| l.slot == slot && l.table == table) {
            Some(index) => index,
            None => {
                if kept.locales.len() >= self.limits.locales {
                    kept.locales.remove(0);
                }
                kept.locales.push(self.read(table, slot));
                kept.locales.len() - 1
            }
        };
        let locale = &kept.locales[index];
        locale.keys.binary_search(&key).ok().map(|i| locale.lengths[i])
    }

    /// Changes whenever the store's content does: the pager's data version
    /// counts commits, this connection's and others'; the change count,
    /// this connection's writes in the statement's own transaction. `None`
    /// inside a transaction opened with BEGIN, whose writes may yet be
    /// rolled back (which changes neither).
    fn version(&self) -> Option<(u32, i64)> {
        let mut data_version: u32 = 0;
        // SAFETY: `db` is open while FTS5 holds this value (see `new`); the
        // file control writes one u32.
        unsafe {
            if ffi::sqlite3_get_autocommit(self.db) == 0 {
                return None;
            }
            ffi::sqlite3_file_control(
                self.db,
                c"main".as_ptr(),
                ffi::SQLITE_FCNTL_DATA_VERSION,
                (&raw mut data_version).cast(),
            );
            Some((data_version, ffi::sqlite3_total_changes64(self.db)))
        }
    }

    /// Reads one locale's lengths from `{table}_docsize`.
    fn read(&self, table: &str, slot: i64) -> LocaleLengths {
        let mut locale = LocaleLengths { table: table.to_owned(), slot, keys: Vec::new(), lengths: Vec::new() };
        // SAFETY: `db` is open (see `new`); the borrowed connection does not
        // close it, and is dropped before this returns.
        let Ok(conn) = (unsafe { Connection::from_handle(self.db) }) else { return locale };
        let table = format!("\"{}_docsize\"", table.replace('"', "\"\""));
        let sql = format!("SELECT id, sz FROM {table} WHERE id BETWEEN ?1 AND ?2 ORDER BY id LIMIT ?3");
        let range = slot_keys(slot);
        let read = conn.prepare(&sql).and_then(|mut stmt| {
            let mut rows = stmt.query((range.0, range.1, self.limits.texts_per_locale as i64 + 1))?;
            while let Some(row) = rows.next()? {
                locale.keys.push(row.get(0)?);
                locale.lengths.push(total_length(row.get_ref(1)?.as_blob().unwrap_or_default()));
            }
            Ok(())
        });
        if read.is_err() || locale.keys.len() > self.limits.texts_per_locale {
            locale.keys.zeroize();
            locale.lengths.zeroize();
        }
        locale
    }
}

/// The sum of a `%_docsize` blob's column lengths (one varint each, in
/// SQLite's varint format).
fn total_length(mut sizes: &[u8]) -> u32 {
    let mut total: u32 = 0;
    while !sizes.is_empty() {
        let (value, used) = varint(sizes);
        total = total.saturating_add(u32::try_from(value).unwrap_or(u32::MAX));
        sizes = &sizes[used..];
    }
    total
}

/// One SQLite varint: big-endian groups of 7 bits, the high bit set on
/// every byte but the last; a ninth byte gives all 8 of its bits.
fn varint(bytes: &[u8]) -> (u64, usize) {
    let mut value: u64 = 0;
    for (i, &b) in bytes.iter().enumerate().take(9) {
        if i == 8 {
            return ((value << 8) | u64::from(b), 9);
        }
        value = (value << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return (value, i + 1);
        }
    }
    (value, bytes.len().min(9))
}

/// The value FTS5 frees when the function is replaced or the connection closes.
pub(crate) unsafe extern "C" fn drop_doc_lengths(lengths: *mut std::ffi::c_void) {
    // SAFETY: the pointer `rank::register` boxed, handed back once.
    drop(unsafe { Box::from_raw(lengths.cast::<DocLengths>()) });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(title, body);
             INSERT INTO t(rowid, title, body) VALUES (1, 'one two', 'three four five');
             INSERT INTO t(rowid, title, body) VALUES (1099511627776, 'a', 'b c');",
        )
        .unwrap();
        conn
    }

    #[test]
    fn lengths_are_read_per_locale_and_forgotten_when_texts_change() {
        let conn = index();
        // SAFETY: `conn` outlives `lengths`.
        let lengths = DocLengths::new(unsafe { conn.handle() });
        lengths.forget_if_changed();
        assert_eq!(lengths.length("t", 1), Some(5));
        assert_eq!(lengths.length("t", 2), None, "no such text");
        assert_eq!(lengths.length("t", slot_keys(1).0), Some(3), "another locale's range");
        assert_eq!(lengths.length("no_such_table", 1), None);

        conn.execute("UPDATE t SET body = 'three' WHERE rowid = 1", []).unwrap();
        lengths.forget_if_changed();
        assert_eq!(lengths.length("t", 1), Some(3));

        // Inside BEGIN nothing is kept: a rollback would not be seen.
        conn.execute_batch("BEGIN; UPDATE t SET body = '' WHERE rowid = 1;").unwrap();
        lengths.forget_if_changed();
        assert_eq!(lengths.length("t", 1), None);
        conn.execute_batch("ROLLBACK").unwrap();
        lengths.forget_if_changed();
        assert_eq!(lengths.length("t", 1), Some(3));
    }

    #[test]
    fn a_locale_too_large_is_not_kept_and_the_oldest_locale_makes_room() {
        let conn = index();
        conn.execute("INSERT INTO t(rowid, title, body) VALUES (2, 'six', '')", []).unwrap();
        // SAFETY: `conn` outlives `lengths`.
        let db = unsafe { conn.handle() };
        let small = DocLengths::with_limits(db, Limits { texts_per_locale: 1, locales: 4 });
        small.forget_if_changed();
        assert_eq!(small.length("t", 1), None, "two texts in the first range: asked of FTS5");
        assert_eq!(small.length("t", slot_keys(1).0), Some(3), "one text in the second: kept");

        let one = DocLengths::with_limits(db, Limits { texts_per_locale: 10, locales: 1 });
        one.forget_if_changed();
        assert_eq!(one.length("t", 2), Some(1));
        assert_eq!(one.length("t", slot_keys(1).0), Some(3));
        assert_eq!(one.length("t", 1), Some(5), "read again after being dropped for the other range");
    }

    #[test]
    fn varints_decode_as_sqlite_writes_them() {
        assert_eq!(varint(&[0x05]), (5, 1));
        assert_eq!(varint(&[0x81, 0x00]), (128, 2));
        assert_eq!(varint(&[0xff, 0x7f]), (16_383, 2));
        assert_eq!(total_length(&[0x03, 0x81, 0x00, 0x07]), 3 + 128 + 7);
        assert_eq!(total_length(&[]), 0);
        // Cut short: no panic, what was read counts.
        assert_eq!(total_length(&[0x81]), 1);
    }
}
