package news.query.service;

import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.query.store.SummaryReader;

/** The WHERE clause of an {@link ArticleFilter} over {@code article}, with bound parameters only. */
final class FilterSql {

    /**
     * The text query {@code :text} as PostgreSQL reads it (web-search syntax: quoted phrases, {@code or}, {@code -})
     * in the language of the article whose {@code language} column is named: its words stemmed as the article's
     * search vector is (V12: the language's Snowball stemmer after unaccent; English for an article of no known
     * language). The query is read in every language once per statement, and each row takes its own reading. Runs
     * of Chinese, Japanese, Korean or Thai are bound as {@link TextQuery} writes them.
     */
    static String textQuery(String languageColumn) {
        return "(SELECT search_queries(:text))[search_config_number(" + languageColumn + ")]";
    }

    /**
     * The articles whose search vector matches the text query read in their own language: each vector carries a
     * mark of the configuration it was read with, and the query is every reading joined to the marks of the
     * configurations that read it so ({@code search_query}, V12), which the GIN index takes whole. Computed once per
     * statement.
     *
     * @param searchColumn the article's {@code search} column as the statement names it ({@code t.search})
     */
    static String textMatches(String searchColumn) {
        return searchColumn + " @@ (SELECT search_query(:text))";
    }

    /** How much of the body is looked through first for the passage a text query matches. */
    private static final int PASSAGE_FROM = 5000;
    /** How much more of a longer body is looked through when the first part holds no match. */
    private static final int PASSAGE_FURTHER = 15000;

    /** Marks around the matched words in ts_headline's answer (private-use characters), removed before it is shown. */
    private static final String MATCH_START = "\uE000";
    private static final String MATCH_END = "\uE001";

    /** The passage of 20 to 40 words in {@code text} that best matches the text query, its words marked. */
    private static String headline(String text) {
        return "ts_headline(search_config(a.language), " + text + ", " + textQuery("a.language")
                + ", 'MaxFragments=1, MinWords=20, MaxWords=40,"
                + " StartSel=\"" + MATCH_START + "\", StopSel=\"" + MATCH_END + "\"')";
    }

    /**
     * The snippet of a list found by a text query, in place of the body's head ({@link SummaryReader#columnsWithHead}):
     * the passage of 20 to 40 words that best matches the query ({@code ts_headline}) in the first
     * {@value #PASSAGE_FROM} characters of the body, or when they hold none of its words in the next
     * {@value #PASSAGE_FURTHER}, with "…" where the body goes on before or after it. The body's start when neither
     * does (the words were in the title, or further on).
     */
    private static final String PASSAGE = "(SELECT CASE WHEN at > 1 THEN '… ' ELSE '' END || h"
            + " || CASE WHEN greatest(at, 1) + length(h) <= length(a.body) THEN ' …' ELSE '' END"
            + " FROM " + headline("left(a.body, " + PASSAGE_FROM + ")") + " AS opening"
            + " CROSS JOIN LATERAL (SELECT CASE WHEN strpos(opening, '" + MATCH_START + "') > 0"
            + " OR length(a.body) <= " + PASSAGE_FROM + " THEN opening"
            + " ELSE coalesce((SELECT later FROM " + headline("substr(a.body, " + (PASSAGE_FROM - 1000) + ", "
            + (PASSAGE_FURTHER + 1000) + ")") + " AS later WHERE strpos(later, '" + MATCH_START + "') > 0), opening)"
            + " END AS marked) m"
            + " CROSS JOIN LATERAL replace(replace(m.marked, '" + MATCH_START + "', ''), '" + MATCH_END + "', '') AS h"
            + " CROSS JOIN LATERAL strpos(a.body, h) AS at)";

    /** Characters of a passage around a run of an unspaced script, and how many of them may come before it. */
    private static final int RUN_PASSAGE = 240;
    private static final int RUN_PASSAGE_BEFORE = 40;

