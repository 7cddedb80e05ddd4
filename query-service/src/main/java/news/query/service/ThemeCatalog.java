package news.query.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The theme ids a request may name: the taxonomy's fixed list plus every id the read model has stored (table
 * {@code known_theme}, filled by {@link ReadModelWriter}), so a theme added to the taxonomy later is accepted as
 * soon as an article carries it.
 */
@ApplicationScoped
public class ThemeCatalog {

    /** The ids of the project's theme taxonomy. */
    public static final Set<String> TAXONOMY = Set.of("trade", "security", "environment", "diplomacy", "economy",
            "energy", "health", "science-technology", "crime-justice", "education", "culture", "disaster", "sport",
            "politics", "migration", "agriculture", "transport", "labour", "travel-tourism", "religion",
            "civil-rights", "social-welfare");

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isKnown(String id) {
        if (TAXONOMY.contains(id) || seen.contains(id)) {
            return true;
        }
        boolean stored = !Panache.getEntityManager()
                .createNativeQuery("SELECT 1 FROM known_theme WHERE id = :id")
                .setParameter("id", id)
                .getResultList().isEmpty();
        if (stored) {
            seen.add(id);
        }
        return stored;
    }
}
