package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.query.rest.ThemeCount;
import news.query.config.SearchConfig;
import news.query.store.ArticleRecord;
import news.query.store.SummaryReader;

/**
 * Reads the read model: filtered pages, what was stored after a point, theme counts. Bound parameters only; list
 * rows come through {@link SummaryReader} (plain JDBC, summary columns only).
 */
@ApplicationScoped
public class ArticleSearch {

    private static final String RANK = "ts_rank(search, " + FilterSql.textQuery("language") + ")";

    /**
     * What a list asks for.
     *
     * @param filter which articles
     * @param sort   order of a normal list (ignored with {@code since})
     * @param after  position after which the page starts (from a cursor), or null
     * @param since  with a value: only articles stored after this sequence number, oldest stored first
     * @param limit  page size
     */
    public record ListRequest(ArticleFilter filter, SortOrder sort, Cursor after, Long since, int limit) {
    }

    /**
     * A page of rows.
     *
     * @param rows     the articles
     * @param next     where the next page starts, when more follow (normal lists)
     * @param sinceSeq pass as {@code since} to get what is stored after this answer
     */
    public record Page(List<SummaryReader.Row> rows, Cursor next, long sinceSeq) {
    }

    @Inject
    SummaryReader reader;

    @Inject
    SearchConfig config;

    public Page find(ListRequest request) {
        return request.since() != null ? storedSince(request) : page(request);
    }

    private Page page(ListRequest request) {
        long upTo = reader.maxSeq();
        boolean relevance = request.sort() == SortOrder.RELEVANCE && request.filter().text() != null;
        FilterSql sql = new FilterSql(request.filter());
        Cursor after = request.after();
        String sqlText;
        if (relevance) {
            // rank the newest matches only: ts_rank reads each candidate's text
            Map<String, Object> more = new LinkedHashMap<>();
            more.put("candidates", config.relevanceCandidates());
            more.put("limit", request.limit() + 1);
            String keyset = "";
            if (after != null) {
                more.put("afterRank", after.rank() == null ? Float.MAX_VALUE : after.rank());
                more.put("afterTime", Timestamp.from(after.sortTime()));
                more.put("afterId", after.id());
                keyset = " WHERE (rank, sort_time, id) < (CAST(:afterRank AS real), :afterTime, :afterId)";
            }
            sql.with(more);
            // the page is cut from the ranked candidates before the summary columns are read
            sqlText = "WITH c AS (SELECT id, sort_time, " + RANK + " AS rank"
                    + " FROM (SELECT id, sort_time, search, language FROM article WHERE " + sql.where()
                    + " ORDER BY sort_time DESC, id DESC LIMIT :candidates) x), "
                    + "p AS (SELECT id, sort_time, rank FROM c" + keyset
                    + " ORDER BY rank DESC, sort_time DESC, id DESC LIMIT :limit) "
                    + "SELECT " + sql.summaryColumns() + ", p.rank FROM p JOIN article a ON a.id = p.id"
                    + " ORDER BY p.rank DESC, p.sort_time DESC, p.id DESC";
        } else if (TagLists.applies(request.filter())) {
            ArticleFilter filter = request.filter();
            String rarest = filter.allThemes() && filter.themes().size() > 1 ? rarest(filter.themes()) : null;
            sqlText = TagLists.sql(filter, rarest, after, request.limit() + 1, sql);
            if (TagLists.probes(filter)) {
                FilterSql.Jdbc jdbc = sql.jdbc(sqlText);
                List<SummaryReader.Row> rows = reader.read(jdbc.sql(), jdbc.params(), false);
                if (rows.size() > request.limit()) {
                    return page(rows, request.limit(), upTo);
                }
                // too few matches among the tags' newest articles: the general query below decides
                sql = new FilterSql(request.filter());
                sqlText = newestFirst(sql, after, request.limit());
            }
        } else {
            sqlText = newestFirst(sql, after, request.limit());
        }
        FilterSql.Jdbc jdbc = sql.jdbc(sqlText);
        return page(reader.read(jdbc.sql(), jdbc.params(), relevance), request.limit(), upTo);
    }

