package news.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A parsed page as the byline and dateline readers look at it: the text around its visible headline, how much text
 * an element holds, which elements hold a string, and which sit in a comment, sidebar or footer block. Lengths and
 * the page's text are computed once, on first use.
 */
final class PageText {

    /**
     * A class/id token that starts a comment, related-links, sidebar or footer block ("has-sidebar" does not); Joomla's
     * comments plugin names its blocks "jcomments" ("jcomments-latest": the latest comments, their writers' names).
     */
    private static final Pattern COMMENTISH = Pattern.compile("(?i)^(?:comments?|jcomments|commentlist|reply|replies|respond|related"
            + "|recommend\\w*|sidebar|footer|site-footer|widget|widgets|widget-area)(?:$|[-_])"
            + "|[-_](?:related|recommended)(?:$|[-_])"); // "cb-related-posts", "td-related-block"

    private final Document doc;
    private final String h1;
    private final boolean logoH1;
    private final String title;
    private String bodyText;
    private final PageElements elements;
    private Element headline;
    private final AncestorTest noise = new AncestorTest(PageText::noiseVerdict);
    private boolean headlineLooked;
    /** See {@link #headlineAt}; null until first asked for. */
    private Integer headlineAt;

    /**
     * @param h1     the page's headline as printed in its h1, or null
     * @param logoH1 whether that h1 is the site's logo: the title is looked for first, a date beside the logo may be
     *               today's
     * @param title  the article's title, looked for when there is no h1
     */
    PageText(Document doc, PageElements elements, String h1, boolean logoH1, String title) {
        this.doc = doc;
        this.elements = elements;
        this.h1 = h1;
        this.logoH1 = logoH1;
        this.title = title;
    }

    /** @return the page's elements the query selects, in page order (see {@link PageElements#select}) */
    List<Element> select(String query) {
        return elements.select(query);
    }

    /** @return every element of the page, in page order */
    List<Element> allElements() {
        return elements.all();
    }

    /**
     * Whether an element sits in a footer (not the article's own), an aside or a comment, related-links, sidebar or
     * footer block ({@link AncestorTest}: walked up from each of thousands of elements nested in one another, the
     * class tests took seconds).
     */
    boolean insideNoise(Element e) {
        return noise.test(e);
    }

    /** Whether the element is a footer outside any article: a footer inside one is its own (its byline, date, tags). */
    static boolean siteFooter(Element e) {
        return e.tagName().equals("footer") && e.closest("article") == null;
    }

    /** What the element says of itself and what it holds: not noise, noise, or null when that is up to its parents. */
    private static Boolean noiseVerdict(Element p) {
        if (p.tagName().equals("body") || p.tagName().equals("main")) {
            return false; // the page's main content (an unclosed aside or footer above it is a markup slip)
        }
        if (siteFooter(p) || p.tagName().equals("aside")) {
            return true;
        }
        for (String token : Text.SPACE_RUN.split(p.className() + " " + p.id())) {
            if (COMMENTISH.matcher(token).find()) {
                return true;
            }
        }
        return null;
    }

