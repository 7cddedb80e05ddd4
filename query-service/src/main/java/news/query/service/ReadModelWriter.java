package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import news.events.AnalyzedArticle;
import news.events.IngestedArticle;
import news.query.mapping.ArticleMapper;
import news.query.store.ArticleRecord;

/**
 * Stores analysed articles: one row per id, replaced only by a newer analysis (a higher analysis version, or the
 * same version of newer text), so redelivery and replay are harmless and the read model never goes backwards.
 */
@ApplicationScoped
public class ReadModelWriter {

    /** What {@link #store} did. */
    public enum Outcome { INSERTED, REPLACED, IGNORED_OLDER }

    @Transactional
    public Outcome store(AnalyzedArticle analyzed) {
        ArticleRecord existing = ArticleRecord.findById(analyzed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            ArticleRecord created = new ArticleRecord();
            created.id = analyzed.id();
            ArticleMapper.copy(analyzed, created);
            created.storedAt = Instant.now();
            // a concurrent insert of the same id (impossible within one partition) fails here and is redelivered
            Panache.getEntityManager().persist(created);
            return Outcome.INSERTED;
        }
        if (isOlder(analyzed, existing)) {
            return Outcome.IGNORED_OLDER;
        }
        ArticleMapper.copy(analyzed, existing);
        existing.storedAt = Instant.now();
        return Outcome.REPLACED;
    }

    private static boolean isOlder(AnalyzedArticle analyzed, ArticleRecord existing) {
        if (analyzed.analysisVersion() != existing.analysisVersion) {
            return analyzed.analysisVersion() < existing.analysisVersion;
        }
        IngestedArticle article = analyzed.article();
        return article.ingestedAt().isBefore(existing.ingestedAt);
    }
}
