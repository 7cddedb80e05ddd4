-- V8: articles per UTC day per theme and country, so the country statistics over whole days (top countries of
-- a theme, theme x country) add up a few thousand counts instead of reading every article in the window.
-- theme '' counts every article naming the country, whatever its themes (top countries without a theme).
-- Kept by a trigger on article, like article_tag (V7).
CREATE TABLE theme_country_day (
    day      date    NOT NULL,
    theme    text    NOT NULL,
    country  text    NOT NULL,
    articles integer NOT NULL,
    PRIMARY KEY (day, theme, country)
);
-- top countries of one theme: that theme's rows in the window
CREATE INDEX theme_country_day_theme_idx ON theme_country_day (theme, day) INCLUDE (country, articles);

-- the (theme, country) keys an article adds to the counts
CREATE FUNCTION theme_country_keys(themes text[], countries text[])
    RETURNS TABLE (theme text, country text)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT t, c FROM unnest(array_append(themes, '')) AS t CROSS JOIN unnest(countries) AS c
    WHERE t IS NOT NULL AND c IS NOT NULL
$$;

CREATE FUNCTION theme_country_day_sync() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE theme_country_day d SET articles = d.articles - 1
        FROM theme_country_keys(OLD.theme_ids, OLD.country_codes) k
        WHERE d.day = CAST(OLD.sort_time AT TIME ZONE 'UTC' AS date) AND d.theme = k.theme AND d.country = k.country;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        -- in key order, so concurrent writers take the row locks in the same order
        INSERT INTO theme_country_day (day, theme, country, articles)
        SELECT CAST(NEW.sort_time AT TIME ZONE 'UTC' AS date), k.theme, k.country, 1
        FROM theme_country_keys(NEW.theme_ids, NEW.country_codes) k ORDER BY k.theme, k.country
        ON CONFLICT (day, theme, country) DO UPDATE SET articles = theme_country_day.articles + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER theme_country_day_insert_delete AFTER INSERT OR DELETE ON article
    FOR EACH ROW EXECUTE FUNCTION theme_country_day_sync();
CREATE TRIGGER theme_country_day_update AFTER UPDATE ON article
    FOR EACH ROW
    WHEN (OLD.theme_ids IS DISTINCT FROM NEW.theme_ids OR OLD.country_codes IS DISTINCT FROM NEW.country_codes
          OR OLD.sort_time IS DISTINCT FROM NEW.sort_time)
    EXECUTE FUNCTION theme_country_day_sync();

INSERT INTO theme_country_day (day, theme, country, articles)
SELECT CAST(a.sort_time AT TIME ZONE 'UTC' AS date), k.theme, k.country, count(*)
FROM article a CROSS JOIN LATERAL theme_country_keys(a.theme_ids, a.country_codes) k
GROUP BY 1, 2, 3;
ANALYZE theme_country_day;
