-- What article lists show (title, summary, review status), one row per text,
-- kept in display order: the articles of one page of a category sit on a few
-- adjacent pages instead of one text page each. Every page read from the
-- encrypted store is decrypted and authenticated, so pages touched per list
-- is what a list costs. Triggers keep it in step with the texts and articles
-- in the same transaction, whatever writes them (packs, sync).
CREATE TABLE article_listing (
    category   TEXT NOT NULL,
    position   INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    locale     TEXT NOT NULL,
    title      TEXT NOT NULL,
    summary    TEXT NOT NULL,
    review     TEXT NOT NULL,
    PRIMARY KEY (category, position, article_id, locale)
) STRICT, WITHOUT ROWID;

INSERT INTO article_listing(category, position, article_id, locale, title, summary, review)
    SELECT a.category, a.position, t.article_id, t.locale, t.title, t.summary, t.review
    FROM article_texts t JOIN articles a ON a.id = t.article_id;

-- Rows are found by their whole key (category and position from the
-- article), so no second index is written for every text. An article's
-- rows go before the article does; its texts' own delete trigger then
-- finds no article and nothing left to do.
CREATE TRIGGER articles_unlisted BEFORE DELETE ON articles BEGIN
    DELETE FROM article_listing
    WHERE category = old.category AND position = old.position AND article_id = old.id;
END;

CREATE TRIGGER articles_relisted AFTER UPDATE OF category, position ON articles BEGIN
    UPDATE article_listing SET category = new.category, position = new.position
    WHERE category = old.category AND position = old.position AND article_id = old.id;
END;

CREATE TRIGGER article_texts_listed AFTER INSERT ON article_texts BEGIN
    INSERT INTO article_listing(category, position, article_id, locale, title, summary, review)
        SELECT a.category, a.position, new.article_id, new.locale, new.title, new.summary, new.review
        FROM articles a WHERE a.id = new.article_id;
END;

CREATE TRIGGER article_texts_unlisted AFTER DELETE ON article_texts BEGIN
    DELETE FROM article_listing
    WHERE (category, position) = (SELECT category, position FROM articles WHERE id = old.article_id)
      AND article_id = old.article_id AND locale = old.locale;
END;

CREATE TRIGGER article_texts_relisted AFTER UPDATE ON article_texts BEGIN
    DELETE FROM article_listing
    WHERE (category, position) = (SELECT category, position FROM articles WHERE id = old.article_id)
      AND article_id = old.article_id AND locale = old.locale;
    INSERT INTO article_listing(category, position, article_id, locale, title, summary, review)
        SELECT a.category, a.position, new.article_id, new.locale, new.title, new.summary, new.review
        FROM articles a WHERE a.id = new.article_id;
END;