    /** The elements with a text of their own that contains one of the strings (case-sensitive), in page order. */
    List<Element> elementsWithText(String... strings) {
        List<Element> out = new ArrayList<>();
        if (doc.body() == null) {
            return out;
        }
        org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.TextNode tn && node.parent() instanceof Element p
                    && (out.isEmpty() || out.get(out.size() - 1) != p)) {
                String text = tn.getWholeText();
                for (String s : strings) {
                    if (text.contains(s)) {
                        out.add(p);
                        break;
                    }
                }
            }
        }, doc.body());
        return out;
    }

    /** Raw text length under an element ({@link PageElements#textLength}). */
    int textLength(Element e) {
        return elements.textLength(e);
    }

    /** Characters under an element that are not white space ({@link PageElements#visibleLength}). */
    int visibleLength(Element e) {
        return elements.visibleLength(e);
    }

    /** Elements under an element ({@link PageElements#elementsUnder}). */
    int elementsUnder(Element e) {
        return elements.elementsUnder(e);
    }

    /**
     * Whether the element has a text of its own that is not blank (a child text node with more than white space),
     * without building its {@code ownText()}: an element without one has no words of its own.
     */
    static boolean hasOwnText(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t && !t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element's own text (its child text nodes) holds at least {@code n} characters that are not
     * spaces, counted without building it: a bound on the length of its {@code ownText()}, normalised or not.
     */
    static boolean ownCharsAtLeast(Element e, int n) {
        int found = 0;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t) {
                String text = t.getWholeText();
                for (int k = 0; k < text.length(); k++) {
                    if (!Text.isSpace(text.charAt(k)) && ++found >= n) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The first character of the element's own text that is not a space; 0 when it has none. */
    static char firstOwnChar(Element e) {
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof TextNode t) {
                String text = t.getWholeText();
                for (int k = 0; k < text.length(); k++) {
                    if (!Text.isSpace(text.charAt(k))) {
                        return text.charAt(k);
                    }
                }
            }
        }
        return 0;
    }

    /**
     * The page text around the visible headline: up to {@code after} characters following it and {@code before}
     * characters preceding it (the byline and dateline area); null without a headline.
     */
    String headlineText(int after, int before) {
        String page = bodyText();
        if (page == null) {
            return null;
        }
        boolean titleToFind = title != null && title.length() >= 10;
        String anchor = title; // the title as printed on the page, where the h1 is the site's logo
        int at = logoH1 && titleToFind ? page.indexOf(title) : -1;
        if (at < 0 && h1 != null) {
            anchor = h1;
            at = headlineAt(page);
        }
        if (at < 0 && titleToFind) {
            anchor = title; // no h1: the title as printed on the page
            at = page.indexOf(title);
        }
        if (at < 0) {
            return null;
        }
        int end = at + anchor.length();
        return page.substring(Math.max(0, at - before), at)
                + (after > 0 ? " " + page.substring(end, Math.min(page.length(), end + after)) : "");
    }

    /**
     * Where the headline element's text is in the page text: the headline's words may be written before it too (a
     * title element or a menu item the parser left in the body, a hidden copy), so the occurrence is the one after
     * those written in the text that precedes the element; the first occurrence when the element is not found.
     */
    private int headlineAt(String page) {
        if (headlineAt == null) {
            headlineAt = findHeadline(page);
        }
        return headlineAt;
    }

    private int findHeadline(String page) {
        int at = page.indexOf(h1);
        Element h = headlineElement();
        if (at < 0 || h == null || page.indexOf(h1, at + h1.length()) < 0) {
            return at; // (written once: most pages)
        }
        int before = 0;
        for (Element e = h; e != null && e != doc.body(); e = e.parent()) {
            for (Node n = e.previousSibling(); n != null; n = n.previousSibling()) {
                String text = n instanceof Element el ? el.text() : n instanceof TextNode t ? t.text() : "";
                for (int i = text.indexOf(h1); i >= 0; i = text.indexOf(h1, i + h1.length())) {
                    before++;
                }
            }
        }
        for (int next; before > 0 && (next = page.indexOf(h1, at + h1.length())) >= 0; before--) {
            at = next;
        }
        return at;
    }

    /** The h1 element whose text is the headline; null if none. Looked for once. */
    Element headlineElement() {
        if (!headlineLooked) {
            headlineLooked = true;
            for (Element h : h1 == null ? List.<Element>of() : elements.select("h1")) {
                if (h1.equals(PageTitle.headingText(h, elements))) {
                    headline = h;
                    break;
                }
            }
        }
        return headline;
    }

    /**
     * The standfirst: the first element after the headline that has text of its own, when it is a paragraph of
     * {@value #STANDFIRST_CHARS} characters or more (a summary printed between the headline and the byline); null
     * when there is none.
     */
    Element standfirst() {
        Element headline = headlineElement();
        if (headline == null) {
            return null;
        }
        boolean after = false;
        for (Element e : elements.all()) {
            if (e == headline) {
                after = true;
            } else if (after && !e.ownText().isBlank() && !PageElements.isInside(e, headline)) {
                return e.tagName().equals("p") && e.text().length() >= STANDFIRST_CHARS ? e : null;
            }
        }
        return null;
    }

    /** How long a paragraph under the headline must be to be a standfirst. */
    static final int STANDFIRST_CHARS = 150;

    /** Up to {@code chars} characters of the page text that follows the element (after the headline); null if none. */
    String textAfter(Element e, int chars) {
        String page = bodyText();
        if (e == null || page == null || h1 == null) {
            return null;
        }
        int headlineAt = headlineAt(page);
        String text = e.text();
        int at = headlineAt < 0 ? -1 : page.indexOf(text, headlineAt + h1.length());
        if (at < 0) {
            return null;
        }
        int end = at + text.length();
        return page.substring(end, Math.min(page.length(), end + chars));
    }

    /** See {@link #captionHolds}; null until first asked for. */
    private List<String> captions;
    /** The most captions {@link #captionHolds} reads (a page shows a few dozen; a hostile one, any number). */
    private static final int MAX_CAPTIONS = 200;
    /** Whether a class or id names a photo caption ("caption", "media-meta__caption", "imageCaption"). */
    private static boolean namesCaption(String marker) {
        for (int i = 0; i + 7 <= marker.length(); i++) {
            char c = marker.charAt(i); // most places start no "caption": look at the rest only after a c
            if ((c == 'c' || c == 'C') && marker.regionMatches(true, i, "caption", 0, 7)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a photo caption of the page holds the text: a figcaption, or an element whose class or id names a
     * caption. A caption dates its photo ("... in Sioux Center, Iowa, on Jan. 23, 2016"), not the article.
     */
    boolean captionHolds(String text) {
        if (captions == null) {
            captions = new ArrayList<>();
            for (Element e : elements.all()) {
                if (captions.size() >= MAX_CAPTIONS) {
                    break;
                }
                if ((e.tagName().equals("figcaption") || e.attributesSize() > 0 && (namesCaption(e.attr("class"))
                        || namesCaption(e.id()))) && elements.textLength(e) <= 2_000) {
                    String t = e.text();
                    if (t.length() >= 10) {
                        captions.add(t);
                    }
                }
            }
        }
        for (String c : captions) {
            if (c.contains(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the page writes its days first where it spells the month out, and never the American way
     * ({@link Dates#writesDaysFirstInWords}): a British page, whose numeric dates read day first.
     */
    boolean writesDaysFirst() {
        String text = bodyText();
        return text != null && Dates.writesDaysFirstInWords(text);
    }

    /** The text of the page's body, whitespace normalised (computed once); null without a body. */
    private String bodyText() {
        if (bodyText == null && doc.body() != null) {
            bodyText = doc.body().text();
        }
        return bodyText;
    }
}
