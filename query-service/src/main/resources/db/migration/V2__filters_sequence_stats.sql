-- V2: a stored sequence for incremental polling and the live stream, filters on source and language,
-- an index for time-range aggregations, and the theme ids the read model has seen.

-- seq: taken from article_seq on every insert and every replacement, so "stored after" is "seq greater than".
CREATE SEQUENCE article_seq;
ALTER TABLE article ADD COLUMN seq bigint;
UPDATE article a SET seq = s.n
FROM (SELECT id, row_number() OVER (ORDER BY stored_at, id) AS n FROM article) s
WHERE a.id = s.id;
SELECT setval('article_seq', (SELECT coalesce(max(seq), 0) + 1 FROM article), false);
ALTER TABLE article ALTER COLUMN seq SET DEFAULT nextval('article_seq');
ALTER TABLE article ALTER COLUMN seq SET NOT NULL;
ALTER SEQUENCE article_seq OWNED BY article.seq;
CREATE UNIQUE INDEX article_seq_idx ON article (seq);

-- equality filters that keep the newest-first order
CREATE INDEX article_source_idx   ON article (lower(source), sort_time DESC, id DESC);
CREATE INDEX article_language_idx ON article (language, sort_time DESC, id DESC);

-- aggregations over a time range read only this index (index-only scans)
CREATE INDEX article_time_tags_idx ON article (sort_time) INCLUDE (theme_ids, country_codes);

-- every theme id the read model has stored, besides the taxonomy's fixed list
CREATE TABLE known_theme (
    id         text        PRIMARY KEY,
    label      text,
    iptc_code  text,
    first_seen timestamptz NOT NULL DEFAULT now()
);
INSERT INTO known_theme (id, label, iptc_code)
SELECT t ->> 'theme', max(t ->> 'label'), max(t ->> 'iptcCode')
FROM article CROSS JOIN LATERAL jsonb_array_elements(themes) t
WHERE t ->> 'theme' IS NOT NULL
GROUP BY 1;
