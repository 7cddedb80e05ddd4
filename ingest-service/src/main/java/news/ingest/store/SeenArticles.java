package news.ingest.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The articles already published, by id and content hash (table {@code ingest.seen_article}). */
@ApplicationScoped
public class SeenArticles {

    /** How a submission relates to what was published before. */
    public enum Change { NEW, CHANGED, UNCHANGED }

    /**
     * Records that {@code id} now has {@code contentHash}, and tells whether that is news. Runs in the caller's
     * transaction, the one that also publishes, so a failed publish leaves no trace. The row stays locked until
     * that transaction ends, so two concurrent posts of one article publish it once.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change record(String id, String contentHash) {
        List<?> written = Panache.getEntityManager()
                .createNativeQuery("""
                        INSERT INTO seen_article AS s (id, content_hash) VALUES (:id, :hash)
                        ON CONFLICT (id) DO UPDATE
                            SET content_hash = excluded.content_hash, last_seen_at = now(), versions = s.versions + 1
                            WHERE s.content_hash <> excluded.content_hash
                        RETURNING (xmax = 0) AS inserted
                        """)
                .setParameter("id", id)
                .setParameter("hash", contentHash)
                .getResultList();
        if (written.isEmpty()) {
            return Change.UNCHANGED;
        }
        return Boolean.TRUE.equals(written.get(0)) ? Change.NEW : Change.CHANGED;
    }

    /**
     * Records {@code id} unless it was ever recorded: {@link Change#NEW} or {@link Change#UNCHANGED}, whatever the
     * text. Same transaction rules as {@link #record}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Change recordIfNew(String id, String contentHash) {
        int inserted = Panache.getEntityManager()
                .createNativeQuery("INSERT INTO seen_article (id, content_hash) VALUES (:id, :hash) "
                        + "ON CONFLICT (id) DO NOTHING")
                .setParameter("id", id)
                .setParameter("hash", contentHash)
                .executeUpdate();
        return inserted == 1 ? Change.NEW : Change.UNCHANGED;
    }
}
