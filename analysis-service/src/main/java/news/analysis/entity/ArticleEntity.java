package news.analysis.entity;

import java.util.ArrayList;
import java.util.List;
import news.events.Evidence;

/** One person or organisation an article names, as {@link EntityDetector} adds up its mentions. */
final class ArticleEntity {
    final String type;
    String name;
    String role;
    final List<Evidence> evidence = new ArrayList<>();

    ArticleEntity(String type, String name) {
        this.type = type;
        this.name = name;
    }
}
