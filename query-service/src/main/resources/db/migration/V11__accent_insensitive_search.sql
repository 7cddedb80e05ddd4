-- V11: full-text search that ignores accents. With the 'english' configuration, "Sao Paulo" did not find
-- "São Paulo", nor "Erdogan" "Erdoğan": news names are typed without the accents they are printed with.
-- news_search is 'english' with the unaccent dictionary (PostgreSQL contrib; a trusted extension since PostgreSQL
-- 13, so the database owner may create it) before each dictionary of words that hold a letter beyond ASCII; the
-- stemmer then sees "sao", "reuniao". Queries use the same configuration (FilterSql.TEXT_QUERY).
-- The generated column is built again with it, which rewrites the article table and its search index: 42 s for
-- 23,053 articles (130 MB of text) on a 2-core machine, as long as computing their vectors takes (see
-- deploy/kubernetes/README.md for a large read model).
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION news_search (COPY = english);

-- the dictionary is named with the schema the extension is in (it may have been created earlier, elsewhere)
DO $$
DECLARE
    ext_schema text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'unaccent');
BEGIN
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION news_search ALTER MAPPING FOR word, hword, hword_part'
                   ' WITH %I.unaccent, english_stem', ext_schema);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION news_search ALTER MAPPING FOR numword, hword_numpart'
                   ' WITH %I.unaccent, simple', ext_schema);
END
$$;

ALTER TABLE article
    DROP COLUMN search,
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('news_search', coalesce(title, '')), 'A')
        || setweight(to_tsvector('news_search', body), 'B')) STORED;

CREATE INDEX article_search_idx ON article USING gin (search);
