package news.ingest.store;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The entries already taken from each feed (table {@code ingest.feed_entry}), so none is published twice. */
@ApplicationScoped
public class FeedEntries {

    /** Which of {@code keys} the feed already had. */
    @Transactional
    public Set<String> known(long feedId, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> found = Panache.getEntityManager()
                .createNativeQuery("SELECT entry_key FROM feed_entry WHERE feed_id = :feed AND entry_key IN (:keys)",
                        String.class)
                .setParameter("feed", feedId)
                .setParameter("keys", keys)
                .getResultList();
        return new HashSet<>(found);
    }

    /** Records an entry as taken; joins the transaction that published its article. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(long feedId, String key, String articleId) {
        Panache.getEntityManager()
                .createNativeQuery("INSERT INTO feed_entry (feed_id, entry_key, article_id) VALUES (:feed, :key, :id) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter("feed", feedId)
                .setParameter("key", key)
                .setParameter("id", articleId)
                .executeUpdate();
    }
}
