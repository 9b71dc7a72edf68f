//! `haven_bm25`: FTS5's bm25 with each phrase's document count given by
//! the caller instead of counted at query time.
//!
//! FTS5's own `bm25()` counts, once per query, the texts holding each
//! phrase by walking that phrase's whole posting list, in every locale. For
//! a word in most texts that is hundreds of pages to read and decrypt, and
//! it was most of a search's time (on the search bench's store, the median
//! search went from 11.0 to 5.2 ms, p95 from 29 to 8 ms, when it stopped;
//! same machine, same load). The counts of whole words change only when content does, so the
//! store keeps them (`search_words.docs`, refilled with the word list) and
//! the search passes them in. The score is bm25's, term for term (k1 1.2,
//! b 0.75, the same column weights and length normalisation); a phrase
//! whose count is unknown (a prefix, a piece of an unsegmented script)
//! weighs 1, which leaves a one-phrase query's order exactly as bm25's.
//!
//! Each text's length is read from memory where it can be (see
//! `doc_lengths`) rather than from the index, row by row.
//!
//! SQL: `haven_bm25(table, counts, name, w0, w1, ...)`, `counts` a blob of
//! one little-endian i64 per phrase in expression order (negative:
//! unknown), `name` the FTS5 table's name (whose `%_docsize` lengths are
//! kept; NULL: none kept); lower is better, as with `bm25()`.

use std::ffi::{c_int, c_void};
use std::ptr;

use rusqlite::Connection;
use rusqlite::ffi;

use super::doc_lengths::{DocLengths, drop_doc_lengths};

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// The blob `haven_bm25` reads: one document count per phrase, `None` unknown.
pub(crate) fn counts_blob(counts: &[Option<u64>]) -> Vec<u8> {
    counts.iter().flat_map(|c| c.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX)).to_le_bytes()).collect()
}

/// Registers `haven_bm25` with the connection's FTS5.
pub(crate) fn register(conn: &Connection) -> rusqlite::Result<()> {
    let failure = |code| rusqlite::Error::SqliteFailure(ffi::Error::new(code), Some("FTS5 API unavailable".into()));
    // SAFETY: the connection handle is valid while `conn` is borrowed; the
    // statement is finalized before returning; the pointer bound is written
    // by FTS5 during the step only (the documented way to reach fts5_api).
    unsafe {
        let db = conn.handle();
        let mut stmt = ptr::null_mut();
        let rc = ffi::sqlite3_prepare_v2(db, c"SELECT fts5(?1)".as_ptr(), -1, &mut stmt, ptr::null_mut());
        if rc != ffi::SQLITE_OK {
            return Err(failure(rc));
        }
        let mut api: *mut ffi::fts5_api = ptr::null_mut();
        ffi::sqlite3_bind_pointer(stmt, 1, (&raw mut api).cast::<c_void>(), c"fts5_api_ptr".as_ptr(), None);
        ffi::sqlite3_step(stmt);
        ffi::sqlite3_finalize(stmt);
        let Some(create) = api.as_ref().and_then(|a| a.xCreateFunction) else {
            return Err(failure(ffi::SQLITE_ERROR));
        };
        // FTS5 frees the lengths when the connection closes; not on a failed
        // registration, which frees them here.
        let lengths = Box::into_raw(Box::new(DocLengths::new(db)));
        let rc = create(api, c"haven_bm25".as_ptr(), lengths.cast(), Some(haven_bm25), Some(drop_doc_lengths));
        if rc != ffi::SQLITE_OK {
            drop_doc_lengths(lengths.cast());
            return Err(failure(rc));
        }
    }
    Ok(())
}

/// The FTS5 auxiliary function. Never unwinds into SQLite: a failure of
/// the API is reported as an SQL error.
unsafe extern "C" fn haven_bm25(
    api: *const ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    ctx: *mut ffi::sqlite3_context,
    n_val: c_int,
    ap_val: *mut *mut ffi::sqlite3_value,
) {
    // SAFETY: FTS5 passes a valid API table, context and `n_val` values.
    let result = std::panic::catch_unwind(|| unsafe { score(&*api, fts, n_val, ap_val) });
    // SAFETY: `ctx` is the function's result context.
    unsafe {
        match result {
            Ok(Ok(score)) => ffi::sqlite3_result_double(ctx, -score),
            Ok(Err(code)) => ffi::sqlite3_result_error_code(ctx, code),
            Err(_) => ffi::sqlite3_result_error_code(ctx, ffi::SQLITE_INTERNAL),
        }
    }
}

