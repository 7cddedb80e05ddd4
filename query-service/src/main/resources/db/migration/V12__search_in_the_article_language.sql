-- V12: full-text search reads each article in its own language.
--
-- Until now every article was stemmed as English (news_search, V11). In another language that finds only the exact
-- word form: "выборов" did not find "выборы", nor "Häuser" "Haus"; and English stop words ("a", "i", "to") were
-- dropped from Polish and Czech text, where they are words. Now an article's words are stemmed by its language's
-- Snowball stemmer (PostgreSQL 17 has 28), each after unaccent as in news_search; a language without a stemmer keeps
-- its words whole (no stop words, accents ignored); an article of no known language is read as English, as before.
--
-- A query is read in each article's own language. It is read once per statement in every configuration
-- (search_queries). Each vector carries a mark of its configuration (search_mark), and the index is searched with
-- every reading joined to the marks of the configurations that read it so (search_query): "trade war" read as German
-- is 'trad' ("war" is a German stop word), which finds German articles that say "trad" but not English ones. A row's
-- own reading, for ranks and snippets, is search_queries(q)[search_config_number(language)].
--
-- English articles' words are read as before; the column is computed again all the same, which rewrites the table
-- (as V11): 85-92 s for 33,400 articles on a 2-core machine.

-- news_search_xx for each Snowball stemmer PostgreSQL has (xx: the ISO 639-1 code of its language): the stemmer after
-- unaccent, for words with letters beyond ASCII too; numbers and words of letters and digits unaccented and kept
-- whole, as in news_search. news_search_words for a language without a stemmer: every word whole, accents ignored,
-- no stop words. search_configs() lists them in a fixed order: English (also for an article of no known language),
-- the whole words, then the stemmers in the order of search_stemmed_languages(). A vector's mark is its
-- configuration's place in that list, so a later migration may only add to its end. The names are written with this
-- schema, so they mean the same whatever a session's search_path.
DO $do$
DECLARE
    s text := current_schema();
    ext_schema text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                        WHERE e.extname = 'unaccent');
    stemmers text[][] := ARRAY[['ar', 'arabic'], ['hy', 'armenian'], ['eu', 'basque'], ['ca', 'catalan'],
        ['da', 'danish'], ['nl', 'dutch'], ['fi', 'finnish'], ['fr', 'french'], ['de', 'german'], ['el', 'greek'],
        ['hi', 'hindi'], ['hu', 'hungarian'], ['id', 'indonesian'], ['ga', 'irish'], ['it', 'italian'],
        ['lt', 'lithuanian'], ['ne', 'nepali'], ['no', 'norwegian'], ['pt', 'portuguese'], ['ro', 'romanian'],
        ['ru', 'russian'], ['sr', 'serbian'], ['es', 'spanish'], ['sv', 'swedish'], ['ta', 'tamil'],
        ['tr', 'turkish'], ['yi', 'yiddish']];
    codes text[] := '{}';
    configs text[] := ARRAY[s || '.news_search', s || '.news_search_words'];
BEGIN
    FOR i IN 1 .. array_length(stemmers, 1) LOOP
        -- (a PostgreSQL older than this list, 17, may lack a stemmer: its language keeps whole words)
        CONTINUE WHEN NOT EXISTS (SELECT 1 FROM pg_ts_dict WHERE dictname = stemmers[i][2] || '_stem'
                                  AND dictnamespace = 'pg_catalog'::regnamespace);
        EXECUTE format('CREATE TEXT SEARCH CONFIGURATION %I (COPY = pg_catalog.%I)', 'news_search_' || stemmers[i][1],
                       stemmers[i][2]);
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR word, hword, hword_part'
                       ' WITH %I.unaccent, pg_catalog.%I', 'news_search_' || stemmers[i][1], ext_schema,
                       stemmers[i][2] || '_stem');
        EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR numword, hword_numpart'
                       ' WITH %I.unaccent, simple', 'news_search_' || stemmers[i][1], ext_schema);
        codes := codes || stemmers[i][1];
        configs := configs || (s || '.news_search_' || stemmers[i][1]);
    END LOOP;
    CREATE TEXT SEARCH CONFIGURATION news_search_words (COPY = pg_catalog.simple);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION news_search_words ALTER MAPPING FOR asciiword, asciihword,'
                   ' hword_asciipart, word, hword, hword_part, numword, hword_numpart WITH %I.unaccent, simple',
                   ext_schema);
    EXECUTE format('CREATE FUNCTION search_stemmed_languages() RETURNS text[] LANGUAGE sql IMMUTABLE PARALLEL SAFE'
                   ' AS %L', format('SELECT %L::text[]', codes));
    EXECUTE format('CREATE FUNCTION search_configs() RETURNS regconfig[] LANGUAGE sql IMMUTABLE PARALLEL SAFE'
                   ' AS %L', format('SELECT %L::regconfig[]', configs));
