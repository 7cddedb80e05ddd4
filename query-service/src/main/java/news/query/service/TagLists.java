package news.query.service;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.query.store.SummaryReader;

/**
 * Newest-first lists filtered by themes and countries only (and a time window, and a cursor), read from the
 * per-tag rows of {@code article_tag} (migration V7) instead of the articles: each tag's rows are a range of the
 * B-tree {@code (tag, sort_time, id)}, read backwards from the cursor and cut at the page size, and a list over
 * several tags merges those ranges. Which tags:
 * <ul>
 * <li>themes (any) and countries: every theme × country pair tag, {@code tc:<theme>:<country>};</li>
 * <li>all of several themes (and countries): the rarest theme's tags, each row checked against the index's copy
 * of {@code theme_ids};</li>
 * <li>themes or countries alone: their tags, {@code t:<theme>} or {@code c:<country>}.</li>
 * </ul>
 * The same articles in the same order as the WHERE clause of {@link FilterSql} with {@code ORDER BY sort_time DESC,
 * id DESC}; any other filter (source, language, people, organisations, stories) takes that general path.
 *
 * <p>With a full-text query too, the tags' newest {@link #PROBE} articles are checked against it ({@link #probes}):
 * when enough of them match, they are the page (the newest matches of the tags are among their newest articles);
 * when not (a rare word), the caller takes the general path, where PostgreSQL intersects the full-text and theme
 * indexes.
 */
final class TagLists {

    /** More ranges than this (e.g. 20 themes × 20 countries) take the general path. */
    static final int MAX_RANGES = 32;

    /** With a full-text query: how many of the tags' newest articles are checked against it. */
    static final int PROBE = 500;

    private TagLists() {
    }

    /** Whether {@link #sql} serves {@code filter} (with newest-first order). */
    static boolean applies(ArticleFilter filter) {
        if (filter.themes().isEmpty() && filter.countries().isEmpty()) {
            return false;
        }
        if (filter.source() != null || filter.language() != null
                || !filter.people().isEmpty() || !filter.organisations().isEmpty() || !filter.stories().isEmpty()) {
            return false;
        }
        return ranges(filter) <= MAX_RANGES;
    }

    /**
     * Whether {@link #sql} checks only the tags' newest {@link #PROBE} articles (a full-text query): a page shorter
     * than asked for is then no answer, and the general path must run.
     */
    static boolean probes(ArticleFilter filter) {
        return filter.text() != null;
    }

    /** How many tag ranges the list reads. */
    private static int ranges(ArticleFilter filter) {
        boolean all = filter.allThemes() && filter.themes().size() > 1;
        int themes = filter.themes().isEmpty() ? 1 : all ? 1 : filter.themes().size();
        int countries = filter.countries().isEmpty() ? 1 : filter.countries().size();
        return themes * countries;
    }

    /**
     * The page query, with named parameters for {@link FilterSql#jdbc}.
     *
     * @param filter the filter ({@link #applies} holds)
     * @param rarest with all of several themes: the one with the fewest articles (its ranges are the shortest)
     * @param after  where the page starts, or null
     * @param limit  rows to return
     * @param sql    the filter's parameters, to which this adds its own
     */
    static String sql(ArticleFilter filter, String rarest, Cursor after, int limit, FilterSql sql) {
        boolean all = filter.allThemes() && filter.themes().size() > 1;
        List<String> themes = filter.themes().isEmpty() ? List.of() : all ? List.of(rarest) : filter.themes();
        List<String> tags = new ArrayList<>();
        if (themes.isEmpty()) {
            filter.countries().forEach(c -> tags.add("c:" + c));
        } else if (filter.countries().isEmpty()) {
            themes.forEach(t -> tags.add("t:" + t));
        } else {
            for (String t : themes) {
                filter.countries().forEach(c -> tags.add("tc:" + t + ":" + c));
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        StringBuilder range = new StringBuilder();
        if (all) {
            // FilterSql binds :themes (comma-joined ids) for the same condition
            range.append(" AND theme_ids @> string_to_array(:themes, ',')");
        }
        if (filter.from() != null) {
            range.append(" AND sort_time >= :from");
        }
        if (filter.to() != null) {
            range.append(" AND sort_time < :to");
        }
        if (after != null) {
            params.put("afterTime", Timestamp.from(after.sortTime()));
            params.put("afterId", after.id());
            range.append(" AND (sort_time, id) < (:afterTime, :afterId)");
        }
        params.put("limit", limit);
        boolean probe = probes(filter);
        String rangeLimit = probe ? ":probe" : ":limit";
        if (probe) {
            params.put("probe", Math.max(PROBE, limit));
        }
        StringBuilder union = new StringBuilder();
        for (int i = 0; i < tags.size(); i++) {
            params.put("tag" + i, tags.get(i));
            if (i > 0) {
                union.append(" UNION ALL ");
            }
            union.append("(SELECT id, sort_time FROM article_tag WHERE tag = :tag").append(i).append(range)
                    .append(" ORDER BY sort_time DESC, id DESC LIMIT ").append(rangeLimit).append(')');
        }
        sql.with(params);
        if (probe) {
            // the candidates first (MATERIALIZED: in this order, not planned into the text check), then the newest
            // of them that match, then their columns
            return "WITH p AS MATERIALIZED (SELECT DISTINCT id, sort_time FROM (" + union + ") u"
                    + " ORDER BY sort_time DESC, id DESC LIMIT :probe), "
                    + "m AS (SELECT p.id, p.sort_time FROM p JOIN article t ON t.id = p.id"
                    + " WHERE " + FilterSql.textMatches("t.search")
                    + " ORDER BY p.sort_time DESC, p.id DESC LIMIT :limit) "
                    + "SELECT " + sql.summaryColumns() + " FROM m JOIN article a ON a.id = m.id"
                    + " ORDER BY m.sort_time DESC, m.id DESC";
        }
        // an article under two of the tags comes once: the merged ranges are in order, so DISTINCT sees it twice
        // in a row
        return "WITH p AS (SELECT DISTINCT id, sort_time FROM (" + union + ") u"
                + " ORDER BY sort_time DESC, id DESC LIMIT :limit) "
                + "SELECT " + sql.summaryColumns() + " FROM p JOIN article a ON a.id = p.id"
                + " ORDER BY p.sort_time DESC, p.id DESC";
    }
}
