//! What the store trusts now: the root list, the publisher list and each
//! publisher's manifest, kept as verified structures in the encrypted store.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, params};

use super::error::store_err;
use super::{Manifest, PublisherList, RootList, SyncError, time};

#[derive(Debug, Clone, Default)]
pub(crate) struct TrustedState {
    pub roots: Option<RootList>,
    pub publishers: Option<(PublisherList, Option<String>)>,
    pub manifests: HashMap<String, StoredManifest>,
}

#[derive(Debug, Clone)]
pub(crate) struct StoredManifest {
    pub manifest: Manifest,
    pub etag: Option<String>,
    pub verified_at: i64,
}

fn decode<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, SyncError> {
    serde_json::from_slice(bytes).map_err(|_| SyncError::Store("stored trust data does not decode".into()))
}

impl TrustedState {
    pub fn load(conn: &Connection) -> Result<TrustedState, SyncError> {
        let mut state = TrustedState::default();
        let mut trust = conn.prepare("SELECT name, document, etag FROM sync_trust").map_err(store_err)?;
        let rows = trust
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?, r.get::<_, Option<String>>(2)?)))
            .map_err(store_err)?;
        for row in rows {
            let (name, document, etag) = row.map_err(store_err)?;
            match name.as_str() {
                "roots" => state.roots = Some(decode(&document)?),
                "publishers" => state.publishers = Some((decode(&document)?, etag)),
                _ => {}
            }
        }
        let mut manifests =
            conn.prepare("SELECT document, etag, verified_at FROM sync_manifests").map_err(store_err)?;
        let rows = manifests
            .query_map([], |r| Ok((r.get::<_, Vec<u8>>(0)?, r.get::<_, Option<String>>(1)?, r.get::<_, i64>(2)?)))
            .map_err(store_err)?;
        for row in rows {
            let (document, etag, verified_at) = row.map_err(store_err)?;
            let manifest: Manifest = decode(&document)?;
            state.manifests.insert(manifest.publisher.clone(), StoredManifest { manifest, etag, verified_at });
        }
        Ok(state)
    }
}

pub(crate) fn save_roots(conn: &Connection, roots: &RootList, now: i64) -> Result<(), SyncError> {
    save_trust(conn, "roots", roots.version, &serde_json::to_vec(roots).expect("serializes"), None, now)
}

pub(crate) fn save_publishers(
    conn: &Connection,
    list: &PublisherList,
    etag: Option<&str>,
    now: i64,
) -> Result<(), SyncError> {
    save_trust(conn, "publishers", list.version, &serde_json::to_vec(list).expect("serializes"), etag, now)
}

fn save_trust(
    conn: &Connection,
    name: &str,
    version: u64,
    document: &[u8],
    etag: Option<&str>,
    now: i64,
) -> Result<(), SyncError> {
    conn.execute(
        "INSERT INTO sync_trust(name, version, document, etag, verified_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(name) DO UPDATE SET version = excluded.version, document = excluded.document,
           etag = excluded.etag, verified_at = excluded.verified_at",
        params![name, version as i64, document, etag, now],
    )
    .map_err(store_err)?;
    Ok(())
}

pub(crate) fn save_manifest(
    conn: &Connection,
    manifest: &Manifest,
    etag: Option<&str>,
    now: i64,
) -> Result<(), SyncError> {
    conn.execute(
        "INSERT INTO sync_manifests(publisher, version, created, expires, document, etag, verified_at, applied_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)
         ON CONFLICT(publisher) DO UPDATE SET version = excluded.version, created = excluded.created,
           expires = excluded.expires, document = excluded.document, etag = excluded.etag,
           verified_at = excluded.verified_at, applied_at = excluded.applied_at",
        params![
            manifest.publisher,
            manifest.version as i64,
            time::parse(&manifest.created)?,
            time::parse(&manifest.expires)?,
            serde_json::to_vec(manifest).expect("serializes"),
            etag,
            now
        ],
    )
    .map_err(store_err)?;
    Ok(())
}

/// The server confirmed (304) the manifest already applied.
pub(crate) fn confirm_manifest(conn: &Connection, publisher: &str, now: i64) -> Result<(), SyncError> {
    conn.execute("UPDATE sync_manifests SET verified_at = ?2 WHERE publisher = ?1", params![publisher, now])
        .map_err(store_err)?;
    Ok(())
}

pub(crate) fn has_part(conn: &Connection, sha256: &str) -> Result<bool, SyncError> {
    conn.query_row("SELECT 1 FROM sync_parts WHERE sha256 = ?1", [sha256], |_| Ok(()))
        .optional()
        .map(|found| found.is_some())
        .map_err(store_err)
}

/// Keeps a downloaded part whose hash matched its signed manifest entry.
pub(crate) fn keep_part(conn: &Connection, publisher: &str, sha256: &str, bytes: &[u8]) -> Result<(), SyncError> {
    conn.execute(
        "INSERT OR IGNORE INTO sync_parts(sha256, publisher, bytes) VALUES (?1, ?2, ?3)",
        params![sha256, publisher, bytes],
    )
    .map_err(store_err)?;
    Ok(())
}

pub(crate) fn part_bytes(conn: &Connection, sha256: &str) -> Result<Vec<u8>, SyncError> {
    conn.query_row("SELECT bytes FROM sync_parts WHERE sha256 = ?1", [sha256], |r| r.get(0))
        .optional()
        .map_err(store_err)?
        .ok_or_else(|| SyncError::Store("a verified part is missing".into()))
}
