package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Reads the authors of a page whose markup names none ({@link Bylines}) as a reader of the page's text does: the
 * lines a browser shows, the article's run among them where its first and last paragraphs stand, and the byline
 * rules of a pasted page ({@link TextHeader}): "Author" over the name on a line of its own, a blog's name over the
 * day and the reading time, "By Clay" beside its date. Menus ({@code <nav>}) and the site's footer are left out; they
 * print no byline, and a menu item the page prints twice would read as one.
 */
final class TextBylines {

    /**
     * The most lines a page is read this way with: more than any article page shows (the longest of the 892 corpus
     * pages, 2,255). The header's rules look at the page's lines again for each line they weigh (is it printed
     * twice?): a page of 90,000 headlines took seconds.
     */
    static final int MAX_LINES = 5_000;

    private TextBylines() {
    }

    /**
     * @param segments the page's text segments before its furniture is pruned ({@link TextSegment#cut})
     * @param article  the article read from the page, with the blocks its text starts and ends in
     * @param title    the article's title, or null: a name that is the title is no byline
     * @return the authors, or none
     */
    static List<String> read(List<TextSegment> segments, HtmlBody.Article article, String title) {
        if (article.firstBlock() == null) {
            return List.of();
        }
        AncestorTest outsideArticles = new AncestorTest(TextBylines::outsideArticles);
        List<String> lines = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (TextSegment s : segments) {
            if (outsideArticles.test(s.block)) {
                continue;
            }
            if (first < 0 && s.block == article.firstBlock()) {
                first = lines.size();
            }
            for (String line : s.text.toString().split("\n")) {
                String l = Text.normalize(line);
                if (!l.isEmpty()) {
                    lines.add(l);
                }
            }
            if (s.block == article.lastBlock()) {
                last = lines.size() - 1;
            }
        }
        if (first < 0 || last < first || lines.size() > MAX_LINES) {
            return List.of();
        }
        String titleKey = title == null ? "" : Text.squash(title);
        int headline = headlineAbove(lines, first, titleKey);
        TextHeader header = null;
        if (headline >= 0) {
            header = new TextHeader(lines, false);
            header.readAroundHeadline(headline, first, last);
        }
        if (header == null || header.authors.isEmpty()) {
            // a fresh header: the day read around the headline would change what the walk up from the text reads
            header = new TextHeader(lines, false);
            header.read(first, last);
        }
        return header.authors.stream().filter(a -> !Text.squash(a).equals(titleKey)).toList();
    }

    /** How far above the article's first line its headline is looked for. */
    private static final int HEADLINE_LINES = 40;

    /** @return the nearest line above line {@code first} that prints the title, or -1 */
    private static int headlineAbove(List<String> lines, int first, String titleKey) {
        if (titleKey.isEmpty()) {
            return -1;
        }
        for (int i = first - 1; i >= Math.max(0, first - HEADLINE_LINES); i--) {
            if (Text.squash(lines.get(i)).equals(titleKey)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether an element is a menu or the site's footer (not an article's own footer, which holds its byline); null when
     * that is up to its parent.
     */
    private static Boolean outsideArticles(Element e) {
        return e.tagName().equals("nav") || PageText.siteFooter(e) ? true : null;
    }
}
