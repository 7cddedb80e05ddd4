-- The read model: one row per article, rebuilt from articles.analyzed alone.
CREATE TABLE article (
    id               varchar(64)  PRIMARY KEY,
    url              text,
    canonical_url    text,
    source           text,
    title            text,
    authors          text[]       NOT NULL DEFAULT '{}',
    published_at     timestamptz,
    ingested_at      timestamptz  NOT NULL,
    -- newest-first order and time filters use the publication time, else the ingest time
    sort_time        timestamptz  NOT NULL,
    language         varchar(16),
    body             text         NOT NULL,
    content_hash     varchar(64)  NOT NULL,
    analysis_version integer      NOT NULL,
    taxonomy_version text,
    analyzed_at      timestamptz  NOT NULL,
    stored_at        timestamptz  NOT NULL DEFAULT now(),
    theme_ids        text[]       NOT NULL DEFAULT '{}',
    country_codes    text[]       NOT NULL DEFAULT '{}',
    themes           jsonb        NOT NULL DEFAULT '[]',
    countries        jsonb        NOT NULL DEFAULT '[]',
    search           tsvector GENERATED ALWAYS AS (
                         setweight(to_tsvector('english', coalesce(title, '')), 'A')
                         || setweight(to_tsvector('english', body), 'B')) STORED
);

CREATE INDEX article_newest_idx   ON article (sort_time DESC, id DESC);
CREATE INDEX article_themes_idx   ON article USING gin (theme_ids);
CREATE INDEX article_countries_idx ON article USING gin (country_codes);
CREATE INDEX article_search_idx   ON article USING gin (search);
