//! Queries behind the views. Text comes in the best locale of a chain
//! (requested, then English), chosen per item inside SQL.

use rusqlite::{Connection, OptionalExtension, Row, ToSql, named_params};

use super::StoreError;
use crate::content::{Audience, Category, Channel, ChannelKind, Cost, ReviewStatus, Sector, Trace, region};

/// Which articles a list shows. `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleFilter {
    pub category: Option<Category>,
    pub sector: Option<Sector>,
    pub audience: Option<Audience>,
    /// Articles for this region plus those for everywhere.
    pub region: Option<String>,
    /// Articles marked urgent only.
    pub urgent_only: bool,
    /// Page size and page number (0-based).
    pub limit: u32,
    pub page: u32,
}

impl ArticleFilter {
    pub const DEFAULT_LIMIT: u32 = 50;
    pub const MAX_LIMIT: u32 = 500;

    /// The page size actually used: the default for 0, capped at the maximum.
    pub fn page_size(&self) -> u32 {
        match self.limit {
            0 => Self::DEFAULT_LIMIT,
            n => n.min(Self::MAX_LIMIT),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRow {
    pub id: String,
    pub category: Category,
    pub urgent: bool,
    pub locale: String,
    pub title: String,
    pub summary: String,
    pub review: ReviewStatus,
    /// Only filled when one article is fetched.
    pub body: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelplineRow {
    pub id: String,
    pub country: String,
    pub emergency: bool,
    pub timezone: String,
    pub hours: String,
    pub languages: Vec<String>,
    pub cost: Cost,
    pub verified_on: String,
    pub source: String,
    pub locale: String,
    pub name: String,
    pub description: String,
    pub anonymity: Option<String>,
    pub confidentiality: Option<String>,
    pub review: ReviewStatus,
    pub regions: Vec<String>,
    pub channels: Vec<Channel>,
}

/// Read queries over one connection.
pub(crate) struct ContentReader<'c>(pub(crate) &'c Connection);

/// SQL picking the best text locale for an item: :locale first, then 'en'.
const BEST_LOCALE: &str = "CASE locale WHEN :locale THEN 0 ELSE 1 END";

/// SQL matching a region `column` with the rule of `region::relevant`:
/// :r the region, :c its country, :s 1 when the region is a whole country.
fn region_match(column: &str) -> String {
    format!("({column} = :r OR {column} = :c OR (:s = 1 AND {column} LIKE :c || '-%'))")
}

fn push_region_args(args: &mut Vec<(&str, Box<dyn ToSql>)>, code: &str) {
    let (r, c, s) = region_params(code);
    args.push((":r", Box::new(r)));
    args.push((":c", Box::new(c)));
    args.push((":s", Box::new(s)));
}

fn region_params(code: &str) -> (String, String, i64) {
    let country = region::country_of(code).to_owned();
    let whole = i64::from(country == code);
    (code.to_owned(), country, whole)
}

fn text_in<T>(parse: fn(&str) -> Option<T>, value: String) -> rusqlite::Result<T> {
    parse(&value).ok_or_else(|| rusqlite::Error::InvalidColumnType(0, value, rusqlite::types::Type::Text))
}

impl ContentReader<'_> {
    /// Articles matching `filter` (its paging aside), `limit` rows from `offset`.
    pub(crate) fn articles(
        &self,
        filter: &ArticleFilter,
        locale: &str,
        limit: u32,
        offset: u64,
    ) -> Result<Vec<ArticleRow>, StoreError> {
        // Only the filters given become clauses, so SQLite can walk the
        // covering index in display order; list texts are joined for the
        // page only, from `article_listing`, which keeps them in display
        // order: the neighbours of one page share its leaf pages.
        let mut clauses: Vec<String> = Vec::new();
        let mut args: Vec<(&str, Box<dyn ToSql>)> = vec![
            (":locale", Box::new(locale.to_owned())),
            (":limit", Box::new(limit)),
            (":offset", Box::new(offset as i64)),
        ];
        if let Some(category) = filter.category {
            clauses.push("a.category = :category".into());
            args.push((":category", Box::new(category.as_str())));
        }
        if filter.urgent_only {
            clauses.push("a.urgent = 1".into());
        }
        for (facet, value) in
            [("sector", filter.sector.map(Sector::as_str)), ("audience", filter.audience.map(Audience::as_str))]
        {
            if let Some(value) = value {
                let name = if facet == "sector" { ":sector" } else { ":audience" };
                clauses.push(format!(
                    "EXISTS (SELECT 1 FROM article_tags WHERE facet = '{facet}' AND value = {name} AND article_id = a.id)"
                ));
                args.push((name, Box::new(value)));
            }
        }
        if let Some(code) = &filter.region {
            clauses.push(format!(
                "(a.regional = 0 OR EXISTS (SELECT 1 FROM article_tags WHERE facet = 'region' AND article_id = a.id AND {}))",
                region_match("value")
            ));
            push_region_args(&mut args, code);
        }
        let where_clause = if clauses.is_empty() { String::new() } else { format!("WHERE {}", clauses.join(" AND ")) };
        let sql = format!(
            "WITH page AS (
                 SELECT a.id, a.category, a.urgent, a.position FROM articles a {where_clause}
                 ORDER BY a.position, a.id LIMIT :limit OFFSET :offset)
             SELECT p.id, p.category, p.urgent, t.locale, t.title, t.summary, t.review
             FROM page p
             JOIN article_listing t
               ON t.category = p.category AND t.position = p.position AND t.article_id = p.id
              AND t.locale = (
                 SELECT locale FROM article_listing
                 WHERE category = p.category AND position = p.position AND article_id = p.id
                   AND locale IN (:locale, 'en')
                 ORDER BY {BEST_LOCALE} LIMIT 1)
             ORDER BY p.position, p.id"
        );
        let mut stmt = self.0.prepare_cached(&sql)?;
        let params: Vec<(&str, &dyn ToSql)> = args.iter().map(|(name, value)| (*name, value.as_ref())).collect();
        let rows = stmt.query_map(params.as_slice(), |row| article_row(row, false))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub(crate) fn article(&self, id: &str, locale: &str) -> Result<Option<ArticleRow>, StoreError> {
        let sql = format!(
            // The locale is picked from the (article, locale) index alone, so
            // only the text shown is read, not every candidate with its body.
            "SELECT a.id, a.category, a.urgent, t.locale, t.title, t.summary, t.review, t.body
             FROM articles a JOIN article_texts t ON t.article_id = a.id AND t.locale = (
                 SELECT locale FROM article_texts WHERE article_id = :id AND locale IN (:locale, 'en')
                 ORDER BY {BEST_LOCALE} LIMIT 1)
             WHERE a.id = :id"
        );
        let mut stmt = self.0.prepare_cached(&sql)?;
        Ok(stmt.query_row(named_params! {":locale": locale, ":id": id}, |row| article_row(row, true)).optional()?)
    }

    /// Article counts per category, for a region (or everywhere): the
    /// counts kept at install time, plus regional articles that match.
    pub(crate) fn category_counts(&self, region: Option<&str>) -> Result<Vec<(Category, u32)>, StoreError> {
        let general = "SELECT category, sum(count) FROM article_counts GROUP BY category";
        let mut counts: Vec<(Category, u32)> = Vec::new();
        let mut add = |category: String, n: u32| -> rusqlite::Result<()> {
            let category = text_in(Category::parse, category)?;
            match counts.iter_mut().find(|(c, _)| *c == category) {
                Some((_, total)) => *total += n,
                None => counts.push((category, n)),
            }
            Ok(())
        };
        let mut stmt = self.0.prepare_cached(general)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            add(row.get(0)?, row.get(1)?)?;
        }
        let sql = match region {
            Some(_) => format!(
                "SELECT a.category, count(*) FROM articles a
                 WHERE a.regional = 1
                   AND EXISTS (SELECT 1 FROM article_tags WHERE facet = 'region' AND article_id = a.id AND {})
                 GROUP BY a.category",
                region_match("value")
            ),
            None => "SELECT category, count(*) FROM articles WHERE regional = 1 GROUP BY category".to_owned(),
        };
        let mut args: Vec<(&str, Box<dyn ToSql>)> = Vec::new();
        if let Some(code) = region {
            push_region_args(&mut args, code);
        }
        let params: Vec<(&str, &dyn ToSql)> = args.iter().map(|(name, value)| (*name, value.as_ref())).collect();
        let mut stmt = self.0.prepare_cached(&sql)?;
        let mut rows = stmt.query(params.as_slice())?;
        while let Some(row) = rows.next()? {
            add(row.get(0)?, row.get(1)?)?;
        }
        Ok(counts)
    }

    /// Helplines relevant to a region (all of them when `None`), emergency
    /// services first, then by position.
    pub(crate) fn helplines(&self, region: Option<&str>, locale: &str) -> Result<Vec<HelplineRow>, StoreError> {
        let sql = format!(
            "SELECT h.id, h.country, h.emergency, h.timezone, h.hours, h.languages, h.cost, h.verified_on, h.source,
                    t.locale, t.name, t.description, t.anonymity, t.confidentiality, t.review
             FROM helplines h
             JOIN helpline_texts t ON t.helpline_id = h.id AND t.locale = (
                 SELECT locale FROM helpline_texts WHERE helpline_id = h.id AND locale IN (:locale, 'en')
                 ORDER BY {BEST_LOCALE} LIMIT 1)
             WHERE :r IS NULL
                OR EXISTS (SELECT 1 FROM helpline_regions WHERE helpline_id = h.id AND {rm})
             ORDER BY h.emergency DESC, h.position, h.id",
            rm = region_match("region"),
        );
        let (r, c, s) = region.map(region_params).map_or((None, None, 0), |(r, c, s)| (Some(r), Some(c), s));
        let mut stmt = self.0.prepare_cached(&sql)?;
        let rows = stmt.query_map(named_params! {":locale": locale, ":r": r, ":c": c, ":s": s}, |row| {
            Ok(HelplineRow {
                id: row.get(0)?,
                country: row.get(1)?,
                emergency: row.get(2)?,
                timezone: row.get(3)?,
                hours: row.get(4)?,
                languages: serde_json::from_str(&row.get::<_, String>(5)?).unwrap_or_default(),
                cost: text_in(Cost::parse, row.get(6)?)?,
                verified_on: row.get(7)?,
                source: row.get(8)?,
                locale: row.get(9)?,
                name: row.get(10)?,
                description: row.get(11)?,
                anonymity: row.get(12)?,
                confidentiality: row.get(13)?,
                review: text_in(ReviewStatus::parse, row.get(14)?)?,
                regions: Vec::new(),
                channels: Vec::new(),
            })
        })?;
        let mut helplines: Vec<HelplineRow> = rows.collect::<Result<_, _>>()?;
        for h in &mut helplines {
            h.regions = self.helpline_regions(&h.id)?;
            h.channels = self.channels(&h.id)?;
        }
        Ok(helplines)
    }

    fn helpline_regions(&self, id: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt =
            self.0.prepare_cached("SELECT region FROM helpline_regions WHERE helpline_id = ?1 ORDER BY region")?;
        let rows = stmt.query_map([id], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn channels(&self, id: &str) -> Result<Vec<Channel>, StoreError> {
        let mut stmt = self.0.prepare_cached(
            "SELECT kind, value, display, traces, hours FROM helpline_channels WHERE helpline_id = ?1 ORDER BY position",
        )?;
        let rows = stmt.query_map([id], |row| {
            Ok(Channel {
                kind: text_in(ChannelKind::parse, row.get(0)?)?,
                value: row.get(1)?,
                display: row.get(2)?,
                traces: serde_json::from_str::<Vec<Trace>>(&row.get::<_, String>(3)?).unwrap_or_default(),
                hours: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Regions that have at least one helpline.
    pub(crate) fn helpline_region_codes(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.0.prepare_cached("SELECT DISTINCT region FROM helpline_regions ORDER BY region")?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Locales that some article is written in.
    pub(crate) fn content_locales(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.0.prepare_cached("SELECT DISTINCT locale FROM article_texts")?;
        let rows = stmt.query_map([], |row| row.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub(crate) fn pack_version(&self, id: &str) -> Result<Option<u64>, StoreError> {
        Ok(self
            .0
            .query_row("SELECT version FROM packs WHERE id = ?1", [id], |r| r.get::<_, i64>(0))
            .optional()?
            .map(|v| v as u64))
    }
}

fn article_row(row: &Row<'_>, with_body: bool) -> rusqlite::Result<ArticleRow> {
    Ok(ArticleRow {
        id: row.get(0)?,
        category: text_in(Category::parse, row.get(1)?)?,
        urgent: row.get(2)?,
        locale: row.get(3)?,
        title: row.get(4)?,
        summary: row.get(5)?,
        review: text_in(ReviewStatus::parse, row.get(6)?)?,
        body: if with_body { Some(row.get(7)?) } else { None },
    })
}
