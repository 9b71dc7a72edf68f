-- Search restricted to a locale inside the index. Until now a search joined
-- `article_texts` for every match to keep the user's locale: for a common
-- word that read (and decrypted) most of the table. Each index now has a
-- `lang` column holding the text's locale between bars (`|sq|`), so a
-- search matches `lang : "|sq|" AND (...)` and FTS5 skips other locales
-- while it walks the index. The bars make the value whole in both
-- tokenizers (the trigram one needs three characters: `|th|`).
--
-- The indexes read their content (for highlights and snippets) through
-- views adding that column; the triggers write the same value.

DROP TRIGGER article_texts_indexed;
DROP TRIGGER article_texts_unindexed;
DROP TRIGGER article_texts_reindexed;
DROP TABLE article_search_terms;
DROP TABLE article_search;
DROP TABLE article_search_unsegmented;

CREATE VIEW article_search_texts AS
    SELECT id, title, summary, body, '|' || locale || '|' AS lang
    FROM article_texts WHERE locale NOT IN ('zh-Hans', 'th');

CREATE VIEW article_search_unsegmented_texts AS
    SELECT id, title, summary, body, '|' || locale || '|' AS lang
    FROM article_texts WHERE locale IN ('zh-Hans', 'th');

-- Words, for scripts that separate them; diacritics folded (cafe finds café).
CREATE VIRTUAL TABLE article_search USING fts5(
    title, summary, body, lang,
    content = 'article_search_texts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Substrings, for scripts written without spaces between words.
CREATE VIRTUAL TABLE article_search_unsegmented USING fts5(
    title, summary, body, lang,
    content = 'article_search_unsegmented_texts', content_rowid = 'id',
    tokenize = 'trigram remove_diacritics 1'
);

-- One- and two-character pieces of the unsegmented texts, for terms too
-- short for the trigram index (see search::grams; `haven_short_grams` is an
-- SQL function each connection registers). Contentless: matches are marked
-- from article_texts by the search code.
CREATE VIRTUAL TABLE article_search_short USING fts5(
    title, summary, body, lang,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'"
);

-- The words the word index holds (search_words is filled from it, without
-- the locale column's values).
CREATE VIRTUAL TABLE article_search_terms USING fts5vocab(article_search, 'row');

CREATE TRIGGER article_texts_indexed AFTER INSERT ON article_texts BEGIN
    INSERT INTO article_search(rowid, title, summary, body, lang)
        SELECT new.id, new.title, new.summary, new.body, '|' || new.locale || '|'
        WHERE new.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(rowid, title, summary, body, lang)
        SELECT new.id, new.title, new.summary, new.body, '|' || new.locale || '|'
        WHERE new.locale IN ('zh-Hans', 'th');
    INSERT INTO article_search_short(rowid, title, summary, body, lang)
        SELECT new.id, haven_short_grams(new.title), haven_short_grams(new.summary),
               haven_short_grams(new.body), '|' || new.locale || '|'
        WHERE new.locale IN ('zh-Hans', 'th');
END;

CREATE TRIGGER article_texts_unindexed AFTER DELETE ON article_texts BEGIN
    INSERT INTO article_search(article_search, rowid, title, summary, body, lang)
        SELECT 'delete', old.id, old.title, old.summary, old.body, '|' || old.locale || '|'
        WHERE old.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(article_search_unsegmented, rowid, title, summary, body, lang)
        SELECT 'delete', old.id, old.title, old.summary, old.body, '|' || old.locale || '|'
        WHERE old.locale IN ('zh-Hans', 'th');
    DELETE FROM article_search_short WHERE rowid = old.id AND old.locale IN ('zh-Hans', 'th');
END;

CREATE TRIGGER article_texts_reindexed AFTER UPDATE ON article_texts BEGIN
    INSERT INTO article_search(article_search, rowid, title, summary, body, lang)
        SELECT 'delete', old.id, old.title, old.summary, old.body, '|' || old.locale || '|'
        WHERE old.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(article_search_unsegmented, rowid, title, summary, body, lang)
        SELECT 'delete', old.id, old.title, old.summary, old.body, '|' || old.locale || '|'
        WHERE old.locale IN ('zh-Hans', 'th');
    DELETE FROM article_search_short WHERE rowid = old.id AND old.locale IN ('zh-Hans', 'th');
    INSERT INTO article_search(rowid, title, summary, body, lang)
        SELECT new.id, new.title, new.summary, new.body, '|' || new.locale || '|'
        WHERE new.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(rowid, title, summary, body, lang)
        SELECT new.id, new.title, new.summary, new.body, '|' || new.locale || '|'
        WHERE new.locale IN ('zh-Hans', 'th');
    INSERT INTO article_search_short(rowid, title, summary, body, lang)
        SELECT new.id, haven_short_grams(new.title), haven_short_grams(new.summary),
               haven_short_grams(new.body), '|' || new.locale || '|'
        WHERE new.locale IN ('zh-Hans', 'th');
END;

INSERT INTO article_search(article_search) VALUES ('rebuild');
INSERT INTO article_search_unsegmented(article_search_unsegmented) VALUES ('rebuild');
INSERT INTO article_search_short(rowid, title, summary, body, lang)
    SELECT id, haven_short_grams(title), haven_short_grams(summary), haven_short_grams(body), '|' || locale || '|'
    FROM article_texts WHERE locale IN ('zh-Hans', 'th');