END
$do$;

-- The functions the search column and the queries use; each names the others with this schema, as above.
DO $do$
DECLARE
    s text := quote_ident(current_schema());
BEGIN
    -- where in search_configs() the configuration of an article of this language (ISO 639-1, as ingest-service
    -- detects it) is
    EXECUTE format($f$
        CREATE FUNCTION search_config_number(language text) RETURNS integer
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
            SELECT CASE
                WHEN language IS NULL OR language = '' OR language = 'en' THEN 1
                WHEN language IN ('nb', 'nn') THEN coalesce(array_position(%1$s.search_stemmed_languages(), 'no') + 2, 2)
                ELSE coalesce(array_position(%1$s.search_stemmed_languages(), language) + 2, 2)
            END
        $body$
    $f$, s);
    -- the configuration an article of this language is read with
    EXECUTE format($f$
        CREATE FUNCTION search_config(language text) RETURNS regconfig
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
            SELECT (%1$s.search_configs())[%1$s.search_config_number(language)]
        $body$
    $f$, s);
    -- the query read in each configuration, in the order of search_configs(): a statement computes it once, and
    -- each row takes its own by search_config_number
    EXECUTE format($f$
        CREATE FUNCTION search_queries(q text) RETURNS tsquery[]
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
            SELECT array_agg(websearch_to_tsquery(config, q) ORDER BY n)
            FROM unnest(%1$s.search_configs()) WITH ORDINALITY AS u(config, n)
        $body$
    $f$, s);
    -- the mark every search vector carries of the configuration its words were read with: a lexeme no text gives
    -- (it starts with a space)
    EXECUTE format($f$
        CREATE FUNCTION search_mark(language text) RETURNS tsvector
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
            SELECT array_to_tsvector(ARRAY[' config ' || %1$s.search_config_number(language)])
        $body$
    $f$, s);
    -- what the index is searched with: each distinct reading of the query, joined to the marks of the configurations
    -- that read it so, all joined by OR, so that an article matches when the query read in its own language does
    -- (those where the query's words are all stop words are left out: they match nothing, as before)
    EXECUTE format($f$
        CREATE FUNCTION search_query(q text) RETURNS tsquery
            LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $body$
        DECLARE
            readings tsquery[] := %1$s.search_queries(q);
            distinct_readings text[] := '{}';
            marks tsquery[] := '{}';
            mark tsquery;
            at integer;
            readers integer := 0;
            result tsquery;
        BEGIN
            FOR n IN 1 .. array_length(readings, 1) LOOP
                CONTINUE WHEN numnode(readings[n]) = 0;
                readers := readers + 1;
                mark := quote_literal(' config ' || n)::tsquery;
                at := array_position(distinct_readings, readings[n]::text);
                IF at IS NULL THEN
                    distinct_readings := distinct_readings || readings[n]::text;
                    marks := marks || mark;
                ELSE
                    marks[at] := marks[at] || mark;
                END IF;
            END LOOP;
            IF array_length(distinct_readings, 1) = 1 AND readers = array_length(readings, 1) THEN
                RETURN readings[1]; -- every configuration reads it so ("Haus", "2024"): no marks needed
            END IF;
            FOR i IN 1 .. coalesce(array_length(distinct_readings, 1), 0) LOOP
                result := CASE WHEN result IS NULL THEN distinct_readings[i]::tsquery && marks[i]
                               ELSE result || (distinct_readings[i]::tsquery && marks[i]) END;
            END LOOP;
            RETURN coalesce(result, readings[1]); -- (an empty query)
        END
        $body$
    $f$, s);
END
$do$;

ALTER TABLE article
    DROP COLUMN search,
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('news_search', unspaced_pairs(title)), 'A')
        || setweight(to_tsvector('news_search', unspaced_pairs(body)), 'B')
        || setweight(to_tsvector(search_config(language), coalesce(title, '')), 'A')
        || setweight(to_tsvector(search_config(language), body), 'B')
        || search_mark(language)) STORED;

CREATE INDEX article_search_idx ON article USING gin (search);