    /** The general newest-first query: the filter's WHERE clause over the articles. */
    private static String newestFirst(FilterSql sql, Cursor after, int limit) {
        Map<String, Object> more = new LinkedHashMap<>();
        if (after != null) {
            more.put("afterTime", Timestamp.from(after.sortTime()));
            more.put("afterId", after.id());
            sql.and("(sort_time, id) < (:afterTime, :afterId)", more);
        }
        sql.with(Map.of("limit", limit + 1));
        return "SELECT " + sql.summaryColumns() + " FROM article a WHERE " + sql.where()
                + " ORDER BY a.sort_time DESC, a.id DESC LIMIT :limit";
    }

    /** A page of {@code limit} from up to {@code limit + 1} rows, with the next cursor when there are more. */
    private static Page page(List<SummaryReader.Row> rows, int limit, long upTo) {
        boolean hasMore = rows.size() > limit;
        List<SummaryReader.Row> page = hasMore ? rows.subList(0, limit) : rows;
        Cursor next = null;
        if (hasMore) {
            SummaryReader.Row last = page.get(page.size() - 1);
            next = new Cursor(last.rank(), last.sortTime().toInstant(), last.id());
        }
        return new Page(page, next, upTo);
    }

    /** Article counts per theme, to pick the rarest of several; refreshed at most every 30 s. */
    private volatile Map<String, Long> themeSizes = Map.of();
    private volatile long themeSizesAt;

    /** Of {@code themes}, the one with the fewest articles (unknown ones count as none). */
    String rarest(List<String> themes) {
        long now = System.nanoTime();
        if (themeSizes.isEmpty() || now - themeSizesAt > 30_000_000_000L) {
            Map<String, Long> sizes = new java.util.HashMap<>();
            for (ThemeCount count : themeCounts()) {
                sizes.put(count.theme(), count.articles());
            }
            themeSizes = sizes;
            themeSizesAt = now;
        }
        Map<String, Long> sizes = themeSizes;
        return themes.stream().min(java.util.Comparator.comparingLong((String t) -> sizes.getOrDefault(t, 0L))
                .thenComparing(t -> t)).orElseThrow();
    }

    private Page storedSince(ListRequest request) {
        // everything up to the newest sequence number now visible; the next poll starts from there
        long upTo = reader.maxSeq();
        FilterSql sql = new FilterSql(request.filter())
                .and("seq > :since AND seq <= :upTo", Map.of("since", request.since(), "upTo", upTo))
                .with(Map.of("limit", request.limit() + 1));
        FilterSql.Jdbc jdbc = sql.jdbc("SELECT " + sql.summaryColumns() + " FROM article a WHERE " + sql.where()
                + " ORDER BY a.seq LIMIT :limit");
        List<SummaryReader.Row> rows = reader.read(jdbc.sql(), jdbc.params(), false);
        boolean hasMore = rows.size() > request.limit();
        List<SummaryReader.Row> page = hasMore ? rows.subList(0, request.limit()) : rows;
        long sinceSeq = hasMore ? page.get(page.size() - 1).seq() : upTo;
        return new Page(page, null, sinceSeq);
    }

    /** Rows stored after {@code afterSeq} that pass the filter, oldest stored first (for the live stream). */
    public List<SummaryReader.Row> storedAfter(ArticleFilter filter, long afterSeq, int limit) {
        FilterSql sql = new FilterSql(filter).and("seq > :since", Map.of("since", afterSeq))
                .with(Map.of("limit", limit));
        FilterSql.Jdbc jdbc = sql.jdbc("SELECT " + sql.summaryColumns() + " FROM article a WHERE " + sql.where()
                + " ORDER BY a.seq LIMIT :limit");
        return reader.read(jdbc.sql(), jdbc.params(), false);
    }

    /** The newest stored sequence number (0 when empty): changes whenever the read model changes. */
    public long maxSeq() {
        return reader.maxSeq();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleRecord byId(String id) {
        return ArticleRecord.findById(id);
    }

    /** Articles per theme, most frequent first (counts kept by {@link ReadModelWriter}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeCount> themeCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                SELECT id, label, iptc_code, articles FROM known_theme WHERE articles > 0
                ORDER BY articles DESC, id
                """).getResultList();
        List<ThemeCount> counts = new ArrayList<>();
        for (Object[] row : rows) {
            counts.add(new ThemeCount((String) row[0], (String) row[1], (String) row[2],
                    ((Number) row[3]).longValue()));
        }
        return counts;
    }
}
