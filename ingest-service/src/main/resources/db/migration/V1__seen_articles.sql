-- Articles ingest-service has published, so the same article posted again is not published twice.
CREATE TABLE seen_article (
    id            varchar(64)  PRIMARY KEY,
    content_hash  varchar(64)  NOT NULL,
    first_seen_at timestamptz  NOT NULL DEFAULT now(),
    last_seen_at  timestamptz  NOT NULL DEFAULT now(),
    versions      integer      NOT NULL DEFAULT 1
);
