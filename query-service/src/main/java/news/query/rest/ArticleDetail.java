package news.query.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import news.events.CountryMention;
import news.events.EntityMention;
import news.events.Tone;
import news.events.ThemeTag;

/**
 * A stored article with its themes (each with the evidence that triggered it), countries, people and
 * organisations, its story and, for a near-identical copy, the first article it duplicates.
 */
public record ArticleDetail(String id, String title, String source, String url, String canonicalUrl,
        List<String> authors, OffsetDateTime publishedAt, Instant ingestedAt, String language, String body,
        List<ThemeTag> themes, List<CountryMention> countries, List<EntityMention> entities, Tone tone,
        String themesStatus, int analysisVersion, String taxonomyVersion,
        Instant analyzedAt, String storyId, String duplicateOf) {
}
