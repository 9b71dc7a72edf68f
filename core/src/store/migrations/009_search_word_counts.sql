-- How many texts hold each word, for ranking (search::rank): FTS5's bm25()
-- counted them at every query by walking each word's whole posting list,
-- in every locale, most of a search's time for a common word. The counts
-- come from the same fts5vocab pass that refills the word list after every
-- install, so keeping them costs nothing more.
ALTER TABLE search_words ADD COLUMN docs INTEGER NOT NULL DEFAULT 0;
DELETE FROM search_words;
INSERT INTO search_words(term, docs) SELECT term, doc FROM article_search_terms;
