package news.importer;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Whether a page carries a publication date of its own. The ingest API's {@code publishedAt} replaces the page's
 * date, so a capture date (WARC-Date) is sent only when this finds none: the same places ingest-service's
 * extractor reads (JSON-LD, meta tags, {@code <time>}, a date in the URL path).
 */
final class PageDates {

    private static final String META_KEYS = "article:published_time|og:article:published_time|og:published_time"
            + "|datepublished|article\\.published|published_time|published-date|publishdate|publish_date"
            + "|publish-date|pubdate|parsely-pub-date|sailthru\\.date|dc\\.date\\.issued|dc\\.date|dcterms\\.issued"
            + "|dcterms\\.created|dcterms\\.date|citation_publication_date|citation_date|originalpublicationdate"
            + "|article_date_original|date|release_date|cxenseparse:recs:publishtime|datecreated";
    private static final String DATE_SELECTOR = "meta[property~=(?i)^(" + META_KEYS + ")$][content]"
            + ", meta[name~=(?i)^(" + META_KEYS + ")$][content], meta[itemprop~=(?i)^(" + META_KEYS + ")$][content]"
            + ", [itemprop=datePublished], time[datetime], time[pubdate]";
    private static final Pattern JSON_LD_DATE = Pattern.compile("\"date(Published|Created)\"\\s*:\\s*\"[^\"]");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|-|_|\\.|$)"
            + "|/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])/");

    private PageDates() {
    }

    static boolean hasOwnDate(String html, String url) {
        if (url != null && URL_DATE.matcher(url.replaceFirst("^[a-zA-Z]+://[^/]+", "")).find()) {
            return true;
        }
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        if (!doc.select(DATE_SELECTOR).isEmpty()) {
            return true;
        }
        for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
            if (JSON_LD_DATE.matcher(script.data()).find()) {
                return true;
            }
        }
        return false;
    }
}