/// bm25 of the current row (higher is better).
///
/// # Safety
/// `api`, `fts` and `ap_val` (`n_val` values) must be what FTS5 passed.
unsafe fn score(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    n_val: c_int,
    ap_val: *mut *mut ffi::sqlite3_value,
) -> Result<f64, c_int> {
    let call = |rc: c_int| if rc == ffi::SQLITE_OK { Ok(()) } else { Err(rc) };
    let missing = ffi::SQLITE_MISUSE;
    // SAFETY (whole body): every pointer comes from FTS5 for this call.
    unsafe {
        let values: &[*mut ffi::sqlite3_value] =
            if n_val > 0 && !ap_val.is_null() { std::slice::from_raw_parts(ap_val, n_val as usize) } else { &[] };
        let lengths = api.xUserData.ok_or(missing)?(fts).cast::<DocLengths>().as_ref();
        let query = query_constants(api, fts, values.first().copied(), lengths)?;
        let phrases = query.idf.len();
        let mut frequency = vec![0.0f64; phrases];
        let mut instances = 0;
        call(api.xInstCount.ok_or(missing)?(fts, &mut instances))?;
        let inst = api.xInst.ok_or(missing)?;
        for i in 0..instances {
            let (mut phrase, mut column, mut offset) = (0, 0, 0);
            call(inst(fts, i, &mut phrase, &mut column, &mut offset))?;
            let weight = values.get(2 + column.max(0) as usize).map_or(1.0, |v| ffi::sqlite3_value_double(*v));
            if let Some(f) = frequency.get_mut(phrase.max(0) as usize) {
                *f += weight;
            }
        }
        let kept = match (lengths, values.get(1).map(|v| text(*v))) {
            (Some(lengths), Some(Some(table))) => lengths.length(table, api.xRowid.ok_or(missing)?(fts)),
            _ => None,
        };
        let length = match kept {
            Some(length) => f64::from(length),
            None => {
                let mut length = 0;
                call(api.xColumnSize.ok_or(missing)?(fts, -1, &mut length))?;
                f64::from(length)
            }
        };
        let norm = K1 * (1.0 - B + B * length / query.average_length);
        Ok(frequency.iter().zip(&query.idf).map(|(f, idf)| idf * (f * (K1 + 1.0)) / (f + norm)).sum())
    }
}

/// What is the same for every row of a query: each phrase's IDF and the
/// average text length.
struct QueryConstants {
    idf: Vec<f64>,
    average_length: f64,
}

/// The query's constants, worked out at its first row and kept by FTS5
/// for the rest (as bm25 keeps its own).
///
/// # Safety
/// `api` and `fts` must be what FTS5 passed; `counts` a valid value.
unsafe fn query_constants<'a>(
    api: &ffi::Fts5ExtensionApi,
    fts: *mut ffi::Fts5Context,
    counts: Option<*mut ffi::sqlite3_value>,
    lengths: Option<&DocLengths>,
) -> Result<&'a QueryConstants, c_int> {
    let call = |rc: c_int| if rc == ffi::SQLITE_OK { Ok(()) } else { Err(rc) };
    let missing = ffi::SQLITE_MISUSE;
    // SAFETY: the auxiliary data is ours (set below, freed by FTS5 with
    // `drop_constants` when the query ends) and outlives this row's call.
    unsafe {
        let kept = api.xGetAuxdata.ok_or(missing)?(fts, 0).cast::<QueryConstants>();
        if let Some(kept) = kept.as_ref() {
            return Ok(kept);
        }
        if let Some(lengths) = lengths {
            lengths.forget_if_changed();
        }
        let phrases = api.xPhraseCount.ok_or(missing)?(fts).max(0) as usize;
        let mut rows = 0i64;
        call(api.xRowCount.ok_or(missing)?(fts, &mut rows))?;
        let mut tokens = 0i64;
        call(api.xColumnTotalSize.ok_or(missing)?(fts, -1, &mut tokens))?;
        let counts = counts.map(|v| blob(v)).unwrap_or_default();
        // Counts for another expression than this one: all unknown.
        let known = counts.len() == phrases * 8;
        let idf = (0..phrases)
            .map(|i| {
                let hits = counts.get(i * 8..i * 8 + 8).and_then(|b| b.try_into().ok()).map(i64::from_le_bytes);
                match hits {
                    Some(hits) if known && hits >= 0 => inverse_document_frequency(rows, hits),
                    _ => 1.0,
                }
            })
            .collect();
        let average_length = if rows > 0 { tokens as f64 / rows as f64 } else { 1.0 }.max(f64::MIN_POSITIVE);
        let constants = Box::into_raw(Box::new(QueryConstants { idf, average_length }));
        let rc = api.xSetAuxdata.ok_or(missing)?(fts, constants.cast(), Some(drop_constants));
        // On failure FTS5 has already called `drop_constants`.
        call(rc)?;
        Ok(&*constants)
    }
}

