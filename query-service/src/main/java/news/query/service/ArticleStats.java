package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aggregations for charts over the same filters as lists: a count series per theme, top values of a tag
 * dimension, theme × country counts. The time range is always bounded, so the time index limits the rows read
 * (index-only scans over {@code article_time_tags_idx} when no other filter applies). Bound parameters only.
 */
@ApplicationScoped
public class ArticleStats {

    /** A tag array of the read model that can be counted (people and organisations by their lower-case names). */
    public enum Dimension {
        THEME("theme_ids", null), COUNTRY("country_codes", null), PERSON("person_names", "PERSON"),
        ORGANISATION("organisation_names", "ORGANIZATION");

        private final String column;
        /** The entity type whose names the column holds, lower-case. */
        private final String entityType;

        Dimension(String column, String entityType) {
            this.column = column;
            this.entityType = entityType;
        }
    }

    /** Bucket width of a time series. */
    public enum Interval {
        HOUR, DAY, WEEK;

        /** The bucket width for {@code date_bin}, whose origin 2000-01-03 is a Monday at 00:00 UTC. */
        String width() {
            return switch (this) {
                case HOUR -> "1 hour";
                case DAY -> "1 day";
                case WEEK -> "7 days";
            };
        }

        /** The start of the bucket holding {@code time} (UTC; weeks start on Monday). */
        public Instant truncate(Instant time) {
            return switch (this) {
                case HOUR -> time.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
                case DAY -> time.truncatedTo(java.time.temporal.ChronoUnit.DAYS);
                case WEEK -> {
                    var day = time.atZone(ZoneOffset.UTC).toLocalDate();
                    yield day.minusDays(day.getDayOfWeek().getValue() - 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
            };
        }

        public Instant next(Instant bucket) {
            return switch (this) {
                case HOUR -> bucket.plusSeconds(3600);
                case DAY -> bucket.plusSeconds(86_400);
                case WEEK -> bucket.plusSeconds(7 * 86_400);
            };
        }
    }

    /** One bucket count of one theme. */
    public record ThemeBucket(Instant bucket, String theme, long articles) {
    }

    /** How many articles carry a value. */
    public record ValueCount(String value, long articles) {
    }

    /** How many articles carry both a theme and a country. */
    public record PairCount(String theme, String country, long articles) {
    }

    /**
     * Articles per theme per bucket; only the filter's themes when it names some. Sparse: no zero rows. Daily and
     * weekly series over whole UTC days filtered by nothing but themes and time are summed from the per-day counts
     * ({@code theme_day}); any other filter counts the articles themselves.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeBucket> themeSeries(ArticleFilter filter, Interval interval) {
        if (interval != Interval.HOUR && wholeDays(filter) && filter.onlyThemesAndTime()) {
            return themeSeriesFromDays(filter, interval);
        }
        FilterSql sql = new FilterSql(filter);
        String themeOnly = filter.themes().isEmpty() ? "" : " AND t.theme = ANY(string_to_array(:themes, ','))";
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT CAST(extract(epoch FROM date_bin(CAST(:width AS interval), sort_time, "
                        + "TIMESTAMPTZ '2000-01-03 00:00:00+00')) AS bigint) AS bucket, t.theme, "
                        + "count(*) "
                        + "FROM article CROSS JOIN LATERAL unnest(theme_ids) AS t(theme) WHERE " + sql.where()
                        + themeOnly + " GROUP BY 1, 2");
        sql.bind(query);
        query.setParameter("width", interval.width());
        List<ThemeBucket> buckets = new ArrayList<>();
        for (Object[] row : rows(query)) {
            buckets.add(new ThemeBucket(Instant.ofEpochSecond(((Number) row[0]).longValue()), (String) row[1], ((Number) row[2]).longValue()));
        }
        return buckets;
    }

    /**
     * The tone of the filtered articles in one bucket: how many have one (English articles analysed since tone
     * existed), their mean score, and how many lean to bad news (a score of minus {@link #LEANING} or less) or to
     * good news ({@link #LEANING} or more).
     */
    public record ToneBucket(Instant bucket, long articles, double meanScore, long bad, long good) {
    }

    /** How far from 0 an article's tone score leans to a side (as {@code ./bench.sh tone} reads a side). */
    public static final double LEANING = 0.2;

    /**
     * The tone of the filtered articles per bucket; sparse: no rows for buckets without an article with a tone. Reads
     * the generated {@code tone_score} column, which the time index includes (V14).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ToneBucket> toneSeries(ArticleFilter filter, Interval interval) {
        FilterSql sql = new FilterSql(filter);
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT CAST(extract(epoch FROM date_bin(CAST(:width AS interval), sort_time, "
                        + "TIMESTAMPTZ '2000-01-03 00:00:00+00')) AS bigint) AS bucket, count(*), avg(tone_score), "
                        + "count(*) FILTER (WHERE tone_score <= :bad), count(*) FILTER (WHERE tone_score >= :good) "
                        + "FROM article WHERE " + sql.where() + " AND tone_score IS NOT NULL GROUP BY 1");
        sql.bind(query);
        query.setParameter("width", interval.width());
        query.setParameter("bad", -LEANING);
        query.setParameter("good", LEANING);
        List<ToneBucket> buckets = new ArrayList<>();
        for (Object[] row : rows(query)) {
            buckets.add(new ToneBucket(Instant.ofEpochSecond(((Number) row[0]).longValue()),
                    ((Number) row[1]).longValue(), ((Number) row[2]).doubleValue(), ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue()));
        }
        return buckets;
    }

    private static boolean wholeDays(ArticleFilter filter) {
        return filter.from() != null && filter.to() != null && filter.from().getEpochSecond() % 86_400 == 0
                && filter.to().getEpochSecond() % 86_400 == 0 && filter.from().getNano() == 0
                && filter.to().getNano() == 0;
    }

    private List<ThemeBucket> themeSeriesFromDays(ArticleFilter filter, Interval interval) {
        String themeOnly = filter.themes().isEmpty() ? "" : " AND theme = ANY(string_to_array(:themes, ','))";
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT CAST(extract(epoch FROM CAST(day AS timestamp)) AS bigint), theme, articles FROM theme_day "
                        + "WHERE day >= :fromDay AND day < :toDay AND articles > 0" + themeOnly);
        query.setParameter("fromDay", java.sql.Date.valueOf(filter.from().atZone(ZoneOffset.UTC).toLocalDate()));
        query.setParameter("toDay", java.sql.Date.valueOf(filter.to().atZone(ZoneOffset.UTC).toLocalDate()));
        if (!filter.themes().isEmpty()) {
            query.setParameter("themes", String.join(",", filter.themes()));
        }
        Map<String, Long> sums = new java.util.LinkedHashMap<>();
        for (Object[] row : rows(query)) {
            Instant bucket = interval.truncate(Instant.ofEpochSecond(((Number) row[0]).longValue()));
            sums.merge(bucket.getEpochSecond() + "|" + row[1], ((Number) row[2]).longValue(), Long::sum);
        }
        List<ThemeBucket> buckets = new ArrayList<>();
        sums.forEach((key, count) -> {
            int bar = key.indexOf('|');
            buckets.add(new ThemeBucket(Instant.ofEpochSecond(Long.parseLong(key.substring(0, bar))),
                    key.substring(bar + 1), count));
        });
        return buckets;
    }

    /** The most frequent values of {@code dimension} among the filtered articles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ValueCount> top(Dimension dimension, ArticleFilter filter, int limit) {
        if (dimension == Dimension.COUNTRY && wholeDays(filter) && filter.onlyThemesAndTime()
                && filter.themes().size() <= 1) {
            return topCountriesFromDays(filter, limit);
        }
        FilterSql sql = new FilterSql(filter);
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT v.value, count(*) FROM article CROSS JOIN LATERAL unnest(" + dimension.column
                        + ") AS v(value) WHERE " + sql.where() + " GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT :limit");
        sql.bind(query);
        query.setParameter("limit", limit);
        List<ValueCount> counts = new ArrayList<>();
        for (Object[] row : rows(query)) {
            counts.add(new ValueCount((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    /**
     * The names as an article writes them, for lower-case names of people or organisations ({@link #top} counts
     * those): one stored spelling each, found through the name index.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> writtenNames(Dimension dimension, List<String> names) {
        Map<String, String> written = new HashMap<>();
        if (dimension.entityType == null || names.isEmpty()) {
            return written;
        }
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT n.name, (SELECT e ->> 'name' FROM article a "
                        + "CROSS JOIN LATERAL jsonb_array_elements(a.entities) e WHERE a." + dimension.column + " @> ARRAY[n.name] AND e ->> 'type' = :type "
                        + "AND name_key(e ->> 'name') = n.name LIMIT 1) "
                        + "FROM unnest(string_to_array(:names, chr(31))) AS n(name)");
        query.setParameter("type", dimension.entityType);
        query.setParameter("names", String.join("\u001f", names));
        for (Object[] row : rows(query)) {
            written.put((String) row[0], row[1] == null ? (String) row[0] : (String) row[1]);
        }
        return written;
    }

    /**
     * Top countries over whole UTC days of the articles with one theme (or of all articles), summed from the per-day
     * counts ({@code theme_country_day}, theme '' for all articles).
     */
    private List<ValueCount> topCountriesFromDays(ArticleFilter filter, int limit) {
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT country, sum(articles) FROM theme_country_day WHERE theme = :theme AND day >= :fromDay "
                        + "AND day < :toDay GROUP BY 1 HAVING sum(articles) > 0 ORDER BY 2 DESC, 1 LIMIT :limit");
        query.setParameter("theme", filter.themes().isEmpty() ? "" : filter.themes().get(0));
        bindDays(query, filter);
        query.setParameter("limit", limit);
        List<ValueCount> counts = new ArrayList<>();
        for (Object[] row : rows(query)) {
            counts.add(new ValueCount((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }

    private static void bindDays(Query query, ArticleFilter filter) {
        query.setParameter("fromDay", java.sql.Date.valueOf(filter.from().atZone(ZoneOffset.UTC).toLocalDate()));
        query.setParameter("toDay", java.sql.Date.valueOf(filter.to().atZone(ZoneOffset.UTC).toLocalDate()));
    }

    /**
     * Theme × country pairs among the filtered articles, most frequent first. Over whole UTC days without other
     * filters, summed from the per-day counts ({@code theme_country_day}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PairCount> themeCountries(ArticleFilter filter, int limit) {
        if (wholeDays(filter) && filter.onlyThemesAndTime() && filter.themes().isEmpty()) {
            Query query = Panache.getEntityManager().createNativeQuery(
                    "SELECT theme, country, sum(articles) FROM theme_country_day WHERE day >= :fromDay "
                            + "AND day < :toDay AND theme <> '' GROUP BY 1, 2 HAVING sum(articles) > 0 "
                            + "ORDER BY 3 DESC, 1, 2 LIMIT :limit");
            bindDays(query, filter);
            query.setParameter("limit", limit);
            List<PairCount> counts = new ArrayList<>();
            for (Object[] row : rows(query)) {
                counts.add(new PairCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
            }
            return counts;
        }
        FilterSql sql = new FilterSql(filter);
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT t.theme, c.country, count(*) FROM article "
                        + "CROSS JOIN LATERAL unnest(theme_ids) AS t(theme) "
                        + "CROSS JOIN LATERAL unnest(country_codes) AS c(country) WHERE " + sql.where()
                        + " GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT :limit");
        sql.bind(query);
        query.setParameter("limit", limit);
        List<PairCount> counts = new ArrayList<>();
        for (Object[] row : rows(query)) {
            counts.add(new PairCount((String) row[0], (String) row[1], ((Number) row[2]).longValue()));
        }
        return counts;
    }

    /** Labels of the stored theme ids. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> themeLabels() {
        Map<String, String> labels = new HashMap<>();
        for (Object[] row : rows(Panache.getEntityManager()
                .createNativeQuery("SELECT id, label FROM known_theme"))) {
            labels.put((String) row[0], (String) row[1]);
        }
        return labels;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
