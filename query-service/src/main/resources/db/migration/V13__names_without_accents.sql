-- V13: the person= and organisation= filters ignore accents.
--
-- person_names and organisation_names held the names in lower case as the article wrote them, so person=Jose Lopez
-- did not find "José López", nor person=Recep Tayyip Erdogan "Erdoğan", though q= (V11) finds both. A name's key is
-- now lower case after unaccent (PostgreSQL contrib, as for the search column): "Lech Wałęsa" is "lech walesa",
-- "Søren" "soren", "Straße" "strasse"; scripts without accents keep their letters. The two columns are generated from
-- the entities (the writer no longer sets them), and the filters' names are keyed the same way in SQL, so both sides
-- always agree. The counts of /stats/people and /stats/organisations count by key: one person written with and
-- without accents is counted once, under one of the article's spellings.
--
-- The columns are computed again, which rewrites the table once.

DO $do$
DECLARE
    s text := quote_ident(current_schema());
    ext_schema text := quote_ident((SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                                    WHERE e.extname = 'unaccent'));
BEGIN
    -- unaccent with its dictionary named is what the search column uses too; it is declared immutable here as it is
    -- there (its rules change only with a PostgreSQL upgrade that would call for a REINDEX anyway)
    EXECUTE format($f$
        CREATE FUNCTION name_key(name text) RETURNS text
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
            SELECT lower(%1$s.unaccent(%2$L::regdictionary, regexp_replace(btrim(name), '\s+', ' ', 'g')))
        $body$
    $f$, ext_schema, ext_schema || '.unaccent');
    -- the keys of several names, each once, in order
    EXECUTE format($f$
        CREATE FUNCTION name_keys(names text[]) RETURNS text[]
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
            SELECT coalesce(array_agg(DISTINCT %1$s.name_key(n) ORDER BY %1$s.name_key(n)), '{}')
            FROM unnest(names) AS n WHERE btrim(n) <> ''
        $body$
    $f$, s);
    -- the keys of the names of one type of entity (PERSON, ORGANIZATION) in an article's entities
    EXECUTE format($f$
        CREATE FUNCTION entity_name_keys(entities jsonb, type text) RETURNS text[]
            LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
            SELECT %1$s.name_keys(ARRAY(SELECT e ->> 'name' FROM jsonb_array_elements(entities) e
                                        WHERE e ->> 'type' = type AND e ->> 'name' IS NOT NULL))
        $body$
    $f$, s);
END
$do$;

ALTER TABLE article
    DROP COLUMN person_names,
    DROP COLUMN organisation_names,
    ADD COLUMN person_names text[] GENERATED ALWAYS AS (entity_name_keys(entities, 'PERSON')) STORED,
    ADD COLUMN organisation_names text[] GENERATED ALWAYS AS (entity_name_keys(entities, 'ORGANIZATION')) STORED;

CREATE INDEX article_person_names_idx ON article USING gin (person_names);
CREATE INDEX article_organisation_names_idx ON article USING gin (organisation_names);