unsafe extern "C" fn drop_constants(constants: *mut c_void) {
    // SAFETY: FTS5 hands back the pointer `query_constants` boxed, once.
    drop(unsafe { Box::from_raw(constants.cast::<QueryConstants>()) });
}

/// bm25's IDF, clamped as FTS5 clamps it (a phrase in most texts still counts a little).
fn inverse_document_frequency(rows: i64, hits: i64) -> f64 {
    let idf = ((rows - hits) as f64 + 0.5).ln() - (hits as f64 + 0.5).ln();
    if idf <= 0.0 { 1e-6 } else { idf }
}

/// The bytes of a blob value (empty when it is not one).
///
/// # Safety
/// `value` must be a valid value for the duration of the call.
unsafe fn blob<'a>(value: *mut ffi::sqlite3_value) -> &'a [u8] {
    // SAFETY: SQLite keeps the blob valid until the value changes, which it
    // does not during this call.
    unsafe {
        let bytes = ffi::sqlite3_value_bytes(value);
        let data = ffi::sqlite3_value_blob(value).cast::<u8>();
        if data.is_null() || bytes <= 0 { &[] } else { std::slice::from_raw_parts(data, bytes as usize) }
    }
}

/// The text of a text value (`None` for any other type, or not UTF-8).
///
/// # Safety
/// `value` must be a valid value for the duration of the call.
unsafe fn text<'a>(value: *mut ffi::sqlite3_value) -> Option<&'a str> {
    // SAFETY: as for `blob`.
    unsafe {
        if ffi::sqlite3_value_type(value) != ffi::SQLITE_TEXT {
            return None;
        }
        let data = ffi::sqlite3_value_text(value);
        let bytes = ffi::sqlite3_value_bytes(value);
        if data.is_null() || bytes < 0 {
            return None;
        }
        std::str::from_utf8(std::slice::from_raw_parts(data, bytes as usize)).ok()
    }
}

#[cfg(test)]
mod tests {
    use rusqlite::{Connection, params};

    use super::*;

    /// A small index, and each word's text count as fts5vocab gives it.
    fn index() -> Connection {
        let conn = Connection::open_in_memory().unwrap();
        register(&conn).unwrap();
        fill(&conn);
        conn
    }

    fn fill(conn: &Connection) {
        conn.execute_batch(
            "CREATE VIRTUAL TABLE t USING fts5(title, summary, body);
             CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row');",
        )
        .unwrap();
        let texts = [
            ("visa help", "work visa and rights", "your visa belongs to you, not your employer"),
            ("wages", "unpaid wages", "keep a record of hours worked and wages paid"),
            ("passport", "who holds your passport", "an employer must not keep your passport or visa"),
            ("rights at work", "work rights", "breaks, wages, a contract: your rights at work"),
            ("housing", "where you live", "tied housing and debts for rent"),
        ];
        for (title, summary, body) in texts {
            conn.execute("INSERT INTO t(title, summary, body) VALUES (?1, ?2, ?3)", params![title, summary, body])
                .unwrap();
        }
    }

    fn counts(conn: &Connection, words: &[&str]) -> Vec<u8> {
        let counts: Vec<Option<u64>> = words
            .iter()
            .map(|w| {
                Some(conn.query_row("SELECT doc FROM v WHERE term = ?1", [w], |r| r.get::<_, i64>(0)).unwrap_or(0)
                    as u64)
            })
            .collect();
        counts_blob(&counts)
    }

    fn scores(conn: &Connection, function: &str, expression: &str, counts: &[u8]) -> Vec<(i64, f64)> {
        let sql = format!("SELECT rowid, {function} FROM t WHERE t MATCH ?1 ORDER BY 2, rowid");
        let mut stmt = conn.prepare(&sql).unwrap();
        let read = |r: &rusqlite::Row<'_>| Ok((r.get(0)?, r.get(1)?));
        let rows = if stmt.parameter_count() == 1 {
            stmt.query_map([expression], read).unwrap()
        } else {
            stmt.query_map(params![expression, counts], read).unwrap()
        };
        rows.collect::<Result<_, _>>().unwrap()
    }

