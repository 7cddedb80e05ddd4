-- V7: per-tag rows for newest-first lists filtered by themes and countries. One row per article and tag, where a
-- tag is a theme ('t:trade'), a country ('c:JP') or a theme and a country together ('tc:trade:JP'); the primary
-- key (tag, sort_time, id) is a B-tree, so "the newest articles with this tag" (in a time window, after a cursor)
-- is a range read backwards, and a list over several tags merges a few such ranges. theme_ids is carried in the
-- index (INCLUDE) so "all of these themes" is checked without reading the article rows.
-- Kept in step with article by triggers, so every writer (and a row's deletion) keeps it right.

CREATE FUNCTION article_tags(themes text[], countries text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT tag), '{}') FROM (
        SELECT 't:' || t AS tag FROM unnest(themes) AS t
        UNION ALL
        SELECT 'c:' || c FROM unnest(countries) AS c
        UNION ALL
        SELECT 'tc:' || t || ':' || c FROM unnest(themes) AS t CROSS JOIN unnest(countries) AS c
    ) tags WHERE tag IS NOT NULL
$$;

CREATE TABLE article_tag (
    tag       text         NOT NULL,
    sort_time timestamptz  NOT NULL,
    id        varchar(64)  NOT NULL,
    theme_ids text[]       NOT NULL,
    CONSTRAINT article_tag_pkey PRIMARY KEY (tag, sort_time, id) INCLUDE (theme_ids)
);

CREATE FUNCTION article_tag_sync() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM article_tag
        WHERE tag = ANY (article_tags(OLD.theme_ids, OLD.country_codes))
          AND sort_time = OLD.sort_time AND id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO article_tag (tag, sort_time, id, theme_ids)
        SELECT tag, NEW.sort_time, NEW.id, NEW.theme_ids
        FROM unnest(article_tags(NEW.theme_ids, NEW.country_codes)) AS tag;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER article_tag_insert_delete AFTER INSERT OR DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION article_tag_sync();
CREATE TRIGGER article_tag_update AFTER UPDATE ON article
    FOR EACH ROW
    WHEN (OLD.theme_ids IS DISTINCT FROM NEW.theme_ids OR OLD.country_codes IS DISTINCT FROM NEW.country_codes
          OR OLD.sort_time IS DISTINCT FROM NEW.sort_time OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION article_tag_sync();

-- the rows of the articles already stored (the key is built after the fill: faster than row by row)
ALTER TABLE article_tag DROP CONSTRAINT article_tag_pkey;
INSERT INTO article_tag (tag, sort_time, id, theme_ids)
SELECT tag, a.sort_time, a.id, a.theme_ids
FROM article a CROSS JOIN LATERAL unnest(article_tags(a.theme_ids, a.country_codes)) AS tag;
ALTER TABLE article_tag ADD CONSTRAINT article_tag_pkey PRIMARY KEY (tag, sort_time, id) INCLUDE (theme_ids);
ANALYZE article_tag;
