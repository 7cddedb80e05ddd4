package news.ingest.extract;

import java.time.OffsetDateTime;
import java.util.List;

public record ExtractedArticle(String title, List<String> authors, OffsetDateTime publishedAt, OffsetDateTime modifiedAt,
        String language, String canonicalUrl, String siteName, String description, String imageUrl, String body,
        int wordCount) {
}
