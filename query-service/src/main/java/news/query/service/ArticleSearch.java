package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.query.rest.ThemeCount;
import news.query.store.ArticleRecord;

/** Reads the read model: filtered pages, what was stored after a point, theme counts. Bound parameters only. */
@ApplicationScoped
public class ArticleSearch {

    private static final String RANK = "ts_rank(search, websearch_to_tsquery('english', :text))";

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
    public record Page(List<ArticleRecord> rows, Cursor next, long sinceSeq) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page find(ListRequest request) {
        return request.since() != null ? storedSince(request) : page(request);
    }

    private Page page(ListRequest request) {
        long upTo = maxSeq();
        boolean relevance = request.sort() == SortOrder.RELEVANCE && request.filter().text() != null;
        Map<String, Object> more = new LinkedHashMap<>();
        FilterSql sql = new FilterSql(request.filter());
        Cursor after = request.after();
        if (after != null) {
            more.put("afterTime", Timestamp.from(after.sortTime()));
            more.put("afterId", after.id());
            if (relevance) {
                more.put("afterRank", after.rank() == null ? Float.MAX_VALUE : after.rank());
                sql.and("(" + RANK + ", sort_time, id) < (CAST(:afterRank AS real), :afterTime, :afterId)", more);
            } else {
                sql.and("(sort_time, id) < (:afterTime, :afterId)", more);
            }
        }
        String select = relevance
                ? "SELECT id, " + RANK + " AS rank FROM article WHERE " + sql.where()
                        + " ORDER BY rank DESC, sort_time DESC, id DESC LIMIT :limit"
                : "SELECT id, CAST(NULL AS real) AS rank FROM article WHERE " + sql.where()
                        + " ORDER BY sort_time DESC, id DESC LIMIT :limit";
        Query query = Panache.getEntityManager().createNativeQuery(select);
        sql.bind(query);
        query.setParameter("limit", request.limit() + 1);
        @SuppressWarnings("unchecked")
        List<Object[]> hits = query.getResultList();
        boolean hasMore = hits.size() > request.limit();
        List<Object[]> pageHits = hasMore ? hits.subList(0, request.limit()) : hits;
        List<ArticleRecord> rows = inOrder(pageHits.stream().map(h -> (String) h[0]).toList());
        Cursor next = null;
        if (hasMore && !rows.isEmpty()) {
            Object[] lastHit = pageHits.get(pageHits.size() - 1);
            ArticleRecord last = rows.get(rows.size() - 1);
            Float rank = relevance ? ((Number) lastHit[1]).floatValue() : null;
            next = new Cursor(rank, last.sortTime, last.id);
        }
        return new Page(rows, next, upTo);
    }

    private Page storedSince(ListRequest request) {
        // everything up to the newest sequence number now visible; the next poll starts from there
        long upTo = maxSeq();
        FilterSql sql = new FilterSql(request.filter())
                .and("seq > :since AND seq <= :upTo", Map.of("since", request.since(), "upTo", upTo));
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT id FROM article WHERE " + sql.where() + " ORDER BY seq LIMIT :limit", String.class);
        sql.bind(query);
        query.setParameter("limit", request.limit() + 1);
        @SuppressWarnings("unchecked")
        List<String> ids = query.getResultList();
        boolean more = ids.size() > request.limit();
        List<ArticleRecord> rows = inOrder(more ? ids.subList(0, request.limit()) : ids);
        long sinceSeq = more && !rows.isEmpty() ? rows.get(rows.size() - 1).seq : upTo;
        return new Page(rows, null, sinceSeq);
    }

    /**
     * Rows stored after {@code afterSeq} that pass the filter, oldest stored first (for the live stream).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ArticleRecord> storedAfter(ArticleFilter filter, long afterSeq, int limit) {
        FilterSql sql = new FilterSql(filter).and("seq > :since", Map.of("since", afterSeq));
        Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT id FROM article WHERE " + sql.where() + " ORDER BY seq LIMIT :limit", String.class);
        sql.bind(query);
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<String> ids = query.getResultList();
        return inOrder(ids);
    }

    /** The newest stored sequence number (0 when empty): changes whenever the read model changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long maxSeq() {
        Object value = Panache.getEntityManager()
                .createNativeQuery("SELECT coalesce(max(seq), 0) FROM article").getSingleResult();
        return ((Number) value).longValue();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ArticleRecord byId(String id) {
        return ArticleRecord.findById(id);
    }

    /** Articles per theme, most frequent first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ThemeCount> themeCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("""
                SELECT t ->> 'theme', max(t ->> 'label'), max(t ->> 'iptcCode'), count(DISTINCT a.id)
                FROM article a CROSS JOIN LATERAL jsonb_array_elements(a.themes) t
                GROUP BY 1 ORDER BY 4 DESC, 1
                """).getResultList();
        List<ThemeCount> counts = new ArrayList<>();
        for (Object[] row : rows) {
            counts.add(new ThemeCount((String) row[0], (String) row[1], (String) row[2],
                    ((Number) row[3]).longValue()));
        }
        return counts;
    }

    private static List<ArticleRecord> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleRecord> byId = new LinkedHashMap<>();
        for (ArticleRecord row : ArticleRecord.<ArticleRecord>list("id in ?1", ids)) {
            byId.put(row.id, row);
        }
        List<ArticleRecord> ordered = new ArrayList<>();
        for (String id : ids) {
            ArticleRecord row = byId.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }
}
