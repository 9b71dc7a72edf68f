//! Installing a pack: everything the pack had before is replaced by its new
//! content in one transaction, so a reader sees the old pack or the new one,
//! never a mix.

use rusqlite::{Connection, params};

use super::StoreError;
use crate::content::Pack;

/// Replaces the content of `pack.id` with `pack`. The pack must already be
/// validated (`Pack::from_bytes` or the builder did).
pub(crate) fn install_pack(conn: &mut Connection, pack: &Pack, now_unix: i64) -> Result<(), StoreError> {
    let tx = conn.transaction()?;
    // The helpline index is not tied to the tables by triggers (it holds
    // place names worked out here), so it is cleared first.
    tx.execute(
        "DELETE FROM helpline_search WHERE helpline_id IN (SELECT id FROM helplines WHERE pack_id = ?1)",
        [&pack.id],
    )?;
    // Cascades to every article, helpline and their rows (article search
    // follows through triggers).
    tx.execute("DELETE FROM packs WHERE id = ?1", [&pack.id])?;
    tx.execute(
        "INSERT INTO packs(id, version, installed_at) VALUES (?1, ?2, ?3)",
        params![pack.id, pack.version as i64, now_unix],
    )?;
    insert_articles(&tx, pack)?;
    tx.execute(
        "INSERT INTO article_counts(pack_id, category, count)
         SELECT pack_id, category, count(*) FROM articles WHERE pack_id = ?1 AND regional = 0 GROUP BY category",
        [&pack.id],
    )?;
    insert_helplines(&tx, pack)?;
    super::forms_write::insert_forms(&tx, pack)?;
    // Words of every installed pack, for typo tolerance (see migration 004).
    tx.execute_batch(
        "DELETE FROM search_words;
         INSERT INTO search_words(term) SELECT term FROM article_search_terms;",
    )?;
    tx.commit()?;

    Ok(())
}

fn insert_articles(tx: &Connection, pack: &Pack) -> Result<(), StoreError> {
    let mut article = tx.prepare(
        "INSERT INTO articles(id, pack_id, category, position, urgent, regional) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    let mut tag = tx.prepare("INSERT INTO article_tags(facet, value, article_id) VALUES (?1, ?2, ?3)")?;
    let mut text = tx.prepare(
        "INSERT INTO article_texts(article_id, locale, title, summary, body, review) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for a in &pack.articles {
        article.execute(params![a.id, pack.id, a.category.as_str(), a.order, a.urgent, !a.regions.is_empty()])?;
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
    Ok(())
}

fn insert_helplines(tx: &Connection, pack: &Pack) -> Result<(), StoreError> {
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
    for h in &pack.helplines {
        let languages = serde_json::to_string(&h.languages).expect("a list of strings serializes");
        helpline.execute(params![
            h.id,
            pack.id,
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
    Ok(())
}
