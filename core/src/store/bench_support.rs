//! Baselines for benchmarks: the same schema and the same queries as the
//! app, on stores keyed three ways, so that a ratio isolates one cost.
//! Not part of the app's API.

use std::path::Path;

use rusqlite::Connection;

use super::{ArticleFilter, ArticleRow, ContentReader, HelplineRow, SearchReader, StoreError, connection};
use crate::Error;
use crate::content::Category;
use crate::search::{ARTICLE_LIMIT, Query, find_articles};
use crate::secrets::DbKey;

pub enum Keying {
    /// What Haven does: a raw 256-bit key, no key derivation.
    RawKey(DbKey),
    /// SQLCipher's default passphrase mode (PBKDF2-HMAC-SHA512, 256,000 iterations).
    Passphrase(String),
    /// Plain, unencrypted SQLite.
    Plaintext,
}

impl Keying {
    fn pragma_value(&self) -> Option<String> {
        match self {
            Keying::RawKey(key) => Some(key.sqlcipher_literal().to_string()),
            Keying::Passphrase(p) => Some(p.clone()),
            Keying::Plaintext => None,
        }
    }

    fn attach_key(&self) -> String {
        match self {
            Keying::RawKey(key) => format!("\"{}\"", key.sqlcipher_literal().as_str()),
            Keying::Passphrase(p) => format!("'{}'", p.replace('\'', "''")),
            Keying::Plaintext => "''".into(),
        }
    }
}

/// Opens a store file keyed as told, with the app's pragmas, and reads its
/// first page (so a wrong key or the KDF cost shows here, as in the app).
pub fn open(path: &Path, keying: &Keying) -> Result<Connection, StoreError> {
    // As the app does: freed memory zeroed (plain connections share the allocator).
    let zeroing = super::zeroing_allocator::install();
    let conn = Connection::open(path)?;
    if let Some(key) = keying.pragma_value() {
        conn.execute_batch("PRAGMA cipher_log_level = NONE;")?;
        conn.pragma_update(None, "key", &key)?;
        if matches!(keying, Keying::RawKey(_)) {
            // Haven's own stores; a passphrase store keeps SQLCipher's defaults.
            connection::set_page_format(&conn, connection::PageFormat::Current)?;
        }
        if !zeroing {
            conn.pragma_update(None, "cipher_memory_security", "ON")?;
        }
    }
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))?;
    connection::apply_pragmas(&conn)?;
    crate::search::register_functions(&conn)?;
    Ok(conn)
}

/// Copies a whole store into a new file keyed as told (SQLCipher's export).
pub fn export(from: &Connection, to: &Path, keying: &Keying) -> Result<(), StoreError> {
    let _ = std::fs::remove_file(to);
    let path = to.to_str().ok_or_else(|| StoreError::Io(std::io::Error::other("path is not UTF-8")))?;
    from.execute_batch(&format!(
        "ATTACH DATABASE '{}' AS export KEY {};
         SELECT sqlcipher_export('export');
         PRAGMA export.user_version = {};
         DETACH DATABASE export;",
        path.replace('\'', "''"),
        keying.attach_key(),
        super::SCHEMA_VERSION,
    ))?;
    Ok(())
}

/// The queries behind the home screen: counts per category, urgent articles,
/// helplines for the region.
pub fn home_queries(conn: &Connection, locale: &str, region: &str) -> Result<usize, StoreError> {
    let reader = ContentReader(conn);
    let counts = reader.category_counts(Some(region))?;
    let filter = ArticleFilter { urgent_only: true, region: Some(region.into()), ..ArticleFilter::default() };
    let urgent = reader.articles(&filter, locale, filter.page_size(), 0)?;
    let helplines: Vec<HelplineRow> = reader.helplines(Some(region), locale)?;
    Ok(counts.len() + urgent.len() + helplines.len())
}

