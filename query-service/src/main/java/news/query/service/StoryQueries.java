package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.query.store.SummaryReader;

/**
 * Stories of the read model: articles grouped by {@code story_id}, newest last seen first, with what they are
 * about (themes, countries, people, organisations, most frequent first). A story is listed when any of its
 * articles passes the filter; its counts and times cover all its articles. Bound parameters only.
 */
@ApplicationScoped
public class StoryQueries {

    /** Most values of each kind listed per story. */
    static final int TOP = 5;

    /** A value and in how many of the story's articles it occurs. */
    public record ValueCount(String value, long articles) {
    }

    /**
     * A story.
     *
     * @param storyId       the story's id
     * @param title         the title of its first article that has one
     * @param articles      its articles, copies included
     * @param duplicates    how many of them are near-identical copies
     * @param firstSeen     the earliest publication (else ingest) time of its articles
     * @param lastSeen      the latest
     * @param themes        theme ids, most frequent first
     * @param countries     country codes
     * @param people        people's names
     * @param organisations organisations' names
     */
    public record Story(String storyId, String title, long articles, long duplicates, Instant firstSeen,
            Instant lastSeen, List<ValueCount> themes, List<ValueCount> countries, List<ValueCount> people,
            List<ValueCount> organisations) {
    }

    /** A page of stories and where the next starts (null on the last). */
    public record Page(List<Story> stories, Cursor next) {
    }

    @Inject
    SummaryReader reader;

    /** The columns of a story row, in the order {@link #stories} reads them. */
    private static final String STORY_COLUMNS = "s.story_id, s.articles, s.duplicates, s.first_seen, s.last_seen, "
            + "s.title";

    /**
     * Stories with an article passing {@code filter}, newest last seen first, after {@code after}. Reads the
     * {@code story} rows (V9): without a filter a backward range of {@code story_newest_idx}; with one, the story
     * rows whose articles pass it (an {@code EXISTS} probe by story id, which PostgreSQL runs either from the
     * newest stories or from the matching articles, whichever its statistics say is cheaper). A time window also
     * bounds the stories' first and last seen (an article in the window lies between them).
     *
     * <p>Planner settings for this query only (in its transaction): no parallel workers, whose start-up and
     * ordered merge cost more than the short walk they split (at a million articles, theme=trade took 126 ms with
     * two workers, 31 ms without), and which made the walk look cheap enough to be chosen for a rare person (517 ms
     * instead of 23 ms from that person's articles); and {@code random_page_cost} 1.1, as for a read model held in
     * memory, so a story's key lookup is not priced at four times a probe into its articles when both read cached
     * pages.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public Page list(ArticleFilter filter, Cursor after, int limit) {
        FilterSql sql = new FilterSql(filter);
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("limit", limit + 1);
        if (after != null) {
            more.put("afterTime", Timestamp.from(after.sortTime()));
            more.put("afterId", after.id());
            where.append(" AND (s.last_seen, s.story_id) < (:afterTime, :afterId)");
        }
        if (filter.from() != null) {
            where.append(" AND s.last_seen >= :from");
        }
        if (filter.to() != null) {
            where.append(" AND s.first_seen < :to");
        }
        if (!"true".equals(sql.where())) {
            where.append(" AND EXISTS (SELECT 1 FROM article a WHERE a.story_id = s.story_id AND ")
                    .append(sql.where()).append(')');
        }
        sql.with(more);
        if (!"true".equals(sql.where())) {
            Panache.getEntityManager().createNativeQuery("SELECT set_config('max_parallel_workers_per_gather', '0', "
                    + "true), set_config('random_page_cost', '1.1', true)").getResultList();
        }
        Query query = Panache.getEntityManager().createNativeQuery("SELECT " + STORY_COLUMNS + " FROM story s WHERE "
                + where + " ORDER BY s.last_seen DESC, s.story_id DESC LIMIT :limit");
        sql.bind(query);
        List<Object[]> rows = rows(query);
        boolean hasMore = rows.size() > limit;
        List<Object[]> page = hasMore ? rows.subList(0, limit) : rows;
        List<Story> stories = stories(page);
        Cursor next = null;
        if (hasMore) {
            Story last = stories.get(stories.size() - 1);
            next = new Cursor(last.lastSeen(), last.storyId());
        }
        return new Page(stories, next);
    }

    /** One story, or null when no article has that id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Story byId(String storyId) {
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT " + STORY_COLUMNS + " FROM story s WHERE s.story_id = :id");
        query.setParameter("id", storyId);
        List<Story> stories = stories(rows(query));
        return stories.isEmpty() ? null : stories.get(0);
    }

    /** The story's articles, oldest first (at most {@code limit}). */
    public List<SummaryReader.Row> articles(String storyId, int limit) {
        return reader.read("SELECT " + SummaryReader.COLUMNS + " FROM article a WHERE a.story_id = ? "
                + "ORDER BY a.sort_time, a.id LIMIT ?", List.of(storyId, limit), false);
    }

    private List<Story> stories(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
        Map<String, List<ValueCount>> themes = top(ids, "unnest(a.theme_ids) v(value)", "v.value");
        Map<String, List<ValueCount>> countries = top(ids, "unnest(a.country_codes) v(value)", "v.value");
        Map<String, List<ValueCount>> people = top(ids, "jsonb_array_elements(a.entities) e",
                "CASE WHEN e ->> 'type' = 'PERSON' THEN e ->> 'name' END");
        Map<String, List<ValueCount>> organisations = top(ids, "jsonb_array_elements(a.entities) e",
                "CASE WHEN e ->> 'type' = 'ORGANIZATION' THEN e ->> 'name' END");
        List<Story> stories = new ArrayList<>();
        for (Object[] r : rows) {
            String id = (String) r[0];
            stories.add(new Story(id, (String) r[5], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    instant(r[3]), instant(r[4]), themes.getOrDefault(id, List.of()),
                    countries.getOrDefault(id, List.of()), people.getOrDefault(id, List.of()),
                    organisations.getOrDefault(id, List.of())));
        }
        return stories;
    }

    /** The {@value #TOP} most frequent values of {@code value} (over {@code source}) per story. */
    private static Map<String, List<ValueCount>> top(List<String> storyIds, String source, String value) {
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT story_id, value, n FROM (SELECT story_id, value, n, row_number() OVER (PARTITION BY story_id "
                        + "ORDER BY n DESC, value) AS r FROM (SELECT a.story_id, " + value + " AS value, "
                        + "count(DISTINCT a.id) AS n FROM article a CROSS JOIN LATERAL " + source
                        + " WHERE a.story_id = ANY(string_to_array(:ids, ',')) GROUP BY 1, 2) c "
                        + "WHERE value IS NOT NULL) t WHERE r <= " + TOP + " ORDER BY story_id, r");
        query.setParameter("ids", String.join(",", storyIds));
        Map<String, List<ValueCount>> out = new LinkedHashMap<>();
        for (Object[] r : rows(query)) {
            out.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new ValueCount((String) r[1], ((Number) r[2]).longValue()));
        }
        return out;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
