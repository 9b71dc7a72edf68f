-- Haven store, schema 1: settings, installed packs, articles and helplines.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- One row per installed content pack (the built-in one, later signed ones).
CREATE TABLE packs (
    id           TEXT PRIMARY KEY,
    version      INTEGER NOT NULL,
    installed_at INTEGER NOT NULL  -- unix seconds, UTC
) STRICT;

CREATE TABLE articles (
    id       TEXT PRIMARY KEY,
    pack_id  TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    position INTEGER NOT NULL,
    urgent   INTEGER NOT NULL,
    regional INTEGER NOT NULL  -- 1 when filed under regions, 0 when for everywhere
) STRICT;
-- Lists page through these covering indexes in display order.
CREATE INDEX articles_by_category ON articles(category, position, id, urgent, regional);
CREATE INDEX articles_by_position ON articles(position, id, category, urgent, regional);
CREATE INDEX articles_urgent ON articles(position, id) WHERE urgent = 1;
CREATE INDEX articles_regional ON articles(regional, category);

-- Articles for everywhere, counted per category when a pack is installed, so
-- the home screen does not count the whole store on every open.
CREATE TABLE article_counts (
    pack_id  TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    count    INTEGER NOT NULL,
    PRIMARY KEY (pack_id, category)
) STRICT, WITHOUT ROWID;

-- Facets an article is filed under: sector, audience, exploitation, region.
CREATE TABLE article_tags (
    facet      TEXT NOT NULL,
    value      TEXT NOT NULL,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (facet, value, article_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX article_tags_by_article ON article_tags(article_id);

CREATE TABLE article_texts (
    id         INTEGER PRIMARY KEY,  -- stable rowid: search indexes point at it
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    locale     TEXT NOT NULL,
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL,
    body       TEXT NOT NULL,  -- CommonMark, validated when the pack was installed
    review     TEXT NOT NULL,
    UNIQUE (article_id, locale)
) STRICT;

CREATE TABLE helplines (
    id          TEXT PRIMARY KEY,
    pack_id     TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
    country     TEXT NOT NULL,
    emergency   INTEGER NOT NULL,
    timezone    TEXT NOT NULL,
    hours       TEXT NOT NULL,
    languages   TEXT NOT NULL,  -- JSON array of BCP 47 tags
    cost        TEXT NOT NULL,
    verified_on TEXT NOT NULL,  -- YYYY-MM-DD
    source      TEXT NOT NULL,
    position    INTEGER NOT NULL
) STRICT;

CREATE TABLE helpline_regions (
    region      TEXT NOT NULL,
    helpline_id TEXT NOT NULL REFERENCES helplines(id) ON DELETE CASCADE,
    PRIMARY KEY (region, helpline_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX helpline_regions_by_helpline ON helpline_regions(helpline_id);

CREATE TABLE helpline_channels (
    helpline_id TEXT NOT NULL REFERENCES helplines(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    value       TEXT NOT NULL,  -- E.164, short code, https URL or email address
    display     TEXT,           -- the number as its publisher writes it
    traces      TEXT NOT NULL,  -- JSON array of trace kinds
    hours       TEXT,           -- NULL: the helpline's hours
    PRIMARY KEY (helpline_id, position)
) STRICT;

CREATE TABLE helpline_texts (
    helpline_id     TEXT NOT NULL REFERENCES helplines(id) ON DELETE CASCADE,
    locale          TEXT NOT NULL,
    name            TEXT NOT NULL,
    description     TEXT NOT NULL,
    anonymity       TEXT,
    confidentiality TEXT,
    review          TEXT NOT NULL,
    PRIMARY KEY (helpline_id, locale)
) STRICT;