/// One page of a category's article list.
pub fn list_articles(
    conn: &Connection,
    locale: &str,
    category: Category,
    page: u32,
) -> Result<Vec<ArticleRow>, StoreError> {
    let filter = ArticleFilter { category: Some(category), ..ArticleFilter::default() };
    let limit = filter.page_size();
    ContentReader(conn).articles(&filter, locale, limit, u64::from(page) * u64::from(limit))
}

/// One article with its body.
pub fn fetch_article(conn: &Connection, id: &str, locale: &str) -> Result<Option<ArticleRow>, StoreError> {
    ContentReader(conn).article(id, locale)
}

/// The app's article search (the same strategy as the search view) on any
/// store; returns how many articles it found.
pub fn search_articles(conn: &Connection, text: &str, locale: &str) -> Result<usize, Error> {
    let query = Query::parse(text);
    if query.is_empty() {
        return Ok(0);
    }
    Ok(find_articles(&SearchReader(conn), &query, locale)?.0.len())
}

/// The baseline search: a `LIKE` scan over the same texts for every word.
pub fn like_scan(conn: &Connection, text: &str, locale: &str) -> Result<usize, StoreError> {
    let query = Query::parse(text);
    if query.is_empty() {
        return Ok(0);
    }
    let patterns = query.like_patterns();
    let clauses: Vec<String> = (1..=patterns.len())
        .map(|i| {
            format!("(title LIKE ?{i} ESCAPE '\\' OR summary LIKE ?{i} ESCAPE '\\' OR body LIKE ?{i} ESCAPE '\\')")
        })
        .collect();
    let sql = format!(
        "SELECT count(*) FROM (SELECT article_id FROM article_texts WHERE locale = ?{} AND {} LIMIT {ARTICLE_LIMIT})",
        patterns.len() + 1,
        clauses.join(" AND ")
    );
    let mut params: Vec<&dyn rusqlite::ToSql> = patterns.iter().map(|p| p as &dyn rusqlite::ToSql).collect();
    params.push(&locale);
    let mut stmt = conn.prepare_cached(&sql)?;
    Ok(stmt.query_row(params.as_slice(), |r| r.get::<_, i64>(0))? as usize)
}

/// The database key Haven saved in `secrets` (bare, or in its safety
/// envelope), for benchmarks that open the same file as baselines.
pub fn saved_key(secrets: &dyn crate::secrets::SecretStore) -> Result<DbKey, Error> {
    crate::safety::load_envelope(secrets)?
        .and_then(|e| e.raw_key())
        .ok_or_else(|| Error::InvalidArgument("no bare key saved".into()))
}

/// A plain SQLite store written exactly as Haven writes its own: the same
/// migrations, the built-in pack, then `packs` one install at a time. Its
/// B-trees then fill and split as the app's do; a copy made by export would
/// be packed tight and need fewer pages for the same rows, which would be a
/// difference in layout, not in encryption.
pub fn plain_store_like_haven(path: &Path, packs: &[crate::content::Pack]) -> Result<(), Error> {
    let _ = std::fs::remove_file(path);
    let mut conn = open(path, &Keying::Plaintext)?;
    super::migrations::migrate(&mut conn)?;
    super::install_pack(&mut conn, crate::haven::embedded_pack()?, 0)?;
    for pack in packs {
        super::install_pack(&mut conn, pack, 0)?;
    }
    Ok(())
}

/// Brings a plain baseline store to the current schema.
pub fn migrate_plain(path: &Path) -> Result<(), StoreError> {
    let mut conn = open(path, &Keying::Plaintext)?;
    super::migrations::migrate(&mut conn)
}

/// The baseline for applying synced content: the same rows inserted into
/// the same schema (indexes and search triggers included) in a fresh plain
/// SQLite file, with no download, decompression or verification.
pub fn plain_bulk_insert(path: &Path, pack: &crate::content::Pack) -> Result<(), StoreError> {
    let _ = std::fs::remove_file(path);
    let mut conn = open(path, &Keying::Plaintext)?;
    super::migrations::migrate(&mut conn)?;
    super::install_pack(&mut conn, pack, 0)
}