    /// Scores with the counts given (and lengths kept, or not, by `name`) are bm25's.
    fn assert_scores_are_bm25(conn: &Connection, name: &str) {
        for words in [&["visa"][..], &["wages", "work"], &["your", "passport", "visa"]] {
            let any = words.iter().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" OR ");
            let ours = scores(conn, &format!("haven_bm25(t, ?2, {name}, 10.0, 4.0, 1.0)"), &any, &counts(conn, words));
            let fts5 = scores(conn, "bm25(t, 10.0, 4.0, 1.0)", &any, &[]);
            assert_eq!(ours.len(), fts5.len(), "{any}");
            assert!(!ours.is_empty());
            for ((key, a), (fts5_key, b)) in ours.iter().zip(&fts5) {
                assert_eq!(key, fts5_key, "{any}: same order");
                assert!((a - b).abs() < 1e-9, "{any}: {a} vs {b}");
            }
        }
    }

    #[test]
    fn given_counts_score_as_fts5_bm25_does() {
        let conn = index();
        assert_scores_are_bm25(&conn, "'t'");
        // Lengths read from the index row by row, not kept.
        assert_scores_are_bm25(&conn, "NULL");
        // A name with no index behind it: nothing kept, no error.
        assert_scores_are_bm25(&conn, "'no such \"table'");
    }

    #[test]
    fn kept_lengths_follow_every_change_to_the_texts() {
        let conn = index();
        assert_scores_are_bm25(&conn, "'t'");
        // Longer, shorter, new and removed texts, written by this connection.
        conn.execute_batch(
            "UPDATE t SET body = body || ' and more words, wages and visa and work and more' WHERE rowid = 1;
             UPDATE t SET body = 'visa' WHERE rowid = 3;
             INSERT INTO t(title, summary, body) VALUES ('work visa', 'visa wages', 'your work, your visa, your wages');
             DELETE FROM t WHERE rowid = 2;",
        )
        .unwrap();
        assert_scores_are_bm25(&conn, "'t'");
        // Inside a transaction not yet committed.
        conn.execute_batch("BEGIN; UPDATE t SET title = 'visa visa visa visa visa' WHERE rowid = 4;").unwrap();
        assert_scores_are_bm25(&conn, "'t'");
        conn.execute_batch("ROLLBACK").unwrap();
        assert_scores_are_bm25(&conn, "'t'");
    }

    #[test]
    fn kept_lengths_follow_changes_made_by_another_connection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.db");
        let conn = Connection::open(&path).unwrap();
        fill(&conn);
        register(&conn).unwrap();
        assert_scores_are_bm25(&conn, "'t'");
        let other = Connection::open(&path).unwrap();
        other
            .execute("UPDATE t SET summary = summary || ' visa wages work your passport' WHERE rowid = 5", [])
            .unwrap();
        other.execute("UPDATE t SET body = 'wages' WHERE rowid = 4", []).unwrap();
        assert_scores_are_bm25(&conn, "'t'");
    }

    #[test]
    fn unknown_or_mismatched_counts_weigh_every_phrase_alike() {
        let conn = index();
        let one = scores(&conn, "haven_bm25(t, ?2, 't', 10.0, 4.0, 1.0)", "\"wages\"", &counts_blob(&[None]));
        let fts5 = scores(&conn, "bm25(t, 10.0, 4.0, 1.0)", "\"wages\"", &[]);
        let order = |s: &[(i64, f64)]| s.iter().map(|(k, _)| *k).collect::<Vec<_>>();
        assert_eq!(order(&one), order(&fts5), "one phrase: bm25's order, whatever its weight");
        // Two counts for three phrases, an empty blob, or no blob at all: no error.
        for counts in [counts_blob(&[Some(1), Some(2)]), Vec::new(), vec![1, 2, 3]] {
            let found = scores(&conn, "haven_bm25(t, ?2)", "\"visa\" OR \"wages\" OR \"work\"", &counts);
            assert_eq!(found.len(), 4);
            assert!(found.iter().all(|(_, s)| s.is_finite() && *s < 0.0));
        }
        assert_eq!(scores(&conn, "haven_bm25(t)", "\"housing\"", &[]).len(), 1);
    }
}
