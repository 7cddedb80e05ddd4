-- Feed subscriptions and the entries already taken from each feed.
CREATE TABLE feed (
    id                   bigserial    PRIMARY KEY,
    url                  text         NOT NULL UNIQUE,
    source               text,
    poll_interval_s      integer      NOT NULL,
    title                text,
    etag                 text,
    last_modified        text,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    next_poll_at         timestamptz  NOT NULL DEFAULT now(),
    last_poll_at         timestamptz,
    last_status          integer,
    last_success_at      timestamptz,
    last_error           text,
    last_error_at        timestamptz,
    consecutive_failures integer      NOT NULL DEFAULT 0,
    items_seen           bigint       NOT NULL DEFAULT 0,
    articles_published   bigint       NOT NULL DEFAULT 0
);
CREATE INDEX feed_due_idx ON feed (next_poll_at);

CREATE TABLE feed_entry (
    feed_id       bigint       NOT NULL REFERENCES feed (id) ON DELETE CASCADE,
    entry_key     text         NOT NULL,
    article_id    varchar(64),
    first_seen_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (feed_id, entry_key)
);
