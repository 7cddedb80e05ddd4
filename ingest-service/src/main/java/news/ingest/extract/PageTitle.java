package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article's headline: the page's own (an h1, or a lower heading the metadata confirms) or one of the metadata's
 * titles (the JSON-LD headline, the OpenGraph and Twitter titles, {@code <title>}), with the site's name, section
 * names and decorations taken off, and with the metadata's spelling where the printed headline lost quote marks,
 * capitals or characters. Also which h1 is the headline, and whether the page's first h1 is the site's logo.
 */
final class PageTitle {

    /** Headings of page widgets that some themes mark up as h1. */
    private static final Pattern WIDGET_HEADING = Pattern.compile("(?i)^(?:share|subscribe|sign up|search|menu|related|comments?"
            + "|newsletter|follow|contact|categories|recent posts|popular|you may also|leave a)\\b");
    /** Between a headline and the site or section name: "Headline | Site", "Site - Headline", "Headline • Site". */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|–—·•»:\\-]\\s+|\\s+::\\s+");
    /** Two words run together where a subtitle's line break was ("The Best AlternativesTop Tools"). */
    private static final Pattern GLUED_WORDS = Pattern.compile("\\p{Ll}{2}\\p{Lu}\\p{Ll}|[)\\]]\\p{Lu}\\p{Ll}");
    /** A title part that is a domain name ("Newegg.com"): the site's name. */
    private static final String DOMAIN_NAME = "(?:www\\.)?[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.(?:com|org|net|edu|gov|io|co|info|biz|news|blog|ai|app|dev|tv|me|us|uk|de|fr|ca|au|in|it|es|nl|jp|ch|se)";
    private static final Pattern DOMAIN = Pattern.compile("(?i)" + DOMAIN_NAME);
    private static final Pattern LEADING_DOMAIN = Pattern.compile("(?i)^" + DOMAIN_NAME + "\\s+");
    /** An underscore between Chinese or Japanese characters (or their punctuation): a title's separator. */
    private static final Pattern CJK_UNDERSCORE = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF01-\\uFF60]_"
            + "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    /** An entity escaped in a text already read once ("SQL &#x26; AI" from "SQL &amp;#x26; AI"). */
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX]\\p{XDigit}+|[a-zA-Z]{2,8});");

    /**
     * A class or id token of a logo, site-name, sidebar, widget-area or pop-up block ("site-logo", "logoWrapper",
     * "navbar-brand", "sidebar-right", "widget", "modal-dialog"); not a page builder's wrapper ("elementor-widget-container")
     * or a layout flag ("has-sidebar", "cs-sidebar-enabled").
     */
    private static final Pattern FURNITURE_CLASS = Pattern.compile("(?:^|[-_])(?i:logo|brand|branding|masthead)|\\p{Ll}(?:Logo|Brand|Masthead)"
            + "|^(?i:modal|popup|pop-up|dialog|lightbox)(?:$|[-_])"
            + "|(?i:site-title|site-name|sitename)|^(?i:sidebar|widget|widgets|widget-area)(?:$|[-_])|(?<!with|has|no)[-_](?i:sidebar)$");

    /** A link, looked for in each headline (a logo's), parsed once. */
    private static final Evaluator HEADLINE_LINK = QueryParser.parse("a[href]");
    /** A link home or to a section: "/", "/news/", "https://example.com/". */
    private static final Pattern HOME_OR_SECTION = Pattern.compile("/|/[\\w-]+/?|https?://[^/]+/?");

    /** The longest title taken from the metadata; a longer one is text that is not a title, dropped. */
    private static final int MAX_TITLE_CHARS = 500;
    /**
     * The most h1 headlines (of 3 to 300 characters) weighed: no corpus or fixture page has more than 29 h1 elements, a
     * hostile one had 90,000.
     */
    private static final int MAX_H1S = 100;

    private final String siteName;
    /** {@link #siteName} squashed ({@link Text#squash}), or null: every heading of a page is compared with it. */
    private final String squashedSiteName;
    /** Texts of h1 elements that are the site's logo or name (squashed). */
    private final Set<String> logoNames = new HashSet<>();
    /** Whether an element is furniture or inside it (walked up from each of thousands of nested headings). */
    private final AncestorTest furniture = new AncestorTest(PageTitle::furnitureVerdict);

    /** The article's title; null when the page has none. */
    String title;
    /** The page's h1 read as the headline, or its first h1; null when it has none. */
    String h1;
    /** Whether {@link #h1} is the site's logo, which the title as printed stands in for where the page prints it. */
    boolean logoH1;

    /**
     * @param article  the page's JSON-LD article, or null
     * @param meta     the page's {@code <meta>} values by lower-case name or property
     * @param siteName the site's name as the metadata gives it, or null
     */
    PageTitle(Document doc, PageElements elements, JsonNode article, Map<String, String> meta, String siteName) {
        this.siteName = siteName;
        this.squashedSiteName = siteName == null ? null : Text.squash(siteName);
        readTitle(doc, article, meta, elements);
        title = dropPipedExtras(title);
    }

    private void readTitle(Document doc, JsonNode article, Map<String, String> meta, PageElements elements) {
        String ldTitle = article == null ? null
                : HtmlMetadata.first(HtmlMetadata.repairMojibake(HtmlMetadata.unescape(JsonLd.text(article.get("headline")))),
                        JsonLd.types(article).stream().anyMatch(t -> t.endsWith("page")) ? null
                                : JsonLd.text(article.get("name")));
        if (ldTitle == null) {
            ldTitle = microdataHeadline(elements);
        }
        String og = HtmlMetadata.first(meta.get("og:title"), meta.get("twitter:title"), meta.get("title"),
                meta.get("headline"));
        Element titleEl = doc.selectFirst("head title");
        String docTitle = titleEl == null ? null : HtmlMetadata.repairMojibake(Text.normalize(titleEl.text()));
        chooseTitle(HtmlMetadata.sized(ldTitle, MAX_TITLE_CHARS), HtmlMetadata.sized(og, MAX_TITLE_CHARS),
                HtmlMetadata.sized(docTitle, MAX_TITLE_CHARS), elements);
        if (title != null && LOST_CHARACTER.matcher(title).find()) {
            for (String ref : new String[] {ldTitle, og, docTitle}) {
                String cleanRef = clean(ref);
                if (cleanRef != null && lostCharacters(title, cleanRef)) {
                    title = cleanRef;
                    break;
                }
            }
        }
        title = title == null ? null : plainWidthInLatin(title);
    }

    /** A question mark inside a headline, or the replacement character: where an encoding may have lost a character. */
    private static final Pattern LOST_CHARACTER = Pattern.compile("\\?(?!\\s*$)|\uFFFD");

    /**
     * Whether {@code printed} is {@code ref} with characters an encoding lost shown as "?" or U+FFFD ("Event Planning?
     * Beginner? Guide" printed, "Event Planning: Beginner's Guide" in the metadata).
     */
    private static boolean lostCharacters(String printed, String ref) {
        StringBuilder pattern = new StringBuilder();
        int start = 0;
        Matcher lost = LOST_CHARACTER.matcher(printed);
        while (lost.find()) {
            pattern.append(Pattern.quote(printed.substring(start, lost.start()))).append(".{1,3}?");
            start = lost.end();
        }
        if (start == 0) {
            return false;
        }
        pattern.append(Pattern.quote(printed.substring(start)));
        return !ref.equals(printed) && Pattern.compile(pattern.toString()).matcher(ref).matches();
    }

    /**
     * Full-width forms of ASCII punctuation and letters ("Work？") as plain ones in a title written in the Latin
     * alphabet; Chinese, Japanese and Korean titles keep theirs.
     */
    private static String plainWidthInLatin(String t) {
        boolean wide = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                wide = true;
            } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return t;
            }
        }
        if (!wide) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    private void chooseTitle(String ldTitle, String og, String docTitle, PageElements elements) {
        if (ldTitle != null && ldTitle.length() >= 90) {
            // JSON-LD headlines are often cut at 110 characters (a search-engine limit); the page title is not
            for (String longer : new String[] {clean(og), clean(docTitle)}) {
                if (longer != null && longer.length() > ldTitle.length() && Text.squash(longer).startsWith(Text.squash(ldTitle))) {
                    ldTitle = longer;
                    break;
                }
            }
        }
        // an h1 the page marks as the alternative headline is not its headline (a short label over the real one)
        List<Element> h1Elements = elements.select("h1").stream()
                .filter(h -> !h.attr("itemprop").equalsIgnoreCase("alternativeHeadline")).toList();
        List<String> h1Texts = new ArrayList<>(h1Elements.size());
        Set<String> h1s = new LinkedHashSet<>(); // each text weighed once: a page may print one thousands of times
        int h1Count = 0; // repeats counted: without a metadata title, only a page's one headline is its title
        Set<String> logos = new HashSet<>();
        for (int k = 0; k < h1Elements.size(); k++) {
            if (h1Count == MAX_H1S) {
                h1Elements = h1Elements.subList(0, k);
                break;
            }
            Element h = h1Elements.get(k);
            String t = headingText(h, elements);
            h1Texts.add(t);
            if (t != null && t.length() >= 3 && t.length() <= 300) {
                h1Count++;
                boolean first = h1s.add(t);
                Element link = h.selectFirst(HEADLINE_LINK);
                if (inFurniture(h) && h.parent() != null && "a".equals(h.parent().tagName()) || link != null
                        && Text.normalize(link.text()).equals(t)
                        && HOME_OR_SECTION.matcher(link.attr("href")).matches()
                        && !namesThePage(t, ldTitle, og, docTitle)) {
                    logos.add(t); // a link home or to a section: the site's or blog's name
                    logoNames.add(Text.squash(t));
                } else if (first && isSiteName(t, docTitle, og, true)) {
                    logoNames.add(Text.squash(t)); // "Headline • Site" loses "Site" even without og:site_name
                }
            }
        }
        // a headline decorated with a date, a kicker or a source ("Blog: Headline", "Dec 18 2025 Headline",
        // "Headline (example.com) 87") holds the metadata's title whole: the metadata's title is the headline
        List<String> cleanRefs = new ArrayList<>(); // (worked out once: a page may have thousands of h1s)
        for (String ref : new String[] {ldTitle, og, docTitle, headPart(og), headPart(docTitle)}) {
            String cleanRef = clean(ref);
            if (cleanRef != null && Text.wordCount(cleanRef) >= 3) {
                cleanRefs.add(cleanRef);
            }
        }
        for (String h : h1s) {
            if (logos.contains(h)) {
                continue;
            }
            for (String cleanRef : cleanRefs) {
                int at = h.indexOf(cleanRef);
                if (at >= 0 && h.length() > cleanRef.length()
                        && isDecoration(h.substring(0, at).strip(), h.substring(at + cleanRef.length()).strip())) {
                    title = cleanRef;
                    h1 = h;
                    return;
                }
            }
        }
        // the visible headline wins when the metadata confirms it
        String[] refs = {ldTitle, og, docTitle};
        String[] squashedRefs = new String[refs.length];
        for (int k = 0; k < refs.length; k++) {
            squashedRefs[k] = refs[k] == null ? null : Text.squash(refs[k]);
        }
        for (String h : h1s) {
            if (logos.contains(h) || isSiteName(h, docTitle, og, true)) {
                continue; // the logo's h1 is "contained" in "Headline | Site"
            }
            String squashed = Text.squash(h);
            for (int k = 0; k < refs.length; k++) {
                String ref = refs[k];
                if (ref != null && similar(squashed, squashedRefs[k])) {
                    String cleanRef = clean(ref);
                    // a headline typed in capitals (or styled so) keeps the metadata's capitalisation
                    title = h.equals(h.toUpperCase(Locale.ROOT)) && cleanRef != null && cleanRef.equalsIgnoreCase(h) ? cleanRef : clean(h);
                    h1 = h;
                    String printed = title;
                    if (java.util.stream.Stream.of(ldTitle, og, docTitle).anyMatch(o -> printed.equals(clean(o)))) {
                        return; // a metadata title spells the headline as printed: its quote marks and capitals stand
                    }
                    for (String other : new String[] {ldTitle, og, docTitle}) {
                        String o = clean(other);
                        if (o != null && !o.equals(title) && SET_APART.matcher(o).find()
                                && SET_APART.matcher(o).replaceAll(" ").equals(title)) {
                            // the same words with marks the printed headline lacks: pieces set apart by the style
                            // sheet ("Prince", "Woman Warns Estate" printed, "Prince -- Woman Warns Estate" edited)
                            title = o;
                            return;
                        }
                    }
                    for (String other : new String[] {ldTitle, og, docTitle}) {
                        String o = clean(other);
                        if (o == null || !plainQuotes(o).equalsIgnoreCase(plainQuotes(title))) {
                            continue;
                        }
                        if (plainQuotes(o).equals(plainQuotes(title))) {
                            title = o; // the same words with other quote marks: the metadata's typography is the plain one
                            break;
                        }
                        if (capitals(o) > capitals(title) && !o.equals(o.toUpperCase(Locale.ROOT))) {
                            title = o; // "How to install solar panels" printed, "How to Install Solar Panels" edited: title case
                            break;
                        }
                    }
                    if (Character.isLowerCase(title.charAt(0))) {
                        // "history of coffee" printed (capitalised by the style sheet), "History of coffee | Britannica"
                        // in the metadata: the capital is the headline's; "iPhone" is lower case in the metadata too
                        String capital = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
                        if (java.util.stream.Stream.of(ldTitle, og, docTitle).anyMatch(o -> o != null && Text.normalize(o).startsWith(capital))) {
                            title = capital;
                        }
                    }
                    return;
                }
            }
        }
        if (!h1s.isEmpty()) {
            h1 = h1s.iterator().next();
            logoH1 = logos.contains(h1);
        }
        // the metadata's title printed as a lower heading, under an h1 that names the section ("Allergies Health
        // Center" over "Babies Who Eat Peanuts Early May Avoid Allergy"): the article's headline is that heading
        String printedLower = printedAsLowerHeading(elements, ldTitle, og, docTitle);
        if (printedLower != null) {
            title = printedLower;
            return;
        }
        // an unconfirmed visible headline still beats the metadata, which is often an SEO rewrite of it, unless it
        // is the site's logo text or page furniture
        Set<String> headlines = new LinkedHashSet<>();
        for (int k = 0; k < h1Elements.size(); k++) {
            Element h = h1Elements.get(k);
            String t = h1Texts.get(k);
            if (t == null) {
                continue;
            }
            boolean meta = HtmlMetadata.first(ldTitle, og, docTitle) != null;
            boolean blurb = t.length() > 150 && meta; // a summary styled as h1
            // a lead-in ("A message from our founder:"), a headline styled in capitals, or a headline with its subtitle
            // on a second line: the metadata's title is the cleaner one
            boolean styled = meta && (t.endsWith(":") || t.equals(t.toUpperCase(Locale.ROOT)) && !t.equals(t.toLowerCase(Locale.ROOT))
                    || h.selectFirst("br") != null || GLUED_WORDS.matcher(t).find()
                    && !GLUED_WORDS.matcher(HtmlMetadata.first(ldTitle, og, docTitle)).find());
            if (t.length() >= 3 && t.length() <= 300 && !blurb && !styled && Text.wordCount(t) >= 3 && !isSiteName(t, docTitle, og, false) && !WIDGET_HEADING.matcher(t).find()
                    && !inFurniture(h) && !logos.contains(t)) {
                headlines.add(t);
                if (headlines.size() > 1) {
                    break; // more than one: none is the headline
                }
            }
        }
        if (headlines.size() == 1) {
            h1 = headlines.iterator().next();
            title = clean(h1); // "Headline – Site" printed as the headline
            return;
        }
        String t = HtmlMetadata.first(clean(ldTitle), clean(og), clean(docTitle));
        // no h1 headline, and the metadata names only the site: the heading atop the page's one article
        boolean siteOnly = t == null || siteName != null && Text.squash(siteName).equals(Text.squash(t));
        String articleHeading = headlines.isEmpty() && siteOnly ? articleHeading(elements) : null;
        if (articleHeading != null) {
            title = clean(articleHeading);
            return;
        }
        if (t == null && h1Count == 1) {
            t = h1s.iterator().next();
        }
        title = t;
    }

    /**
     * @return the text of the page's one element marked with the microdata property {@code headline} (not a meta
     *         tag), when it reads as a headline; null when there is none, or several (a list of teasers)
     */
    private static String microdataHeadline(PageElements elements) {
        Element only = null;
        for (Element e : elements.select("[itemprop]")) {
            if (e.attr("itemprop").equalsIgnoreCase("headline") && !"meta".equals(e.tagName())) {
                if (only != null) {
                    return null;
                }
                only = e;
            }
        }
        String t = only == null ? null : headingText(only, elements);
        return t == null || Text.wordCount(t) < 3 || t.length() > MAX_TITLE_CHARS ? null : t;
    }

    /** A dash, colon or bar set off by spaces between two parts of a headline ("Prince -- Woman Warns Estate"). */
    private static final Pattern SET_APART = Pattern.compile("\\s+(?:--|[-–—:|])\\s+");

    /**
     * @return the first of the metadata titles (three words or more, not the site's name) that an h2 or h3 of the page
     *         prints as it is; null if none
     */
    private String printedAsLowerHeading(PageElements elements, String ldTitle, String og, String docTitle) {
        Set<String> printed = null; // the headings' texts, read when a title is worth looking for
        for (String ref : new String[] {ldTitle, og, docTitle}) {
            String cleanRef = clean(ref);
            if (cleanRef == null || Text.wordCount(cleanRef) < 3 || isSiteName(cleanRef, docTitle, og, false)) {
                continue;
            }
            if (printed == null) {
                printed = new HashSet<>();
                for (String tag : new String[] {"h2", "h3"}) {
                    for (Element h : elements.select(tag)) {
                        String t = headingText(h, elements);
                        if (t != null && !inFurniture(h)) {
                            printed.add(Text.squash(t));
                        }
                    }
                }
            }
            if (printed.contains(Text.squash(cleanRef))) {
                return cleanRef;
            }
        }
        return null;
    }

    /**
     * The headline of a page whose headline is not an h1: the first h2 of its one {@code <article>} element, when it
     * comes before the article's first paragraph and reads as a headline (three words or more, not a widget's title,
     * not furniture); null if none.
     */
    private String articleHeading(PageElements elements) {
        List<Element> articles = elements.select("article");
        if (articles.size() != 1) {
            return null; // none, or a list of teasers each with its headline
        }
        Element article = articles.get(0);
        for (Element e : article.getAllElements()) {
            if (e.tagName().equals("p") && e.hasText()) {
                return null;
            }
            if (e.tagName().equals("h2")) {
                String t = headingText(e, elements);
                return t != null && t.length() <= 300 && Text.wordCount(t) >= 3 && !WIDGET_HEADING.matcher(t).find()
                        && !inFurniture(e) && !isSiteName(t, null, null, false) ? t : null;
            }
        }
        return null;
    }

    /**
     * What a page prints around its headline but is not part of it: a date ("Dec 18 2025"), a short kicker ending in a
     * colon ("Blog:"), a parenthesised source with a comment count ("(latimes.com) 87").
     */
    private static boolean isDecoration(String before, String after) {
        if (!before.isEmpty() && !after.isEmpty()) {
            return false;
        }
        String extra = before.isEmpty() ? after : before;
        return extra.length() <= 24 && Dates.find(extra) != null && extra.replaceAll("[\\p{L}\\d]", "").length() <= 6
                || !before.isEmpty() && before.endsWith(":") && Text.wordCount(before) <= 2
                || !after.isEmpty() && after.matches("\\([^()\\s]+\\)\\s*\\d*");
    }

    /**
     * A heading's text as {@link #headingText(Element)} gives it; null for a heading holding more than
     * {@value #MAX_HEADING_CHARS} characters other than white space or {@value #MAX_HEADING_ELEMENTS} elements, which
     * is no headline (those are up to 300 characters): the text of each of thousands of headings nested in one
     * another took seconds to build.
     */
    static String headingText(Element h, PageElements elements) {
        return elements.visibleLength(h) > MAX_HEADING_CHARS || elements.elementsUnder(h) > MAX_HEADING_ELEMENTS ? null
                : headingText(h);
    }

    /** The most characters other than white space a heading read as a possible headline holds. */
    static final int MAX_HEADING_CHARS = 3_000;
    /** The most elements a heading read as a possible headline holds. */
    static final int MAX_HEADING_ELEMENTS = 200;

    /** A heading's text; entities escaped twice in the source ("SQL &amp;#x26; AI") are decoded. */
    private static String headingText(Element h) {
        String t = HtmlMetadata.repairMojibake(Text.normalize(h.text()));
        return ENTITY.matcher(t).find() ? Text.normalize(org.jsoup.parser.Parser.unescapeEntities(t, false)) : t;
    }

    /** The site's name: og:site_name, or a trailing/leading part of the page title such as "Headline | Site". */
    private boolean isSiteName(String h, String docTitle, String og, boolean suffixOnly) {
        String key = Text.squash(h);
        if (key.isEmpty() || key.equals(squashedSiteName)) {
            return true;
        }
        return siteEnds(docTitle, og).get(suffixOnly ? 1 : 0).contains(key);
    }

    private List<Set<String>> siteEnds;
    private String siteEndsOf;
    private String siteEndsOfOg;

    /**
     * @return the shorter ends of the page title and og:title, squashed ("Headline | Site" and "Site - Headline"):
     *         first both ends, then the last ends alone; worked out once for the titles, which every heading of a page
     *         is compared with
     */
    private List<Set<String>> siteEnds(String docTitle, String og) {
        if (siteEnds != null && siteEndsOf == docTitle && siteEndsOfOg == og) {
            return siteEnds;
        }
        Set<String> both = new HashSet<>();
        Set<String> last = new HashSet<>();
        for (String full : new String[] {docTitle, og}) {
            if (full == null) {
                continue;
            }
            String[] parts = TITLE_SEPARATOR.split(Text.normalize(full));
            int longest = 0;
            for (String part : parts) {
                longest = Math.max(longest, part.length());
            }
            if (parts.length < 2) {
                continue;
            }
            String first = parts[0];
            String end = parts[parts.length - 1];
            if (first.length() < longest) {
                both.add(Text.squash(first));
            }
            if (end.length() < longest) {
                both.add(Text.squash(end));
                last.add(Text.squash(end));
            }
        }
        siteEnds = List.of(both, last);
        siteEndsOf = docTitle;
        siteEndsOfOg = og;
        return siteEnds;
    }

    /**
     * Inside the page header, navigation, sidebar, footer, or a link home, below any article or main block: a logo or
     * a widget title. The classes of {@code <body>} and {@code <html>} describe the whole page ("wp-custom-logo",
     * "no-sidebars") and are not looked at.
     */
    private boolean inFurniture(Element e) {
        return e.parent() != null && furniture.test(e.parent());
    }

    /** What the element says of what it holds: not furniture, furniture, or null when that is up to its parents. */
    private static Boolean furnitureVerdict(Element p) {
        String tag = p.tagName();
        if ("body".equals(tag) || "html".equals(tag) || "article".equals(tag) || "main".equals(tag)) {
            return false;
        }
        if ("nav".equals(tag) || "aside".equals(tag) || "footer".equals(tag) || "a".equals(tag)
                || "header".equals(tag) && p.parent() != null && "body".equals(p.parent().tagName())
                || furnitureClass(p)) {
            return true;
        }
        return null;
    }

    private static boolean furnitureClass(Element e) {
        for (String token : Text.SPACE_RUN.split(e.className() + " " + e.id())) {
            if (!token.isEmpty() && FURNITURE_CLASS.matcher(token).find()) {
                return true;
            }
        }
        return false;
    }

    /** @return true when two squashed titles ({@link Text#squash}) are alike: one is the other or begins or holds it */
    private static boolean similar(String a, String b) {
        return !a.isEmpty() && (a.equals(b) || a.length() >= 10 && b.startsWith(a) || b.length() >= 10 && a.startsWith(b)
                || a.length() >= 15 && b.contains(a));
    }

    /** Drops a site-name suffix or prefix ("Headline | Site", "Site - Headline") from a title. */
    private String clean(String t) {
        if (t == null) {
            return null;
        }
        t = Text.normalize(t);
        if (CJK_UNDERSCORE.matcher(t).find()) {
            // "标题_栏目_网站": Chinese and Japanese titles join the section and site names with underscores
            String[] parts = t.split("_");
            boolean shortRest = parts[0].strip().length() >= 5;
            for (int i = 1; i < parts.length && shortRest; i++) {
                shortRest = parts[i].strip().length() <= 12 && parts[i].strip().length() < parts[0].strip().length();
            }
            if (shortRest) {
                t = parts[0].strip();
            }
        }
        Matcher domain = LEADING_DOMAIN.matcher(t);
        if (domain.find() && Text.wordCount(t.substring(domain.end())) >= 2) {
            t = t.substring(domain.end()); // "example.com Headline": the site's address printed before the headline
        }
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            boolean site = siteName != null && (Text.squash(p).equals(Text.squash(siteName)) || Text.squash(siteName).contains(Text.squash(p)) && p.length() > 2)
                    || logoNames.contains(Text.squash(p)) || DOMAIN.matcher(p).matches();
            if (!site) {
                kept.add(p);
            }
        }
        if (kept.isEmpty()) {
            return t;
        }
        // "Headline | Section" or "Headline | Site" where the site is not named in the metadata
        while (kept.size() > 1 && Text.SPACE_RUN.split(kept.get(kept.size() - 1)).length <= 3
                && Text.SPACE_RUN.split(kept.get(0)).length >= 3 && t.contains(" | " + kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1);
        }
        String firstPart = kept.get(0);
        String lastPart = kept.get(kept.size() - 1);
        return t.substring(t.indexOf(firstPart), t.lastIndexOf(lastPart) + lastPart.length());
    }

    /**
     * "Headline | Section", "Headline | Subtitle | Site": a visible or metadata title whose parts after a pipe are
     * short (a section, a site, a tagline of up to four words) keeps its first part; "Section | Headline" with a one or
     * two word section keeps the headline. A longer part after the pipe is a real subtitle and stays.
     */
    static String dropPipedExtras(String t) {
        if (t == null || !t.contains(" | ")) {
            return t;
        }
        String[] parts = t.split("\\s+\\|\\s+");
        boolean shortTail = Text.wordCount(parts[0]) >= 2;
        for (int i = 1; i < parts.length && shortTail; i++) {
            shortTail = Text.wordCount(parts[i]) <= 4 || DOMAIN.matcher(parts[i]).matches();
        }
        if (shortTail) {
            return parts[0];
        }
        if (parts.length == 2 && Text.wordCount(parts[0]) <= 2 && Text.wordCount(parts[1]) >= 4 && !DOMAIN.matcher(parts[1]).matches()) {
            return parts[1];
        }
        return t;
    }

    /**
     * Whether a heading says what the page's metadata titles it, whole or as the part before the site's name: an h1
     * linked to the article's own short address ("/heat-tracer") is the headline, not a section's name.
     */
    private static boolean namesThePage(String heading, String ldTitle, String og, String docTitle) {
        String key = Text.squash(heading);
        for (String ref : new String[] {ldTitle, og, docTitle, headPart(og), headPart(docTitle)}) {
            if (ref != null && key.length() >= 10 && key.equals(Text.squash(ref))) {
                return true;
            }
        }
        return false;
    }

    /** The part of "Headline - Site" before the first separator (a site not named in the metadata); null if none. */
    private static String headPart(String t) {
        String[] parts = t == null ? new String[0] : TITLE_SEPARATOR.split(Text.normalize(t));
        return parts.length < 2 ? null : parts[0];
    }

    /** How many words of four letters or more start with a capital (title case against sentence case; minor words aside). */
    private static int capitals(String s) {
        int n = 0;
        for (String w : s.split("[^\\p{L}]+")) {
            n += w.length() >= 4 && Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        return n;
    }

    /** The text with typographic quote marks as plain ones, to compare two spellings of a headline. */
    private static String plainQuotes(String s) {
        return s.replace('‘', '\'').replace('’', '\'').replace('ʼ', '\'').replace('“', '"').replace('”', '"');
    }
}
