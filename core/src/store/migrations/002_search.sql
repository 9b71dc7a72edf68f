-- Full-text search inside the encrypted store: index pages are encrypted like
-- every other page. Triggers keep the indexes in step with the texts, in the
-- same transaction, whatever writes them.

-- Words, for scripts that separate them; diacritics folded (cafe finds café).
CREATE VIRTUAL TABLE article_search USING fts5(
    title, summary, body,
    content = 'article_texts', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Substrings, for scripts written without spaces between words.
CREATE VIRTUAL TABLE article_search_unsegmented USING fts5(
    title, summary, body,
    content = 'article_texts', content_rowid = 'id',
    tokenize = 'trigram remove_diacritics 1'
);

-- The words the word index holds, for typo-tolerant search.
CREATE VIRTUAL TABLE article_search_terms USING fts5vocab(article_search, 'row');

CREATE TRIGGER article_texts_indexed AFTER INSERT ON article_texts BEGIN
    INSERT INTO article_search(rowid, title, summary, body)
        SELECT new.id, new.title, new.summary, new.body WHERE new.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(rowid, title, summary, body)
        SELECT new.id, new.title, new.summary, new.body WHERE new.locale IN ('zh-Hans', 'th');
END;

CREATE TRIGGER article_texts_unindexed AFTER DELETE ON article_texts BEGIN
    INSERT INTO article_search(article_search, rowid, title, summary, body)
        SELECT 'delete', old.id, old.title, old.summary, old.body WHERE old.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(article_search_unsegmented, rowid, title, summary, body)
        SELECT 'delete', old.id, old.title, old.summary, old.body WHERE old.locale IN ('zh-Hans', 'th');
END;

CREATE TRIGGER article_texts_reindexed AFTER UPDATE ON article_texts BEGIN
    INSERT INTO article_search(article_search, rowid, title, summary, body)
        SELECT 'delete', old.id, old.title, old.summary, old.body WHERE old.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(article_search_unsegmented, rowid, title, summary, body)
        SELECT 'delete', old.id, old.title, old.summary, old.body WHERE old.locale IN ('zh-Hans', 'th');
    INSERT INTO article_search(rowid, title, summary, body)
        SELECT new.id, new.title, new.summary, new.body WHERE new.locale NOT IN ('zh-Hans', 'th');
    INSERT INTO article_search_unsegmented(rowid, title, summary, body)
        SELECT new.id, new.title, new.summary, new.body WHERE new.locale IN ('zh-Hans', 'th');
END;

-- Helplines: name, description and the names of the places they cover (in
-- the text's language and English), filled when a pack is installed.
CREATE VIRTUAL TABLE helpline_search USING fts5(
    name, description, places,
    helpline_id UNINDEXED, locale UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
);
