package news.query.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints {@code EXPLAIN (ANALYZE, BUFFERS)} of the queries query-service sends (the same SQL as
 * {@code ArticleSearch}, {@code FilterSql} and {@code ArticleStats}, with typical bound values), to check that
 * they use the indexes.
 *
 * <p>Arguments: {@code [jdbcUrl (jdbc:postgresql://localhost:55432/news)] [stories (only the stories list)]}.
 */
public final class ExplainPlans {

    /** A person the loader names rarely, and one it names often (lower case, as the filter compares). */
    static final String RARE_PERSON = ReadModelLoader.person(399).toLowerCase(java.util.Locale.ROOT);
    static final String COMMON_PERSON = ReadModelLoader.person(0).toLowerCase(java.util.Locale.ROOT);

    /** A query, its title and its parameters in order. */
    record Plan(String title, String sql, List<Object> params) {
    }

    private ExplainPlans() {
    }

    /** The stories list as it was before V9 (articles grouped per request), with a filter condition. */
    static String storiesBefore(String condition) {
        return OLD_STORIES.formatted(condition);
    }

    /** The stories list from the story rows (V9): an EXISTS probe into the articles when filtered. */
    static String storiesAfter(String condition) {
        return NEW_STORIES.formatted(condition.isEmpty() ? ""
                : " AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.story_id AND true" + condition + ")");
    }

    private static final String OLD_STORIES = """
            SELECT a.story_id, count(*), count(a.duplicate_of), min(a.sort_time), max(a.sort_time),
              (array_agg(a.title ORDER BY a.sort_time, a.id) FILTER (WHERE a.title IS NOT NULL))[1]
            FROM article a WHERE a.story_id IN (SELECT story_id FROM article WHERE true%s AND story_id IS NOT NULL)
            GROUP BY a.story_id ORDER BY max(a.sort_time) DESC, a.story_id DESC LIMIT 21""";

    private static final String NEW_STORIES = """
            SELECT s.story_id, s.articles, s.duplicates, s.first_seen, s.last_seen, s.title FROM story s
            WHERE true%s ORDER BY s.last_seen DESC, s.story_id DESC LIMIT 21""";

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:55432/news";
        Timestamp to = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS));
        Timestamp from30 = Timestamp.from(to.toInstant().minus(30, ChronoUnit.DAYS));
        Timestamp from7 = Timestamp.from(to.toInstant().minus(7, ChronoUnit.DAYS));
        List<Plan> stories = List.of(
                new Plan("stories, no filter (before V9)", storiesBefore(""), List.of()),
                new Plan("stories, no filter (V9)", storiesAfter(""), List.of()),
                new Plan("stories, no filter, second page (V9)", storiesAfter("").replace("WHERE true",
                        "WHERE true AND (s.last_seen, s.story_id) < (?, ?)"), List.of(from7, "sbench-00500000")),
                new Plan("stories, theme=trade (before V9)",
                        storiesBefore(" AND theme_ids && string_to_array(?, ',')"), List.of("trade")),
                new Plan("stories, theme=trade (V9)",
                        storiesAfter(" AND theme_ids && string_to_array(?, ',')"), List.of("trade")),
                new Plan("stories, theme=agriculture, the rarest theme (V9)",
                        storiesAfter(" AND theme_ids && string_to_array(?, ',')"), List.of("agriculture")),
                new Plan("stories, country=JP (before V9)",
                        storiesBefore(" AND country_codes && string_to_array(?, ',')"), List.of("JP")),
                new Plan("stories, country=JP (V9)",
                        storiesAfter(" AND country_codes && string_to_array(?, ',')"), List.of("JP")),
                new Plan("stories, a rare person (before V9)",
                        storiesBefore(" AND person_names && string_to_array(?, ',')"), List.of(RARE_PERSON)),
                new Plan("stories, a rare person (V9)",
                        storiesAfter(" AND person_names && string_to_array(?, ',')"), List.of(RARE_PERSON)),
                new Plan("stories, a common person (V9)",
                        storiesAfter(" AND person_names && string_to_array(?, ',')"), List.of(COMMON_PERSON)),
                new Plan("stories, q=election (before V9)",
                        storiesBefore(" AND search @@ (SELECT search_query(?))"), List.of("election")),
                new Plan("stories, q=election (V9)",
                        storiesAfter(" AND search @@ (SELECT search_query(?))"), List.of("election")),
                new Plan("stories, q=\"peace talks\" (V9)",
                        storiesAfter(" AND search @@ (SELECT search_query(?))"), List.of("\"peace talks\"")),
                new Plan("stories, theme=trade, 7 days (V9)", storiesAfter(
                        " AND theme_ids && string_to_array(?, ',') AND sort_time >= ? AND sort_time < ?")
                        .replace("WHERE true", "WHERE true AND s.last_seen >= ? AND s.first_seen < ?"),
                        List.of(from7, to, "trade", from7, to)),
                new Plan("one story (V9)", "SELECT s.story_id, s.articles, s.duplicates, s.first_seen, "
                        + "s.last_seen, s.title FROM story s WHERE s.story_id = ?", List.of("sbench-00500000")),
                new Plan("what a page of stories is about: themes of 21 stories (unchanged)", """
                        SELECT story_id, value, n FROM (SELECT story_id, value, n, row_number() OVER (PARTITION BY story_id
                          ORDER BY n DESC, value) AS r FROM (SELECT a.story_id, v.value AS value, count(DISTINCT a.id) AS n
                          FROM article a CROSS JOIN LATERAL unnest(a.theme_ids) v(value)
                          WHERE a.story_id = ANY(ARRAY(SELECT story_id FROM story ORDER BY last_seen DESC, story_id DESC
                          LIMIT 21)) GROUP BY 1, 2) c WHERE value IS NOT NULL) t WHERE r <= 5 ORDER BY story_id, r""",
                        List.of()));
        List<Plan> plans = args.length > 1 && args[1].equals("stories") ? stories : new ArrayList<>(List.of(
                new Plan("newest first, one theme (general path, before V7)", """
                        SELECT id, CAST(NULL AS real) AS rank FROM article
                        WHERE true AND theme_ids && string_to_array(?, ',')
                        ORDER BY sort_time DESC, id DESC LIMIT 21""", List.of("trade")),
                new Plan("newest first, one theme, from the tag rows (V7)", """
                        WITH p AS (SELECT DISTINCT id, sort_time FROM ((SELECT id, sort_time FROM article_tag
                          WHERE tag = ? ORDER BY sort_time DESC, id DESC LIMIT 21)) u
                          ORDER BY sort_time DESC, id DESC LIMIT 21)
                        SELECT a.id, left(a.body, 1000), a.themes FROM p JOIN article a ON a.id = p.id
                        ORDER BY p.sort_time DESC, p.id DESC""", List.of("t:trade")),
                new Plan("newest first, one theme, 7 days, from the tag rows", """
                        WITH p AS (SELECT DISTINCT id, sort_time FROM ((SELECT id, sort_time FROM article_tag
                          WHERE tag = ? AND sort_time >= ? AND sort_time < ? ORDER BY sort_time DESC, id DESC LIMIT 21)) u
                          ORDER BY sort_time DESC, id DESC LIMIT 21)
                        SELECT a.id, left(a.body, 1000), a.themes FROM p JOIN article a ON a.id = p.id
                        ORDER BY p.sort_time DESC, p.id DESC""", List.of("t:migration", from7, to)),
                new Plan("two themes (any) and a country, from the tag rows", """
                        WITH p AS (SELECT DISTINCT id, sort_time FROM (
                          (SELECT id, sort_time FROM article_tag WHERE tag = ? ORDER BY sort_time DESC, id DESC LIMIT 21)
                          UNION ALL
                          (SELECT id, sort_time FROM article_tag WHERE tag = ? ORDER BY sort_time DESC, id DESC LIMIT 21)) u
                          ORDER BY sort_time DESC, id DESC LIMIT 21)
                        SELECT a.id, left(a.body, 1000), a.themes FROM p JOIN article a ON a.id = p.id
                        ORDER BY p.sort_time DESC, p.id DESC""", List.of("tc:trade:KR", "tc:agriculture:KR")),
                new Plan("two themes (all) and a country, from the tag rows (the rarer theme's)", """
                        WITH p AS (SELECT DISTINCT id, sort_time FROM ((SELECT id, sort_time FROM article_tag
                          WHERE tag = ? AND theme_ids @> string_to_array(?, ',') ORDER BY sort_time DESC, id DESC LIMIT 21)) u
                          ORDER BY sort_time DESC, id DESC LIMIT 21)
                        SELECT a.id, left(a.body, 1000), a.themes FROM p JOIN article a ON a.id = p.id
                        ORDER BY p.sort_time DESC, p.id DESC""", List.of("tc:trade:JP", "trade,diplomacy")),
                new Plan("a country, second page (after a cursor), from the tag rows", """
                        WITH p AS (SELECT DISTINCT id, sort_time FROM ((SELECT id, sort_time FROM article_tag
                          WHERE tag = ? AND (sort_time, id) < (?, ?) ORDER BY sort_time DESC, id DESC LIMIT 21)) u
                          ORDER BY sort_time DESC, id DESC LIMIT 21)
                        SELECT a.id, left(a.body, 1000), a.themes FROM p JOIN article a ON a.id = p.id
                        ORDER BY p.sort_time DESC, p.id DESC""", List.of("c:KR", from30, "bench-00500000")),
                new Plan("two themes (all) and a country (general path, before V7)", """
                        SELECT id FROM article
                        WHERE true AND theme_ids @> string_to_array(?, ',') AND country_codes && string_to_array(?, ',')
                        ORDER BY sort_time DESC, id DESC LIMIT 21""", List.of("trade,diplomacy", "JP")),
                new Plan("source and language", """
                        SELECT id FROM article WHERE true AND lower(source) = lower(?) AND language = ?
                        ORDER BY sort_time DESC, id DESC LIMIT 21""", List.of("Reuters", "en")),
                new Plan("full text by relevance (the newest 1000 matches ranked), last 30 days", """
                        WITH c AS (SELECT id, sort_time, ts_rank(search, (SELECT search_queries(?))[search_config_number(language)]) AS rank
                          FROM (SELECT id, sort_time, search, language FROM article
                                WHERE true AND search @@ (SELECT search_query(?)) AND sort_time >= ? AND sort_time < ?
                                ORDER BY sort_time DESC, id DESC LIMIT 1000) x),
                        p AS (SELECT id, sort_time, rank FROM c ORDER BY rank DESC, sort_time DESC, id DESC LIMIT 21)
                        SELECT a.id, left(a.body, 1000), a.themes, p.rank FROM p JOIN article a ON a.id = p.id
                        ORDER BY p.rank DESC, p.sort_time DESC, p.id DESC""",
                        List.of("election", "election", from30, to)),
                new Plan("full text by relevance, no time window", """
                        WITH c AS (SELECT id, sort_time, ts_rank(search, (SELECT search_queries(?))[search_config_number(language)]) AS rank
                          FROM (SELECT id, sort_time, search, language FROM article
                                WHERE true AND search @@ (SELECT search_query(?))
                                ORDER BY sort_time DESC, id DESC LIMIT 1000) x),
                        p AS (SELECT id, sort_time, rank FROM c ORDER BY rank DESC, sort_time DESC, id DESC LIMIT 21)
                        SELECT a.id, left(a.body, 1000), a.themes, p.rank FROM p JOIN article a ON a.id = p.id
                        ORDER BY p.rank DESC, p.sort_time DESC, p.id DESC""",
                        List.of("election", "election")),
                new Plan("full text and theme, newest first", """
                        SELECT id FROM article
                        WHERE true AND theme_ids && string_to_array(?, ',') AND search @@ (SELECT search_query(?))
                        ORDER BY sort_time DESC, id DESC LIMIT 21""", List.of("health", "hospital")),
                new Plan("since polling", """
                        SELECT id FROM article WHERE true AND seq > ? AND seq <= ? ORDER BY seq LIMIT 21""",
                        List.of(999_000L, 1_000_000L)),
                new Plan("newest seq (ETags)", "SELECT coalesce(max(seq), 0) FROM article", List.of()),
                new Plan("theme series per day, 30 days", """
                        SELECT CAST(extract(epoch FROM date_bin(CAST(? AS interval), sort_time,
                          TIMESTAMPTZ '2000-01-03 00:00:00+00')) AS bigint) AS bucket, t.theme, count(*)
                        FROM article CROSS JOIN LATERAL unnest(theme_ids) AS t(theme)
                        WHERE true AND sort_time >= ? AND sort_time < ? GROUP BY 1, 2""",
                        List.of("1 day", from30, to)),
                new Plan("tone series per day, 30 days (V14: index-only)", """
                        SELECT CAST(extract(epoch FROM date_bin(CAST(? AS interval), sort_time,
                          TIMESTAMPTZ '2000-01-03 00:00:00+00')) AS bigint) AS bucket, count(*), avg(tone_score),
                          count(*) FILTER (WHERE tone_score <= ?), count(*) FILTER (WHERE tone_score >= ?)
                        FROM article WHERE true AND sort_time >= ? AND sort_time < ? AND tone_score IS NOT NULL
                        GROUP BY 1""", List.of("1 day", -0.2, 0.2, from30, to)),
                new Plan("theme series per day or week from the day counts, 26 weeks", """
                        SELECT CAST(extract(epoch FROM CAST(day AS timestamp)) AS bigint), theme, articles FROM theme_day
                        WHERE day >= ? AND day < ? AND articles > 0""",
                        List.of(java.sql.Date.valueOf(to.toLocalDateTime().toLocalDate().minusWeeks(26)),
                                java.sql.Date.valueOf(to.toLocalDateTime().toLocalDate()))),
                new Plan("top countries for a theme, 7 days (general path, before V8)", """
                        SELECT v.value, count(*) FROM article CROSS JOIN LATERAL unnest(country_codes) AS v(value)
                        WHERE true AND theme_ids && string_to_array(?, ',') AND sort_time >= ? AND sort_time < ?
                        GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20""", List.of("economy", from7, to)),
                new Plan("top countries for a theme, 30 days, from the day counts (V8)", """
                        SELECT country, sum(articles) FROM theme_country_day WHERE theme = ? AND day >= ? AND day < ?
                        GROUP BY 1 HAVING sum(articles) > 0 ORDER BY 2 DESC, 1 LIMIT 20""",
                        List.of("economy", java.sql.Date.valueOf(to.toLocalDateTime().toLocalDate().minusDays(30)),
                                java.sql.Date.valueOf(to.toLocalDateTime().toLocalDate()))),
                new Plan("theme x country, 30 days, from the day counts (V8)", """
                        SELECT theme, country, sum(articles) FROM theme_country_day WHERE day >= ? AND day < ?
                        AND theme <> '' GROUP BY 1, 2 HAVING sum(articles) > 0 ORDER BY 3 DESC, 1, 2 LIMIT 100""",
                        List.of(java.sql.Date.valueOf(to.toLocalDateTime().toLocalDate().minusDays(30)),
                                java.sql.Date.valueOf(to.toLocalDateTime().toLocalDate()))),
                new Plan("theme x country, 7 days (general path, before V8)", """
                        SELECT t.theme, c.country, count(*) FROM article
                        CROSS JOIN LATERAL unnest(theme_ids) AS t(theme) CROSS JOIN LATERAL unnest(country_codes) AS c(country)
                        WHERE true AND sort_time >= ? AND sort_time < ? GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT 100""",
                        List.of(from7, to))));
        if (plans != stories) {
            plans.addAll(stories);
        }
        try (Connection connection = ReadModelLoader.connect(url)) {
            for (Plan plan : plans) {
                System.out.println("== " + plan.title());
                // the stories list sets these for its own filtered query (StoryQueries.list)
                boolean storyPlanner = plan.title().startsWith("stories, ") && plan.title().endsWith("(V9)")
                        && plan.sql().contains("EXISTS");
                try (java.sql.Statement statement = connection.createStatement()) {
                    statement.execute(storyPlanner ? "SET max_parallel_workers_per_gather = 0"
                            : "RESET max_parallel_workers_per_gather");
                    statement.execute(storyPlanner ? "SET random_page_cost = 1.1" : "RESET random_page_cost");
                }
                try (PreparedStatement statement = connection.prepareStatement(
                        "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + plan.sql())) {
                    for (int i = 0; i < plan.params().size(); i++) {
                        statement.setObject(i + 1, plan.params().get(i));
                    }
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            System.out.println("   " + rs.getString(1));
                        }
                    }
                }
                System.out.println();
            }
        }
    }
}
