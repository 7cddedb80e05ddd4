package news.ingest.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** PLACEHOLDER until the real extractor is merged. */
public class ArticleExtractor {
    public ExtractedArticle fromHtml(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String body = doc.select("p").stream().map(p -> p.text()).filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n"));
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        return new ExtractedArticle(doc.title(), List.of(), null, null, null, canonical.isBlank() ? null : canonical, null, null, null, body, body.split("\\s+").length);
    }

    public ExtractedArticle fromText(String text) {
        return new ExtractedArticle(null, List.of(), null, null, null, null, null, null, null, text.strip(), 0);
    }
}
