-- V3: how many articles carry each theme, kept by the writer, so GET /api/v1/themes reads 20-odd rows instead of
-- every article.
ALTER TABLE known_theme ADD COLUMN articles bigint NOT NULL DEFAULT 0;
UPDATE known_theme k SET articles = c.n
FROM (SELECT t AS id, count(*) AS n FROM article CROSS JOIN LATERAL unnest(theme_ids) AS t GROUP BY 1) c
WHERE k.id = c.id;
