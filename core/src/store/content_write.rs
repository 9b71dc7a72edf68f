//! Installing a pack: everything the pack had before is replaced by its new
//! content in one transaction, so a reader sees the old pack or the new one,
//! never a mix.

use rusqlite::{Connection, OptionalExtension, params};

use super::StoreError;
use crate::content::{Article, Helpline, Pack};

/// The pack compiled into the app: the lowest precedence.
pub(crate) const BUILTIN_PACK_ID: &str = "builtin";

/// Replaces the content of `pack.id` with `pack`. The pack must already be
/// validated (`Pack::from_bytes` or the builder did).
pub(crate) fn install_pack(conn: &mut Connection, pack: &Pack, now_unix: i64) -> Result<(), StoreError> {
    super::connection::with_bulk_cache(conn, |conn| {
        let tx = conn.transaction()?;
        reset_pack(&tx, &pack.id, pack.version, now_unix)?;
        insert_articles(&tx, &pack.id, &pack.articles)?;
        insert_helplines(&tx, &pack.id, &pack.helplines)?;
        refresh_derived(&tx)?;
        super::forms_write::insert_forms(&tx, pack)?;
        tx.commit()?;
        Ok(())
    })
}

/// Removes everything `pack_id` holds and records it anew at `version`.
pub(crate) fn reset_pack(tx: &Connection, pack_id: &str, version: u64, now_unix: i64) -> Result<(), StoreError> {
    remove_pack(tx, pack_id)?;
    tx.execute(
        "INSERT INTO packs(id, version, installed_at) VALUES (?1, ?2, ?3)",
        params![pack_id, version as i64, now_unix],
    )?;
    Ok(())
}

/// Removes a pack and everything it holds.
pub(crate) fn remove_pack(tx: &Connection, pack_id: &str) -> Result<(), StoreError> {
    // The helpline index is not tied to the tables by triggers (it holds
    // place names worked out here), so it is cleared first.
    tx.execute(
        "DELETE FROM helpline_search WHERE helpline_id IN (SELECT id FROM helplines WHERE pack_id = ?1)",
        [pack_id],
    )?;
    // Cascades to every article, helpline and their rows (article search
    // follows through triggers).
    tx.execute("DELETE FROM packs WHERE id = ?1", [pack_id])?;
    Ok(())
}

/// Tables computed from the content: article counts per category and the
/// words of every installed pack with how many texts hold each, for typo
/// tolerance and ranking (see migrations 004 and 009).
pub(crate) fn refresh_derived(tx: &Connection) -> Result<(), StoreError> {
    merge_search_segments(tx)?;
    tx.execute_batch(
        "DELETE FROM article_counts;
         INSERT INTO article_counts(pack_id, category, count)
         SELECT pack_id, category, count(*) FROM articles WHERE regional = 0 GROUP BY pack_id, category;
         DELETE FROM search_words;
         INSERT INTO search_words(term, docs) SELECT term, doc FROM article_search_terms;",
    )?;
    Ok(())
}

/// Segments an article index may hold before a content change merges them.
const MAX_SEARCH_SEGMENTS: i64 = 4;

/// Merges each article index into one segment when it holds more than
/// `MAX_SEARCH_SEGMENTS`. FTS5 looks every search term up in every segment
/// (a page read, and in an encrypted store a page decrypted, per segment);
/// each install or sync adds segments, and FTS5's own merging left 22 in
/// the search bench's store, where merging them into one made the median
/// search about a quarter faster. A merge rewrites the whole index, so it
/// waits until a few segments have gathered.
fn merge_search_segments(tx: &Connection) -> Result<(), StoreError> {
    for index in ["article_search", "article_search_unsegmented", "article_search_short"] {
        // Every segment has at least one row in `%_idx`, its B-tree of first terms.
        let segments: i64 =
            tx.query_row(&format!("SELECT count(DISTINCT segid) FROM {index}_idx"), [], |r| r.get(0))?;
        if segments > MAX_SEARCH_SEGMENTS {
            tx.execute(&format!("INSERT INTO {index}({index}) VALUES ('optimize')"), [])?;
        }
    }
    Ok(())
}

