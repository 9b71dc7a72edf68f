-- The words of the article index, as a plain table. Typo tolerance looks
-- up words near a mistyped one; reading them from the fts5vocab table
-- walks every word's whole posting list, which on a large store takes
-- about a second per query. Refilled whenever content is installed.
CREATE TABLE search_words (
    term TEXT PRIMARY KEY
) WITHOUT ROWID;

INSERT INTO search_words(term) SELECT term FROM article_search_terms;
