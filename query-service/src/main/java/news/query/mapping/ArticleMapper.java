package news.query.mapping;

import java.util.List;
import news.events.AnalyzedArticle;
import news.events.CountryMention;
import news.events.IngestedArticle;
import news.events.ThemeTag;
import news.query.rest.ArticleDetail;
import news.query.rest.ArticleSummary;
import news.query.store.ArticleRecord;
import news.query.store.SummaryReader;

/** Between events, rows and API views. */
public final class ArticleMapper {

    private static final int SNIPPET_CHARS = 280;

    private ArticleMapper() {
    }

    public static void copy(AnalyzedArticle analyzed, ArticleRecord row) {
        IngestedArticle article = analyzed.article();
        row.url = article.url();
        row.canonicalUrl = article.canonicalUrl();
        row.source = article.source();
        row.title = article.title();
        row.authors = article.authors();
        row.publishedAt = article.publishedAt();
        row.ingestedAt = article.ingestedAt();
        row.sortTime = article.publishedAt() != null ? article.publishedAt().toInstant() : article.ingestedAt();
        row.language = article.language();
        row.body = article.body();
        row.contentHash = article.contentHash();
        row.analysisVersion = analyzed.analysisVersion();
        row.taxonomyVersion = analyzed.taxonomyVersion();
        row.analyzedAt = analyzed.analyzedAt();
        row.themes = analyzed.themes();
        row.countries = analyzed.countries();
        row.entities = analyzed.entities();
        row.tone = analyzed.tone();
        row.themesStatus = analyzed.themesStatus();
        row.themeIds = analyzed.themes().stream().map(ThemeTag::theme).distinct().toList();
        row.countryCodes = analyzed.countries().stream().map(CountryMention::code).distinct().toList();
        row.storyId = analyzed.story() == null ? null : analyzed.story().storyId();
        row.duplicateOf = analyzed.story() == null ? null : analyzed.story().duplicateOf();
    }

    public static ArticleSummary summary(ArticleRecord row) {
        List<ArticleSummary.Theme> themes = row.themes.stream()
                .map(t -> new ArticleSummary.Theme(t.theme(), t.label(), t.iptcCode(), t.score()))
                .toList();
        return new ArticleSummary(row.id, row.title, row.source, row.url, row.publishedAt, row.ingestedAt,
                row.language, snippet(row.body), themes, row.countryCodes, row.storyId, row.duplicateOf,
                row.tone == null ? null : row.tone.score());
    }

    /** A summary from a list row, which carries only the head of the body. */
    public static ArticleSummary summary(SummaryReader.Row row) {
        List<ArticleSummary.Theme> themes = row.themes().stream()
                .map(t -> new ArticleSummary.Theme(t.theme(), t.label(), t.iptcCode(), t.score()))
                .toList();
        String snippet = snippet(row.bodyHead());
        if (row.bodyCut() && !snippet.endsWith("…")) {
            snippet = snippet + "…";
        }
        return new ArticleSummary(row.id(), row.title(), row.source(), row.url(), row.publishedAt(),
                row.ingestedAt() == null ? null : row.ingestedAt().toInstant(), row.language(), snippet, themes,
                row.countryCodes(), row.storyId(), row.duplicateOf(), row.toneScore());
    }

    public static ArticleDetail detail(ArticleRecord row) {
        return new ArticleDetail(row.id, row.title, row.source, row.url, row.canonicalUrl, row.authors,
                row.publishedAt, row.ingestedAt, row.language, row.body, row.themes, row.countries,
                row.entities == null ? List.of() : row.entities, row.tone, row.themesStatus,
                row.analysisVersion, row.taxonomyVersion, row.analyzedAt, row.storyId, row.duplicateOf);
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static String snippet(String body) {
        String flat = WHITESPACE.matcher(body).replaceAll(" ").strip();
        if (flat.length() <= SNIPPET_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', SNIPPET_CHARS);
        return flat.substring(0, cut > SNIPPET_CHARS / 2 ? cut : SNIPPET_CHARS) + "…";
    }
}