/// Item ids are shared by every pack; who holds an id is decided here (see
/// docs/security/content-trust.md, "Precedence"): a signed publisher's item
/// replaces the built-in one of the same id, and an id another publisher
/// already holds is never taken. Returns whether `pack_id` may insert it.
fn claim(tx: &Connection, table: &str, id: &str, pack_id: &str) -> Result<bool, StoreError> {
    let holder: Option<String> = tx
        .prepare_cached(&format!("SELECT pack_id FROM {table} WHERE id = ?1"))?
        .query_row([id], |r| r.get(0))
        .optional()?;
    match holder {
        None => Ok(true),
        Some(holder) if holder == BUILTIN_PACK_ID && pack_id != BUILTIN_PACK_ID => {
            if table == "helplines" {
                tx.execute("DELETE FROM helpline_search WHERE helpline_id = ?1", [id])?;
            }
            tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])?;
            Ok(true)
        }
        Some(_) => Ok(false),
    }
}

/// Inserts articles that `pack_id` may hold; returns how many it may not.
pub(crate) fn insert_articles(tx: &Connection, pack_id: &str, articles: &[Article]) -> Result<usize, StoreError> {
    let mut article = tx.prepare(
        "INSERT INTO articles(id, pack_id, category, position, urgent, regional) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut tag = tx.prepare("INSERT INTO article_tags(facet, value, article_id) VALUES (?1, ?2, ?3)")?;
    let mut text = tx.prepare(
        "INSERT INTO article_texts(article_id, locale, title, summary, body, review) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut refused = 0;
    for a in articles {
        if !claim(tx, "articles", &a.id, pack_id)? {
            refused += 1;
            continue;
        }
        article.execute(params![a.id, pack_id, a.category.as_str(), a.order, a.urgent, !a.regions.is_empty()])?;
        let tags = a
            .sectors
            .iter()
            .map(|s| ("sector", s.as_str()))
            .chain(a.audiences.iter().map(|x| ("audience", x.as_str())))
            .chain(a.exploitation.iter().map(|x| ("exploitation", x.as_str())))
            .chain(a.regions.iter().map(|x| ("region", x.as_str())));
        for (facet, value) in tags {
            tag.execute(params![facet, value, a.id])?;
        }
        for t in &a.texts {
            text.execute(params![a.id, t.locale, t.title, t.summary, t.body, t.review.as_str()])?;
        }
    }
    Ok(refused)
}

/// Inserts helplines that `pack_id` may hold; returns how many it may not.
pub(crate) fn insert_helplines(tx: &Connection, pack_id: &str, helplines: &[Helpline]) -> Result<usize, StoreError> {
    let mut helpline = tx.prepare(
        "INSERT INTO helplines(id, pack_id, country, emergency, timezone, hours, languages, cost, verified_on, source, position)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    let mut region = tx.prepare("INSERT INTO helpline_regions(region, helpline_id) VALUES (?1, ?2)")?;
    let mut channel = tx.prepare(
        "INSERT INTO helpline_channels(helpline_id, position, kind, value, display, traces, hours) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut text = tx.prepare(
        "INSERT INTO helpline_texts(helpline_id, locale, name, description, anonymity, confidentiality, review)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    let mut search = tx.prepare(
        "INSERT INTO helpline_search(name, description, places, helpline_id, locale) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut refused = 0;
    for h in helplines {
        if !claim(tx, "helplines", &h.id, pack_id)? {
            refused += 1;
            continue;
        }
        let languages = serde_json::to_string(&h.languages).expect("a list of strings serializes");
        helpline.execute(params![
            h.id,
            pack_id,
            h.country,
            h.emergency,
            h.timezone,
            h.hours,
            languages,
            h.cost.as_str(),
            h.verified_on,
            h.source,
            h.order
        ])?;
        for r in &h.regions {
            region.execute(params![r, h.id])?;
        }
        for (i, c) in h.channels.iter().enumerate() {
            let traces = serde_json::to_string(&c.traces).expect("a list of traces serializes");
            channel.execute(params![h.id, i as i64, c.kind.as_str(), c.value, c.display, traces, c.hours])?;
        }
        for t in &h.texts {
            text.execute(params![
                h.id,
                t.locale,
                t.name,
                t.description,
                t.anonymity,
                t.confidentiality,
                t.review.as_str()
            ])?;
            let places = crate::search::place_names(&h.regions, &t.locale);
            search.execute(params![t.name, t.description, places, h.id, t.locale])?;
        }
    }
    Ok(refused)
}
