package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import news.events.AnalyzedArticle;
import news.events.IngestedArticle;
import news.events.ThemeTag;
import news.query.mapping.ArticleMapper;
import news.query.store.ArticleRecord;

/**
 * Stores analysed articles: one row per id, replaced only by a newer analysis (a higher analysis version, or the
 * same version of newer text), so redelivery and replay are harmless and the read model never goes backwards.
 * Every insert and replacement takes the next {@code seq}, which incremental polling and the stream follow. A
 * replacement writes only the columns that changed ({@link ArticleRecord} is dynamic-update): a re-analysis leaves
 * the title and body, and so their full-text vector, alone.
 */
@ApplicationScoped
public class ReadModelWriter {

    /** What {@link #store} did. */
    public enum Outcome { INSERTED, REPLACED, IGNORED_OLDER, UNCHANGED }

    @Transactional
    public Outcome store(AnalyzedArticle analyzed) {
        EntityManager em = Panache.getEntityManager();
        // the row is written once, at commit: the counters' statements below need not see it, and an automatic
        // flush before each of them would write a replaced row twice (its content, then its seq)
        em.setFlushMode(FlushModeType.COMMIT);
        ArticleRecord existing = ArticleRecord.findById(analyzed.id(), LockModeType.PESSIMISTIC_WRITE);
        if (existing == null) {
            ArticleRecord created = new ArticleRecord();
            created.id = analyzed.id();
            ArticleMapper.copy(analyzed, created);
            created.storedAt = Instant.now();
            created.seq = nextSeq(em);
            rememberThemes(em, analyzed);
            countThemes(em, created.themeIds, 1);
            countThemeDays(em, created.sortTime, created.themeIds, 1);
            // a concurrent insert of the same id (impossible within one partition) fails here and is redelivered
            em.persist(created);
            return Outcome.INSERTED;
        }
        if (isOlder(analyzed, existing)) {
            return Outcome.IGNORED_OLDER;
        }
        if (isSame(analyzed, existing)) {
            // a redelivered record: nothing new to store, to poll or to stream
            return Outcome.UNCHANGED;
        }
        List<String> before = List.copyOf(existing.themeIds);
        Instant beforeTime = existing.sortTime;
        ArticleMapper.copy(analyzed, existing);
        existing.storedAt = Instant.now();
        existing.seq = nextSeq(em);
        rememberThemes(em, analyzed);
        countThemes(em, before.stream().filter(t -> !existing.themeIds.contains(t)).toList(), -1);
        countThemes(em, existing.themeIds.stream().filter(t -> !before.contains(t)).toList(), 1);
        countThemeDays(em, beforeTime, before, -1);
        countThemeDays(em, existing.sortTime, existing.themeIds, 1);
        return Outcome.REPLACED;
    }

    private static long nextSeq(EntityManager em) {
        return ((Number) em.createNativeQuery("SELECT nextval('article_seq')").getSingleResult()).longValue();
    }

    private static void rememberThemes(EntityManager em, AnalyzedArticle analyzed) {
        for (ThemeTag tag : analyzed.themes()) {
            if (tag.theme() == null || tag.theme().isBlank()) {
                continue;
            }
            em.createNativeQuery("""
                    INSERT INTO known_theme (id, label, iptc_code) VALUES (:id, :label, :code)
                    ON CONFLICT (id) DO NOTHING""")
                    .setParameter("id", tag.theme())
                    .setParameter("label", tag.label())
                    .setParameter("code", tag.iptcCode())
                    .executeUpdate();
        }
    }

    /** Adds {@code delta} to the article count of each theme (rows made by {@link #rememberThemes}). */
    private static void countThemes(EntityManager em, List<String> themes, int delta) {
        for (String theme : themes.stream().filter(Objects::nonNull).sorted().toList()) {
            em.createNativeQuery("UPDATE known_theme SET articles = articles + :delta WHERE id = :id")
                    .setParameter("delta", delta)
                    .setParameter("id", theme)
                    .executeUpdate();
        }
    }

    /** Adds {@code delta} to the count of each theme on the UTC day of {@code time} (table theme_day). */
    private static void countThemeDays(EntityManager em, Instant time, List<String> themes, int delta) {
        java.sql.Date day = java.sql.Date.valueOf(time.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        for (String theme : themes.stream().filter(Objects::nonNull).sorted().toList()) {
            em.createNativeQuery("""
                    INSERT INTO theme_day (day, theme, articles) VALUES (:day, :theme, :delta)
                    ON CONFLICT (day, theme) DO UPDATE SET articles = theme_day.articles + EXCLUDED.articles""")
                    .setParameter("day", day)
                    .setParameter("theme", theme)
                    .setParameter("delta", delta)
                    .executeUpdate();
        }
    }

    private static boolean isOlder(AnalyzedArticle analyzed, ArticleRecord existing) {
        if (analyzed.analysisVersion() != existing.analysisVersion) {
            return analyzed.analysisVersion() < existing.analysisVersion;
        }
        IngestedArticle article = analyzed.article();
        return article.ingestedAt().isBefore(existing.ingestedAt);
    }

    private static boolean isSame(AnalyzedArticle analyzed, ArticleRecord existing) {
        IngestedArticle article = analyzed.article();
        return analyzed.analysisVersion() == existing.analysisVersion
                && article.ingestedAt().equals(existing.ingestedAt)
                && Objects.equals(article.contentHash(), existing.contentHash)
                && Objects.equals(analyzed.themes(), existing.themes)
                && Objects.equals(analyzed.countries(), existing.countries)
                && Objects.equals(analyzed.entities(), existing.entities)
                && Objects.equals(analyzed.tone(), existing.tone)
                && Objects.equals(analyzed.themesStatus(), existing.themesStatus)
                && Objects.equals(analyzed.story() == null ? null : analyzed.story().storyId(), existing.storyId)
                && Objects.equals(analyzed.story() == null ? null : analyzed.story().duplicateOf(),
                        existing.duplicateOf);
    }
}
