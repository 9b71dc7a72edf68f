-- Search restricted to a locale inside the index. Until now a search joined
-- `article_texts` for every match to keep the user's locale: for a common
-- word that read (and decrypted) most of the table. Now each locale has its
-- own range of index rowids: a text's index key is its locale's slot times
-- 2^40 plus its id, so a search in one locale asks FTS5 for
-- `rowid BETWEEN slot << 40 AND (slot + 1) << 40 - 1` and FTS5 skips the
-- other locales while it walks the index. (A locale column matched in the
-- query did the same, but bm25 then counts every text of the locale for
-- that term's weight, about 4 ms per query.)
--
-- `search_keys` maps keys to texts; the indexes read their content (for
-- highlights and snippets) through views by key.

DROP TRIGGER article_texts_indexed;
DROP TRIGGER article_texts_unindexed;
DROP TRIGGER article_texts_reindexed;
DROP TABLE article_search_terms;
DROP TABLE article_search;
DROP TABLE article_search_unsegmented;

CREATE TABLE search_locales (
    slot   INTEGER PRIMARY KEY,
    locale TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE search_keys (
    key     INTEGER PRIMARY KEY,  -- slot << 40 | article_texts.id
    text_id INTEGER NOT NULL
) STRICT;

CREATE VIEW article_search_texts AS
    SELECT k.key, t.title, t.summary, t.body
    FROM search_keys k JOIN article_texts t ON t.id = k.text_id
    WHERE t.locale NOT IN ('zh-Hans', 'th');

CREATE VIEW article_search_unsegmented_texts AS
    SELECT k.key, t.title, t.summary, t.body
    FROM search_keys k JOIN article_texts t ON t.id = k.text_id
    WHERE t.locale IN ('zh-Hans', 'th');

-- Words, for scripts that separate them; diacritics folded (cafe finds café).
CREATE VIRTUAL TABLE article_search USING fts5(
    title, summary, body,
    content = 'article_search_texts', content_rowid = 'key',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Substrings, for scripts written without spaces between words.
CREATE VIRTUAL TABLE article_search_unsegmented USING fts5(
    title, summary, body,
    content = 'article_search_unsegmented_texts', content_rowid = 'key',
    tokenize = 'trigram remove_diacritics 1'
);

-- One- and two-character pieces of the unsegmented texts, for terms too
-- short for the trigram index (see search::grams; `haven_short_grams` is an
-- SQL function each connection registers). Contentless: matches are marked
-- from article_texts by the search code.
CREATE VIRTUAL TABLE article_search_short USING fts5(
    title, summary, body,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

-- The words the word index holds (search_words is filled from it).
CREATE VIRTUAL TABLE article_search_terms USING fts5vocab(article_search, 'row');

CREATE TRIGGER article_texts_indexed AFTER INSERT ON article_texts BEGIN
    INSERT OR IGNORE INTO search_locales(locale) VALUES (new.locale);
    INSERT INTO search_keys(key, text_id)
        SELECT (slot << 40) + new.id, new.id FROM search_locales WHERE locale = new.locale;
    INSERT INTO article_search(rowid, title, summary, body)
        SELECT key, new.title, new.summary, new.body FROM search_keys
        WHERE text_id = new.id AND new.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(rowid, title, summary, body)
        SELECT key, new.title, new.summary, new.body FROM search_keys
        WHERE text_id = new.id AND new.locale IN ('zh-Hans', 'th');
    INSERT INTO article_search_short(rowid, title, summary, body)
        SELECT key, haven_short_grams(new.title), haven_short_grams(new.summary), haven_short_grams(new.body)
        FROM search_keys WHERE text_id = new.id AND new.locale IN ('zh-Hans', 'th');
END;

CREATE TRIGGER article_texts_unindexed AFTER DELETE ON article_texts BEGIN
    INSERT INTO article_search(article_search, rowid, title, summary, body)
        SELECT 'delete', key, old.title, old.summary, old.body FROM search_keys
        WHERE text_id = old.id AND old.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(article_search_unsegmented, rowid, title, summary, body)
        SELECT 'delete', key, old.title, old.summary, old.body FROM search_keys
        WHERE text_id = old.id AND old.locale IN ('zh-Hans', 'th');
    DELETE FROM article_search_short
        WHERE rowid IN (SELECT key FROM search_keys WHERE text_id = old.id) AND old.locale IN ('zh-Hans', 'th');
    DELETE FROM search_keys WHERE text_id = old.id;
END;

-- An update re-indexes the text, under its new locale if that changed.
CREATE TRIGGER article_texts_reindexed AFTER UPDATE ON article_texts BEGIN
    INSERT INTO article_search(article_search, rowid, title, summary, body)
        SELECT 'delete', key, old.title, old.summary, old.body FROM search_keys
        WHERE text_id = old.id AND old.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(article_search_unsegmented, rowid, title, summary, body)
        SELECT 'delete', key, old.title, old.summary, old.body FROM search_keys
        WHERE text_id = old.id AND old.locale IN ('zh-Hans', 'th');
    DELETE FROM article_search_short
        WHERE rowid IN (SELECT key FROM search_keys WHERE text_id = old.id) AND old.locale IN ('zh-Hans', 'th');
    DELETE FROM search_keys WHERE text_id = old.id;
    INSERT OR IGNORE INTO search_locales(locale) VALUES (new.locale);
    INSERT INTO search_keys(key, text_id)
        SELECT (slot << 40) + new.id, new.id FROM search_locales WHERE locale = new.locale;
    INSERT INTO article_search(rowid, title, summary, body)
        SELECT key, new.title, new.summary, new.body FROM search_keys
        WHERE text_id = new.id AND new.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(rowid, title, summary, body)
        SELECT key, new.title, new.summary, new.body FROM search_keys
        WHERE text_id = new.id AND new.locale IN ('zh-Hans', 'th');
    INSERT INTO article_search_short(rowid, title, summary, body)
        SELECT key, haven_short_grams(new.title), haven_short_grams(new.summary), haven_short_grams(new.body)
        FROM search_keys WHERE text_id = new.id AND new.locale IN ('zh-Hans', 'th');
END;

CREATE INDEX search_keys_by_text ON search_keys(text_id);

INSERT INTO search_locales(locale) SELECT DISTINCT locale FROM article_texts ORDER BY locale;
INSERT INTO search_keys(key, text_id)
    SELECT (s.slot << 40) + t.id, t.id FROM article_texts t JOIN search_locales s ON s.locale = t.locale;
INSERT INTO article_search(article_search) VALUES ('rebuild');
INSERT INTO article_search_unsegmented(article_search_unsegmented) VALUES ('rebuild');
INSERT INTO article_search_short(rowid, title, summary, body)
    SELECT k.key, haven_short_grams(t.title), haven_short_grams(t.summary), haven_short_grams(t.body)
    FROM search_keys k JOIN article_texts t ON t.id = k.text_id
    WHERE t.locale IN ('zh-Hans', 'th');
