package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.query.rest.ThemeCount;
import news.query.store.ArticleRecord;

/** Reads the read model: filtered newest-first pages and theme counts. SQL with bound parameters only. */
@ApplicationScoped
public class ArticleSearch {

    /** A page of rows and whether more follow. */
    public record Page(List<ArticleRecord> rows, Cursor next) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page find(ArticleFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT id FROM article WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (filter.theme() != null) {
            sql.append(" AND theme_ids @> ARRAY[CAST(:theme AS text)]");
            params.put("theme", filter.theme());
        }
        if (filter.country() != null) {
            sql.append(" AND country_codes @> ARRAY[CAST(:country AS text)]");
            params.put("country", filter.country());
        }
        if (filter.text() != null) {
            sql.append(" AND search @@ websearch_to_tsquery('english', :text)");
            params.put("text", filter.text());
        }
        if (filter.from() != null) {
            sql.append(" AND sort_time >= :from");
            params.put("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND sort_time < :to");
            params.put("to", Timestamp.from(filter.to()));
        }
        if (filter.after() != null) {
            sql.append(" AND (sort_time, id) < (:afterTime, :afterId)");
            params.put("afterTime", Timestamp.from(filter.after().sortTime()));
            params.put("afterId", filter.after().id());
        }
        sql.append(" ORDER BY sort_time DESC, id DESC LIMIT :limit");
        params.put("limit", filter.limit() + 1);

        Query query = Panache.getEntityManager().createNativeQuery(sql.toString(), String.class);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<String> ids = query.getResultList();
        boolean more = ids.size() > filter.limit();
        List<String> pageIds = more ? ids.subList(0, filter.limit()) : ids;
        List<ArticleRecord> rows = inOrder(pageIds);
        Cursor next = null;
        if (more) {
            ArticleRecord last = rows.get(rows.size() - 1);
            next = new Cursor(last.sortTime, last.id);
        }
        return new Page(rows, next);
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
