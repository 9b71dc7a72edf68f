//! Applying one sync: everything verified in this run is written in a
//! single transaction (content, search index, trust state), so the store
//! holds the old content or the new, never a mix, whatever happens midway.

use std::collections::HashSet;

use rusqlite::{Connection, params};

use super::error::store_err;
use super::state::{self, TrustedState};
use super::{Manifest, Part, Publisher, PublisherList, RootList, SyncError};
use crate::content::Pack;
use crate::store::{self, BUILTIN_PACK_ID};

/// Everything a sync run verified, ready to apply.
#[derive(Debug, Default)]
pub(crate) struct Verified {
    pub roots: Option<RootList>,
    pub publishers: Option<(PublisherList, Option<String>)>,
    pub updates: Vec<Update>,
    /// Publishers whose server confirmed (304) the manifest already applied.
    pub confirmed: Vec<String>,
}

#[derive(Debug)]
pub(crate) struct Update {
    pub publisher: Publisher,
    pub manifest: Manifest,
    pub etag: Option<String>,
    pub previous_version: Option<u64>,
}

/// What changed for one publisher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublisherChange {
    pub publisher: String,
    pub name: String,
    pub from_version: Option<u64>,
    pub to_version: u64,
    pub articles: usize,
    pub helplines: usize,
    /// Items whose id another publisher already holds (left to that one).
    pub conflicts: usize,
    /// True when the publisher left the trusted list and its content was removed.
    pub removed: bool,
}

/// The store's pack id for a publisher's content.
pub(crate) fn pack_id(publisher: &str) -> String {
    format!("pub:{publisher}")
}

pub(crate) fn apply(
    conn: &mut Connection,
    verified: &Verified,
    trusted: &TrustedState,
    builtin: &Pack,
    now: i64,
) -> Result<Vec<PublisherChange>, SyncError> {
    let tx = conn.transaction().map_err(store_err)?;
    let mut changes = Vec::new();
    if let Some(roots) = &verified.roots {
        state::save_roots(&tx, roots, now)?;
    }
    if let Some((list, etag)) = &verified.publishers {
        state::save_publishers(&tx, list, etag.as_deref(), now)?;
        for stored in trusted.manifests.values() {
            if list.get(&stored.manifest.publisher).is_none() {
                changes.push(remove_publisher(&tx, &stored.manifest)?);
            }
        }
    }
    for update in &verified.updates {
        changes.push(apply_update(&tx, update, now)?);
    }
    for publisher in &verified.confirmed {
        state::confirm_manifest(&tx, publisher, now)?;
    }
    if !changes.is_empty() {
        // Built-in items come back where no publisher holds their id any more.
        store::insert_articles(&tx, BUILTIN_PACK_ID, &builtin.articles).map_err(store_err)?;
        store::insert_helplines(&tx, BUILTIN_PACK_ID, &builtin.helplines).map_err(store_err)?;
        store::restore_builtin_forms(&tx, builtin).map_err(store_err)?;
        store::refresh_derived(&tx).map_err(store_err)?;
        drop_unreferenced_parts(&tx)?;
    }
    tx.commit().map_err(store_err)?;
    Ok(changes)
}

/// A publisher revoked by the root holders: its content goes with it.
fn remove_publisher(tx: &Connection, manifest: &Manifest) -> Result<PublisherChange, SyncError> {
    let id = &manifest.publisher;
    store::remove_pack(tx, &pack_id(id)).map_err(store_err)?;
    tx.execute("DELETE FROM sync_manifests WHERE publisher = ?1", [id]).map_err(store_err)?;
    tx.execute("DELETE FROM ui_overrides WHERE publisher = ?1", [id]).map_err(store_err)?;
    Ok(PublisherChange {
        publisher: id.clone(),
        name: id.clone(),
        from_version: Some(manifest.version),
        to_version: manifest.version,
        articles: 0,
        helplines: 0,
        conflicts: 0,
        removed: true,
    })
}

fn apply_update(tx: &Connection, update: &Update, now: i64) -> Result<PublisherChange, SyncError> {
    let publisher = &update.publisher;
    let pack = pack_id(&publisher.id);
    store::reset_pack(tx, &pack, update.manifest.version, now).map_err(store_err)?;
    tx.execute("DELETE FROM ui_overrides WHERE publisher = ?1", [&publisher.id]).map_err(store_err)?;
    let mut change = PublisherChange {
        publisher: publisher.id.clone(),
        name: publisher.name.clone(),
        from_version: update.previous_version,
        to_version: update.manifest.version,
        articles: 0,
        helplines: 0,
        conflicts: 0,
        removed: false,
    };
    for reference in &update.manifest.parts {
        // Checked again from the stored bytes: what is applied is exactly
        // what the signed manifest names.
        let bytes = state::part_bytes(tx, &reference.sha256)?;
        let part = Part::open(reference, publisher, &bytes)?;
        drop(bytes);
        let refused_articles = store::insert_articles(tx, &pack, &part.articles).map_err(store_err)?;
        let refused_helplines = store::insert_helplines(tx, &pack, &part.helplines).map_err(store_err)?;
        change.articles += part.articles.len() - refused_articles;
        change.helplines += part.helplines.len() - refused_helplines;
        change.conflicts += refused_articles + refused_helplines;
        for form in &part.forms {
            change.conflicts += usize::from(!store::insert_form_if_owner(tx, &pack, form).map_err(store_err)?);
        }
        for ui in &part.ui_strings {
            let inserted = tx
                .execute(
                    "INSERT INTO ui_overrides(locale, source, installed_at, publisher) VALUES (?1, ?2, ?3, ?4)
                     ON CONFLICT(locale) DO UPDATE SET source = excluded.source, installed_at = excluded.installed_at,
                       publisher = excluded.publisher
                     WHERE ui_overrides.publisher IS NULL OR ui_overrides.publisher = excluded.publisher",
                    params![ui.locale, ui.source, now, publisher.id],
                )
                .map_err(store_err)?;
            change.conflicts += usize::from(inserted == 0);
        }
    }
    state::save_manifest(tx, &update.manifest, update.etag.as_deref(), now)?;
    Ok(change)
}

fn drop_unreferenced_parts(tx: &Connection) -> Result<(), SyncError> {
    let mut referenced = HashSet::new();
    let mut stmt = tx.prepare("SELECT document FROM sync_manifests").map_err(store_err)?;
    let documents = stmt.query_map([], |r| r.get::<_, Vec<u8>>(0)).map_err(store_err)?;
    for document in documents {
        let manifest: Manifest = serde_json::from_slice(&document.map_err(store_err)?)
            .map_err(|_| SyncError::Store("a stored manifest does not decode".into()))?;
        referenced.extend(manifest.parts.into_iter().map(|p| p.sha256));
    }
    let stored: Vec<String> = tx
        .prepare("SELECT sha256 FROM sync_parts")
        .and_then(|mut s| s.query_map([], |r| r.get(0))?.collect())
        .map_err(store_err)?;
    for sha in stored.iter().filter(|s| !referenced.contains(*s)) {
        tx.execute("DELETE FROM sync_parts WHERE sha256 = ?1", [sha]).map_err(store_err)?;
    }
    Ok(())
}
