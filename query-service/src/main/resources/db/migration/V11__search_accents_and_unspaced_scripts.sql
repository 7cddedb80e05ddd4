-- V11: full-text search that ignores accents and finds words in scripts written without spaces.
--
-- Accents. With the 'english' configuration, "Sao Paulo" did not find "São Paulo", nor "Erdogan" "Erdoğan": news
-- names are typed without the accents they are printed with. news_search is 'english' with the unaccent
-- dictionary (PostgreSQL contrib; a trusted extension since PostgreSQL 13, so the database owner may create it)
-- before each dictionary of words that hold a letter beyond ASCII; the stemmer then sees "sao", "reuniao".
--
-- Scripts without spaces. The parser takes a run of Chinese or Japanese up to the next punctuation as one word
-- ("中国和日本外长会谈"), so "日本" found nothing; a Korean word carries its particle ("일본과"), so "일본" found
-- nothing either; Thai, Lao, Khmer and Myanmar are the same. unspaced_pairs writes such runs as their overlapping
-- pairs of letters ("中国 国和 和日 日本 ..."), which go into the vector before the words, and the query API writes a
-- run in q as the phrase of its pairs (TextQuery): a search for a run of two letters or more finds the texts that
-- hold it, as a substring search would, from the index.
--
-- Queries use the same configuration (FilterSql.TEXT_QUERY). The generated column is built again, which rewrites
-- the article table and its search index: 41-45 s for 23,053 articles (130 MB of text) on a 2-core machine, as long as
-- computing their vectors takes (see deploy/kubernetes/README.md for a large read model).
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

-- Whether the character is a letter of Thai, Lao, Myanmar, Khmer, kana, CJK ideographs or Hangul (the ranges of
-- TextQuery.isUnspaced).
CREATE FUNCTION unspaced_letter(c text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT ascii(c) BETWEEN x'0e00'::int AND x'0eff'::int OR ascii(c) BETWEEN x'1000'::int AND x'109f'::int
        OR ascii(c) BETWEEN x'1780'::int AND x'17ff'::int OR ascii(c) BETWEEN x'3040'::int AND x'30ff'::int
        OR ascii(c) BETWEEN x'31f0'::int AND x'31ff'::int OR ascii(c) BETWEEN x'3400'::int AND x'4dbf'::int
        OR ascii(c) BETWEEN x'4e00'::int AND x'9fff'::int OR ascii(c) BETWEEN x'ac00'::int AND x'd7af'::int
        OR ascii(c) BETWEEN x'f900'::int AND x'faff'::int OR ascii(c) BETWEEN x'ff66'::int AND x'ff9f'::int
$$;

-- The overlapping pairs of letters of the text's runs of those scripts, space-separated, in text order. A lone
-- letter is left out: the parser makes it a word of its own. A text without such letters costs one regex test.
-- Linear in the text (characters taken apart once; substr at a far offset would walk the text every time), over
-- its first 100,000 characters, and up to 16,000 pairs: the positions of a tsvector end at 16,383, and a phrase
-- needs them. A body of 1,000,000 Chinese characters takes 0.1 s.
CREATE FUNCTION unspaced_pairs(t text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
BEGIN
    IF t IS NULL OR t !~ '[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]' THEN
        RETURN '';
    END IF;
    RETURN (SELECT coalesce(string_agg(letter || next, ' ' ORDER BY n), '') FROM (
        SELECT letter, next, n FROM (
            SELECT letter, lead(letter) OVER (ORDER BY n) AS next, n
            FROM unnest(string_to_array(left(t, 100000), NULL)) WITH ORDINALITY AS letters(letter, n)) following
        WHERE unspaced_letter(letter) AND unspaced_letter(next)
        ORDER BY n
        LIMIT 16000) pairs);
END
$$;

-- the pairs first: their phrases need positions below the end (an English body may reach it), and a text without
-- them adds nothing before the words
ALTER TABLE article
    DROP COLUMN search,
    ADD COLUMN search tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('news_search', unspaced_pairs(title)), 'A')
        || setweight(to_tsvector('news_search', unspaced_pairs(body)), 'B')
        || setweight(to_tsvector('news_search', coalesce(title, '')), 'A')
        || setweight(to_tsvector('news_search', body), 'B')) STORED;

CREATE INDEX article_search_idx ON article USING gin (search);