    /**
     * The snippet when the query holds runs of an unspaced script ({@code :runs}, space-separated): {@code ts_headline}
     * cannot place their pairs in a text it reads as whole runs, so the passage is {@value #RUN_PASSAGE} characters
     * from the first place in the first {@value #PASSAGE_FROM} characters where one of the runs is written, or from
     * the start of its sentence when that is at most {@value #RUN_PASSAGE_BEFORE} characters before; {@link #PASSAGE}
     * when no run is written there (it was in the title, or the text matched other words).
     */
    private static final String RUN_PASSAGE_OR_PASSAGE = "coalesce((SELECT CASE WHEN s > 1 THEN '… ' ELSE '' END"
            + " || substr(a.body, s, " + RUN_PASSAGE + ")"
            + " || CASE WHEN s + " + RUN_PASSAGE + " <= length(a.body) THEN ' …' ELSE '' END"
            + " FROM (SELECT min(p) AS at FROM unnest(string_to_array(:runs, ' ')) AS r,"
            + " strpos(left(a.body, " + PASSAGE_FROM + "), r) AS p WHERE p > 0) m"
            + " CROSS JOIN LATERAL (SELECT substr(a.body, greatest(1, m.at - " + RUN_PASSAGE_BEFORE + "),"
            + " m.at - greatest(1, m.at - " + RUN_PASSAGE_BEFORE + ")) AS before) b"
            // what follows the last sentence end before the run (。！？, or .!? and a space, or a line end)
            + " CROSS JOIN LATERAL (SELECT m.at - length(coalesce(substring(b.before"
            + " from '^.*(?:[。！？]|[.!?]\\s|\\n)\\s*(.*)$'), b.before)) AS s) x"
            + " WHERE m.at IS NOT NULL), " + PASSAGE + ")";

    private final StringBuilder where = new StringBuilder("true");
    private final Map<String, Object> params = new LinkedHashMap<>();
    /** The text query's runs of unspaced scripts, for the passage only ({@link #summaryColumns}), or null. */
    private final String passageRuns;

    FilterSql(ArticleFilter filter) {
        if (!filter.themes().isEmpty()) {
            // @> (all) and && (any) both use the GIN index on theme_ids
            where.append(filter.allThemes() ? " AND theme_ids @> string_to_array(:themes, ',')"
                    : " AND theme_ids && string_to_array(:themes, ',')");
            // ids are validated ([a-z0-9-]), so a comma never occurs inside one
            params.put("themes", String.join(",", filter.themes()));
        }
        if (!filter.countries().isEmpty()) {
            where.append(" AND country_codes && string_to_array(:countries, ',')");
            params.put("countries", String.join(",", filter.countries()));
        }
        if (!filter.people().isEmpty()) {
            // names hold no commas: FilterParams splits values at them
            // keyed as the generated columns are (V13: lower case, accents ignored)
            where.append(" AND person_names && name_keys(string_to_array(:people, ','))");
            params.put("people", String.join(",", filter.people()));
        }
        if (!filter.organisations().isEmpty()) {
            where.append(" AND organisation_names && name_keys(string_to_array(:organisations, ','))");
            params.put("organisations", String.join(",", filter.organisations()));
        }
        if (!filter.stories().isEmpty()) {
            where.append(" AND story_id = ANY(string_to_array(:stories, ','))");
            params.put("stories", String.join(",", filter.stories()));
        }
        if (filter.source() != null) {
            where.append(" AND lower(source) = lower(:source)");
            params.put("source", filter.source());
        }
        if (filter.language() != null) {
            where.append(" AND language = :language");
            params.put("language", filter.language());
        }
        if (filter.text() != null) {
            where.append(" AND ").append(textMatches("search"));
            params.put("text", TextQuery.forSearch(filter.text()));
        }
        List<String> runs = filter.text() == null ? List.of() : TextQuery.runs(filter.text());
        passageRuns = runs.isEmpty() ? null : String.join(" ", runs);
        if (filter.from() != null) {
            where.append(" AND sort_time >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" AND sort_time < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
    }

    /** Adds a further condition with its parameters. */
    FilterSql and(String condition, Map<String, Object> more) {
        where.append(" AND ").append(condition);
        params.putAll(more);
        return this;
    }

    /** Adds parameters used outside the WHERE clause (limits, ranks). */
    FilterSql with(Map<String, Object> more) {
        params.putAll(more);
        return this;
    }

    /** The summary columns of a list: with a text query, the passage that matches it in place of the body's head. */
    String summaryColumns() {
        if (!params.containsKey("text")) {
            return SummaryReader.COLUMNS;
        }
        return SummaryReader.columnsWithHead(
                (passageRuns == null ? PASSAGE : RUN_PASSAGE_OR_PASSAGE) + " AS body_head, false AS body_cut");
    }

    String where() {
        return where.toString();
    }

    void bind(Query query) {
        params.forEach(query::setParameter);
    }

    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

    /**
     * {@code sql} (which uses this filter's {@link #where()} and names only parameters known here) for JDBC: each
     * {@code :name} becomes {@code ?}, with the values in order.
     */
    Jdbc jdbc(String sql) {
        List<Object> values = new java.util.ArrayList<>();
        java.util.regex.Matcher m = NAMED.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            if (name.equals("runs") && passageRuns != null) {
                values.add(passageRuns);
            } else if (params.containsKey(name)) {
                values.add(params.get(name));
            } else {
                throw new IllegalArgumentException("no value for :" + name);
            }
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        return new Jdbc(out.toString(), values);
    }

    /** Positional SQL and its values. */
    record Jdbc(String sql, List<Object> params) {
    }
}
