-- V9: one row per story, so the stories list reads a page of summaries instead of grouping every article by
-- story_id per request. articles / duplicates / first_seen / last_seen / title are what the list showed when it
-- grouped the articles: their count, how many are copies (duplicate_of), the earliest and latest sort_time, and
-- the title of the earliest titled article (by sort_time, then id). story_newest_idx is the list's order
-- (newest last seen first, story_id breaking ties), read backwards from a cursor.
-- Kept by a trigger on article, like article_tag (V7): the affected story's row is recomputed from its articles
-- (article_story_idx; stories are small), an article moved to another story corrects both, and a story left
-- without articles loses its row.
CREATE TABLE story (
    story_id   text         NOT NULL PRIMARY KEY,
    articles   integer      NOT NULL,
    duplicates integer      NOT NULL,
    first_seen timestamptz  NOT NULL,
    last_seen  timestamptz  NOT NULL,
    title      text
);
CREATE INDEX story_newest_idx ON story (last_seen, story_id);

-- recomputes one story's row from its articles (deletes it when none is left)
CREATE FUNCTION story_refresh(sid text) RETURNS void
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    -- one writer per story at a time, until it commits: the next one's recount (a new snapshot in READ
    -- COMMITTED) then sees the articles the first one stored, so concurrent writers never leave a stale count
    PERFORM pg_advisory_xact_lock(hashtextextended('query.story:' || sid, 0));
    WITH s AS (
        SELECT count(*) AS articles, count(a.duplicate_of) AS duplicates, min(a.sort_time) AS first_seen,
               max(a.sort_time) AS last_seen,
               (array_agg(a.title ORDER BY a.sort_time, a.id) FILTER (WHERE a.title IS NOT NULL))[1] AS title
        FROM article a WHERE a.story_id = sid
    ), gone AS (
        DELETE FROM story t USING s WHERE s.articles = 0 AND t.story_id = sid
    )
    INSERT INTO story AS t (story_id, articles, duplicates, first_seen, last_seen, title)
    SELECT sid, s.articles, s.duplicates, s.first_seen, s.last_seen, s.title FROM s WHERE s.articles > 0
    ON CONFLICT (story_id) DO UPDATE SET articles = EXCLUDED.articles, duplicates = EXCLUDED.duplicates,
        first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen, title = EXCLUDED.title;
END
$$;

CREATE FUNCTION story_sync() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
    old_story text := CASE WHEN TG_OP IN ('UPDATE', 'DELETE') THEN OLD.story_id END;
    new_story text := CASE WHEN TG_OP IN ('INSERT', 'UPDATE') THEN NEW.story_id END;
BEGIN
    -- both stories of a moved article, in key order (concurrent writers take the locks in the same order)
    IF old_story IS NOT NULL AND new_story IS NOT NULL AND old_story > new_story THEN
        PERFORM story_refresh(new_story);
        PERFORM story_refresh(old_story);
        RETURN NULL;
    END IF;
    IF old_story IS NOT NULL THEN
        PERFORM story_refresh(old_story);
    END IF;
    IF new_story IS NOT NULL AND new_story IS DISTINCT FROM old_story THEN
        PERFORM story_refresh(new_story);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER story_insert_delete AFTER INSERT OR DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION story_sync();
CREATE TRIGGER story_update AFTER UPDATE ON article
    FOR EACH ROW
    WHEN (OLD.story_id IS DISTINCT FROM NEW.story_id OR OLD.duplicate_of IS DISTINCT FROM NEW.duplicate_of
          OR OLD.sort_time IS DISTINCT FROM NEW.sort_time OR OLD.title IS DISTINCT FROM NEW.title
          OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION story_sync();

-- the rows of the stories already stored (the indexes are built after the fill: faster than row by row)
ALTER TABLE story DROP CONSTRAINT story_pkey;
DROP INDEX story_newest_idx;
INSERT INTO story (story_id, articles, duplicates, first_seen, last_seen, title)
SELECT a.story_id, count(*), count(a.duplicate_of), min(a.sort_time), max(a.sort_time),
       (array_agg(a.title ORDER BY a.sort_time, a.id) FILTER (WHERE a.title IS NOT NULL))[1]
FROM article a WHERE a.story_id IS NOT NULL GROUP BY a.story_id;
ALTER TABLE story ADD CONSTRAINT story_pkey PRIMARY KEY (story_id);
CREATE INDEX story_newest_idx ON story (last_seen, story_id);
ANALYZE story;
