package news.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.support.UnicodeText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads who wrote an article, trusting sources in this order: JSON-LD authors, {@code <meta>} authors, byline
 * elements and "By ..." lines near the headline, links to the author's page ("/author/jane-doe"). Names are cleaned
 * by {@link AuthorNames}; a name that is the site's, a team's or a collective one is taken only when the page prints
 * it as its byline. None rather than a wrong one. What the byline elements themselves hold is read by
 * {@link BylineElements}.
 */
final class Bylines {

    private static final List<String> AUTHOR_META = List.of(
            "author", "article:author", "og:article:author", "parsely-author", "sailthru.author", "dc.creator",
            "dcterms.creator", "byl", "citation_author", "twitter:creator:name", "cxenseparse:author");
    /** Author meta tags that a page may write once per author; their values are joined ("Jane Doe; John Roe"). */
    static final Set<String> REPEATED_AUTHOR_META = Set.of("author", "parsely-author", "dc.creator",
            "dcterms.creator", "citation_author");
    /** The most authors kept: an article's byline names a few, a page listing thousands names no byline. */
    private static final int MAX_AUTHORS = 50;
    /**
     * The most byline candidates read in each way of finding one (a byline class, a label, "By ..."): no corpus page
     * needs more than ten, and a page of 40,000 byline blocks naming no one took most of a second to read them all.
     */
    static final int MAX_CANDIDATES = 100;
    /** A byline's class or id word, English or not ("autor", "autore", "auteur"). */
    private static final Pattern BYLINE_CLASS = Pattern.compile(
            "(?i)(^|[-_\\s])(author|byline|by-line|writer|contributor|autor|autore|auteur)s?($|[-_\\s]|name)");
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)(?:written|posted|published|words|reported|story|article)? ?by:?|authors?:?|writer:?|contributors?:?");
    /**
     * "By Jane Doe", "Written by Jane Doe and John Roe" near the headline; not "Reviewed by", "Photo by" (the word is
     * matched before the look back at what precedes it, which is cheaper than looking back at every position).
     */
    private static final Pattern HEADLINE_BYLINE = Pattern.compile("(?:\\b[Bb]y|\\bBY|[Aa]uthor)(?<!(?:[Rr]eviewed |[Ee]dited "
            + "|[Cc]hecked |[Pp]hoto |[Ii]mage |[Ii]llustration |[Ss]ponsored |[Pp]owered )(?:[Bb]y|BY|[Aa]uthor))"
            + ":?\\s+((?:Dr\\.? )?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)?"
            + "(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:[-'’]\\p{Lu}?\\p{Ll}+)?|van|de|der|den|von|da|di|du|del)){1,3})(?!\\p{L})");
    /** An element's own text that is a byline: "By Jane Doe", "by: Jane Doe, Dec 17", "Written by Jane Doe". */
    private static final Pattern BY_OWN_TEXT = Pattern.compile("(?i)^\\s*(?:(?:written|posted|published|reported|words|story)\\s+)?by:?\\s+(?-i:\\p{Lu}).*");
    /** The letters {@link #BY_OWN_TEXT} may start with ("written", "posted", ..., "by"). */
    private static final String BY_OWN_TEXT_FIRST_LETTERS = "wWpPrRsSbB";
    private static final Pattern WRITTEN_BY = Pattern.compile("(?i)\\s*(?:written|posted|published|reported)\\s+by\\b");
    private static final Pattern PERSONAL_SITE = Pattern.compile("(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3})['’]s\\s+(?i:blog|weblog|site|website|journal|notes)");
    /**
     * Library-style "Last, First M." as citation_author and dc.creator give it; the particle of a family name stays
     * after the given names ("Jong, Michiel de").
     */
    private static final Pattern LAST_COMMA_FIRST = Pattern.compile(
            "^(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?),\\s*(\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?){0,2}"
            + "(?:\\s+(?:de|da|di|do|dos|das|del|della|den|der|du|la|le|ten|ter|van|von|zu))*)$");
    /**
     * A house number before a street's name, a post office box, a postcode or an international phone number: an
     * {@code <address>} element that holds one gives a place to write to or call ("1208 Maple Drive", "PO Box 12",
     * "London SW1A 1AA", "NY 10001", "10115 Berlin", "+84-865-399-124"), not the article's byline ("By Jane Doe, 12
     * March 2024").
     */
    private static final Pattern POSTAL_ADDRESS = Pattern.compile(
            "\\b\\d{1,5}(?: \\p{Lu}[\\p{L}.]*){1,3} (?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Boulevard|Blvd|Way"
            + "|Court|Ct|Place|Pl|Square|Sq|Parkway|Pkwy|Highway|Hwy)\\b|(?i:\\bP\\.?O\\.? Box\\b)"
            + "|\\b\\p{Lu}{1,2}\\d{1,2}\\p{Lu}? \\d\\p{Lu}{2}\\b|\\b\\p{Lu}{2} \\d{5}\\b|\\b\\d{5} \\p{Lu}\\p{Ll}+"
            + "|\\+\\d{1,3}(?:[-. ]\\d{2,4}){2,4}\\b");

    /** The address of an author's page with the name's slug: "/author/jane-doe", "/authors/jane-doe/", "/writers/...". */
    private static final Pattern AUTHOR_PAGE = Pattern.compile(
            "(?i)/(?:authors?|writers?|contributors?|people|profiles?)/([a-z0-9]+(?:[-_][a-z0-9]+)*)/?(?:[?#].*)?$");
    /** Characters that a slug writes as one hyphen. */
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    /** Hyphens at a slug's ends. */
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");
    /** Words that follow a byline name in flattened page text and are not part of it. */
    private static final Pattern NOT_NAME = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February"
            + "|March|April|June|July|August|September|October|November|December|Table|Filed|In|On|Updated|Published|Posted"
            + "|Last|Read|Share|Co|Contents|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|Home|Blog|News)");

    private final Document doc;
    private final Map<String, String> meta;
    private final JsonLd ld;
    private final PageText page;
    private final String h1;
    private final String title;
    private final String siteName;
    /** The names that the page's byline elements give. */
    private final BylineElements bylineElements;

    /** The authors, most trusted first. */
    final List<String> authors = new ArrayList<>();

    /**
     * Reads the authors.
     *
     * @param meta     the page's {@code <meta>} contents by lower-case name
     * @param article  the page's JSON-LD article, or null
     * @param h1       the page's headline as printed in its h1, or null
     * @param title    the article's title, or null
     * @param siteName the site's name, or null
     */
    Bylines(Document doc, Map<String, String> meta, JsonLd ld, JsonNode article, PageText page, String h1,
            String title, String siteName) {
        this.doc = doc;
        this.meta = meta;
        this.ld = ld;
        this.page = page;
        this.h1 = h1;
        this.title = title;
        this.siteName = siteName;
        this.bylineElements = new BylineElements(page, siteName);
        readAuthors(article);
    }

    /**
     * Persons first (from the sources in trust order); without any, the organisation or team that the metadata names
     * as the author when the page prints it as the byline under the headline, or a team named in a byline element.
     */
    private void readAuthors(JsonNode article) {
        List<String> structured = new ArrayList<>();
        readPersons(article, structured);
        if (!authors.isEmpty()) {
            return;
        }
        for (String name : structured) {
            if (!AuthorNames.bylineWordAlone(name) && AuthorNames.isCollectiveName(name, siteName)
                    && printedAsByline(name)) {
                authors.add(name);
                return;
            }
        }
        if (bylineElements.teamByline() != null) {
            authors.add(bylineElements.teamByline());
            return;
        }
        String signed = signedWithInitials();
        if (signed != null) {
            authors.add(signed);
            return;
        }
        Matcher owner = siteName == null ? null : PERSONAL_SITE.matcher(siteName.strip());
        if (owner != null && owner.matches() && AuthorNames.personShaped(owner.group(1).split("\\s+"))) {
            authors.add(owner.group(1)); // "Colin Watson's blog": a personal blog is written by its owner
        }
    }

    /**
     * @return the author who signs the text with initials in brackets, linked to a mail address and named in the
     *         link's title ("(&lt;a title="Ben Schwan" href="mailto:bsc@..."&gt;bsc&lt;/a&gt;)" at the end of a heise
     *         article); null when there is none, or several
     */
    private String signedWithInitials() {
        String found = null;
        for (Element link : doc.select(MAIL_LINK_WITH_TITLE)) {
            String initials = Text.normalize(link.text());
            String name = Text.normalize(link.attr("title"));
            if (!INITIALS.matcher(initials).matches() || !AuthorNames.personShaped(name.split(" "))
                    || !(link.previousSibling() instanceof TextNode before) || !before.text().endsWith("(")
                    || !(link.nextSibling() instanceof TextNode after) || !after.text().startsWith(")")) {
                continue;
            }
            if (found != null && !found.equals(name)) {
                return null;
            }
            found = name;
        }
        return found;
    }

    private static final Evaluator MAIL_LINK_WITH_TITLE = QueryParser.parse("a[href^=mailto:][title]");
    /** A signature of initials: two to four small letters ("bsc", "jk"). */
    private static final Pattern INITIALS = Pattern.compile("\\p{Ll}{2,4}");

    /**
     * Whether the name is printed on its own ("Acme", "By Acme", "Written by Acme") among the first elements after the
     * headline (the byline area), not inside a sentence such as "Reviewed by Jane Doe, attorney at Acme".
     */
    private boolean printedAsByline(String name) {
        Element headline = page.headlineElement();
        String area = page.headlineText(300, 0);
        if (headline == null || area == null || !area.contains(name)) {
            return false;
        }
        for (Element e : afterHeadline(headline, 300, Integer.MAX_VALUE)) {
            String text = Text.normalize(e.text());
            if (e.ownText().contains(name) && text.length() <= name.length() + 60) {
                String rest = AuthorNames.PREFIX.matcher(text).replaceFirst("").strip();
                rest = rest.startsWith(name) ? rest.substring(name.length()) : null;
                // "Acme", "By Acme", "Posted by Acme on Tuesday, August 29, 2023", "Acme • Dec 4, 2025"
                if (rest != null && (rest.isEmpty() || rest.matches("\\s*(?:on\\b|[|•·,–—-]).*") && Dates.find(rest) != null)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link #BYLINE_CLASS} in class/id words, tried only where one of its words occurs (most elements have none). */
    static boolean isBylineMarker(String marker) {
        String m = marker.toLowerCase(Locale.ROOT);
        return (m.contains("author") || m.contains("by") || m.contains("writer") || m.contains("contributor")
                || m.contains("aut")) && BYLINE_CLASS.matcher(marker).find();
    }

    private void readPersons(JsonNode article, List<String> structured) {
        if (article != null) {
            JsonNode a = article.get("author");
            if (a == null) {
                a = article.get("creator");
            }
            if (a != null) {
                for (JsonNode one : a.isArray() ? HtmlMetadata.iterable(a) : List.of(a)) {
                    if (structured.size() >= MAX_AUTHORS) {
                        break;
                    }
                    JsonNode person = ld.resolve(one);
                    String name = HtmlMetadata.repairMojibake(HtmlMetadata.unescape(person.isObject() ? JsonLd.text(person.get("name")) : JsonLd.text(person)));
                    if (person.isObject() && JsonLd.types(person).contains("organization")) {
                        structured.add(name);
                        continue;
                    }
                    if (name == null && person.isObject() && person.has("familyName")) {
                        name = HtmlMetadata.unescape(HtmlMetadata.first(JsonLd.text(person.get("givenName")), "") + " " + JsonLd.text(person.get("familyName"))).strip();
                    }
                    structured.add(name);
                    addAuthors(AuthorNames.clean(name, siteName, false));
                }
            }
        }
        if (!authors.isEmpty()) {
            return;
        }
        for (String key : AUTHOR_META) {
            String v = meta.get(key);
            if (v != null && (key.startsWith("citation_") || key.startsWith("dc"))) {
                List<String> each = new ArrayList<>();
                for (String one : v.split("; ")) {
                    // "Kaufman, Jeff T." -> "Jeff T. Kaufman"
                    each.add(LAST_COMMA_FIRST.matcher(one.strip()).replaceFirst("$2 $1"));
                }
                v = String.join("; ", each);
            }
            if (v != null && isCreditRoll(v)) {
                continue; // "Jane Doe,John Roe,Ann Poe at Acme Models,Bob Lee for Brand,...": a photo shoot's credits
            }
            if (v != null) {
                structured.add(v);
                addAuthors(AuthorNames.clean(v, siteName, false));
                if (!authors.isEmpty()) {
                    return;
                }
            }
        }
        String bylineArea = page.headlineText(400, 60);
        Matcher byline = bylineArea == null ? null : HEADLINE_BYLINE.matcher(bylineArea);
        if (byline != null && byline.find()) {
            List<String> words = new ArrayList<>(List.of(byline.group(1).split("\\s+")));
            while (!words.isEmpty() && NOT_NAME.matcher(words.get(words.size() - 1)).matches()) {
                words.remove(words.size() - 1);
            }
            String name = words.size() >= 2 && !NOT_NAME.matcher(words.get(0)).matches() ? String.join(" ", words) : "";
            // the name must be marked up on its own ("By <a>Jane Doe</a>"), not cut out of running text
            Element alone = name.isEmpty() ? null : markedUpAlone(name);
            if (alone == null) {
                name = "";
            }
            addAuthors(AuthorNames.clean(name, siteName, true));
            if (!authors.isEmpty()) {
                Element stop = alone.parent() == null ? null : alone.parent().parent();
                for (Element e = alone; e != null && e != stop; e = e.parent()) {
                    if (!BylineElements.bylineTokens(e).isEmpty()) {
                        addAuthors(bylineElements.coAuthors(e)); // "<div class=author>By Jane Doe</div> ... <div class=author>John Roe</div>"
                        break;
                    }
                }
                return;
            }
        }
        int marked = 0;
        int labelled = 0;
        int labelledInside = 0;
        int byText = 0;
        for (Element e : page.select("[itemprop=author], [rel=author], [class], [id], address")) {
            String marker = e.className() + " " + e.id() + " " + e.attr("itemprop") + " " + e.attr("rel");
            if (!(isBylineMarker(marker) || e.tagName().equals("address")) || page.insideNoise(e)
                    || BylineElements.isCredit(e) || BylineElements.isQuoteAttribution(e)) {
                // (a photo's credit marked up as its contributor, "<span class="credit contributor">"; a pull quote's
                // speaker, "<div class="pull-quote__author"><span class="author">")
                continue;
            }
            if (!isBylineMarker(marker) && page.visibleLength(e) <= 300 && POSTAL_ADDRESS.matcher(e.text()).find()) {
                continue; // "<address>1208 Maple Drive, West Virginia</address>": a place to write to, not a byline
            }
            if (++marked > MAX_CANDIDATES) {
                break;
            }
            List<String> inside = bylineElements.markedCoAuthors(e);
            if (inside.size() >= 2) {
                // "<ul class=authors><li><div class=author>Jane Doe</div> ...": each name, not the list's text
                addAuthors(inside);
                return;
            }
            addAuthors(bylineElements.names(e));
            if (!authors.isEmpty()) {
                // co-authors each marked up alike ("<li><div class=author>Jane Doe</div></li><li><div class=author>
                // John Roe</div></li>"): the following byline elements of the same kind in the byline's small block
                addAuthors(bylineElements.coAuthors(e));
                return;
            }
        }
        for (Element e : page.select("p, span, div, li, dt, strong, b, em, small, h2, h3, h4, h5, h6")) {
            if (page.visibleLength(e) > 16 || page.elementsUnder(e) > 16) {
                continue; // no label ("By", "Author:"); or its text, walked from every element, costs too much
            }
            String label = Text.normalize(e.text());
            if (label.length() <= 16 && BYLINE_LABEL.matcher(label).matches() && !page.insideNoise(e)) {
                if (++labelled > MAX_CANDIDATES) {
                    break;
                }
                Element next = e.nextElementSibling();
                String candidate = next != null ? next.text() : e.parent() == null ? "" : e.parent().text().replace(label, "");
                if (candidate.length() < 100) {
                    addAuthors(AuthorNames.clean(candidate, siteName, true));
                    if (!authors.isEmpty()) {
                        return;
                    }
                }
            }
        }
        // "Written by <a>Jane Doe</a>": the label is the element's own text, the name is in a child
        for (Element e : page.select("p, span, div, li, small, em, h3, h4, h5, h6")) {
            if (!PageText.hasOwnText(e) || PageText.ownCharsAtLeast(e, 17)) {
                continue; // no label, or more text than one: not worth building its own text
            }
            String own = Text.normalize(e.ownText());
            if (own.isEmpty() || own.length() > 16 || !BYLINE_LABEL.matcher(own).matches()) {
                continue; // cheap test first: text() of every element would be quadratic
            }
            if (page.textLength(e) > 400) {
                continue;
            }
            String all = Text.normalize(e.text());
            if (all.length() > own.length() && all.length() < 80 && all.startsWith(own) && !page.insideNoise(e)) {
                if (++labelledInside > MAX_CANDIDATES) {
                    break;
                }
                List<String> items = new ArrayList<>(new java.util.LinkedHashSet<>(e.select("li, a").eachText()));
                String names = !items.isEmpty() && items.stream().allMatch(x -> x.length() < 40)
                        ? String.join(", ", items) : all.substring(own.length());
                addAuthors(AuthorNames.clean(names, siteName, true));
                if (!authors.isEmpty()) {
                    return;
                }
            }
        }
        for (Element e : page.select("p, span, div, li, h3, h4, h5, h6")) {
            if (!PageText.hasOwnText(e) || BY_OWN_TEXT_FIRST_LETTERS.indexOf(PageText.firstOwnChar(e)) < 0
                    || PageText.ownCharsAtLeast(e, 100)) {
                continue; // cheap tests first: no "By ..." of its own
            }
            String own = e.ownText();
            if (e.tagName().startsWith("h") && !WRITTEN_BY.matcher(own).lookingAt()) {
                continue; // a heading "Written by Jane Doe" over an author box; "By Event Type" heads a menu
            }
            if (own.length() < 100 && BY_OWN_TEXT.matcher(own).matches() && page.textLength(e) < 400 && e.text().length() < 120
                    && !page.insideNoise(e) && !BylineElements.isCredit(e)) {
                if (++byText > MAX_CANDIDATES) {
                    break;
                }
                addAuthors(AuthorNames.clean(e.text(), siteName, true));
                if (!authors.isEmpty()) {
                    return;
                }
            }
        }
        addAuthors(authorPageLinks());
        if (!authors.isEmpty()) {
            return;
        }
        String name = nameAfterHeadline(page.headlineElement());
        if (name != null) {
            authors.add(name);
        }
    }

    /**
     * The names of the first links to an author's page whose text is the name the address spells ("Jane Doe" to
     * "/author/jane-doe"), outside the page's furniture: the first one, and the others in the same small block (a
     * byline of several authors). Empty when there is none.
     */
    private List<String> authorPageLinks() {
        List<String> names = new ArrayList<>();
        Element block = null;
        for (Element a : page.select("a[href]")) {
            Matcher m = AUTHOR_PAGE.matcher(a.attr("href"));
            if (!m.find() || block != null && !PageElements.isInside(a, block)) {
                continue;
            }
            String text = Text.normalize(a.text());
            String address = m.group(1).toLowerCase(Locale.ROOT).replace('_', '-');
            // "/author/jane-doe", "/author/jane_doe", or "/author/janedoe" (the name's words run together)
            boolean spelled = slug(text).equals(address)
                    || !address.contains("-") && slug(text).replace("-", "").equals(address);
            if (!spelled || page.insideNoise(a)) {
                continue;
            }
            Element paragraph = a.closest("p");
            if (paragraph != null && page.textLength(paragraph) > text.length() + 80
                    && !Text.normalize(paragraph.text()).startsWith(text + " is ")) {
                // a person named in a sentence of the article, linked to their page, is not its byline; an author's
                // biography ("Jane Doe is a reporter ...") is
                continue;
            }
            List<String> person = AuthorNames.clean(text, siteName, true);
            if (person.size() != 1 || !person.get(0).equals(text)) {
                continue;
            }
            names.add(text);
            if (block == null) {
                block = a;
                while (block.parent() != null && page.textLength(block.parent()) <= 400) {
                    block = block.parent();
                }
            }
        }
        return names;
    }

    /**
     * Whether a metadata author value is a roll of credits (the writer, the photographer, models "at" their agency,
     * make-up "using" a brand): four names or more, two or more of them with whom they work for.
     */
    private static boolean isCreditRoll(String v) {
        String[] parts = v.split("\\s*[,;]\\s*");
        if (parts.length < 4) {
            return false;
        }
        int credited = 0;
        for (String part : parts) {
            credited += CREDITED.matcher(part).matches() ? 1 : 0;
        }
        return credited >= 2;
    }

    /** "Ariel Pierre-Louis at MSA Models", "Paul Warren for Amika", "Gracie J using Floss Gloss". */
    private static final Pattern CREDITED = Pattern.compile(
            "\\p{Lu}\\S*(?:\\s+\\S+){1,3}\\s+(?:at|for|using|with)\\s+\\p{Lu}.*");

    /** A name as an address writes it: "José Núñez-Díaz" → "jose-nunez-diaz". */
    private static String slug(String name) {
        String plain = UnicodeText.withoutAccents(name);
        return EDGE_HYPHENS.matcher(NOT_SLUG.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    /**
     * Whether the name is marked up on its own ("By <a>Jane Doe</a>", "By Jane Doe • March 12, 2025"): an element whose
     * own text holds it (as {@code doc.getElementsContainingOwnText} finds them, without building the own text of
     * elements that have none) has little more text than the name, or is a byline line.
     */
    private Element markedUpAlone(String name) {
        Evaluator holdsName = new Evaluator.ContainsOwnText(name);
        for (Element e : page.allElements()) {
            if (PageText.hasOwnText(e) && holdsName.matches(doc, e)) {
                String text = Text.normalize(e.text());
                if (text.length() <= name.length() + 12 || bylineLine(text, name)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** "By Jane Doe • March 12, 2025", "By Jane Doe ⋅ Senior Editor": a name, then a separator and a date or role. */
    private static boolean bylineLine(String text, String name) {
        int at = text.indexOf(name);
        return at >= 0 && at <= 12 && text.length() <= name.length() + 60
                && text.substring(at + name.length()).matches("\\s*[⋅•|·,–—/-].*");
    }

    /**
     * A name marked up on its own among the first elements after the headline, in a byline area that also shows a
     * date ("Spencer McIntyre Dec 19, 2025", "Dec 26, 2025 • Mahua Das in Project Management"); null if none.
     */
    private String nameAfterHeadline(Element headline) {
        String name = nameAfter(headline, page.headlineText(160, 0));
        if (name == null) {
            // "Headline / a standfirst of a few lines / Jane Doe / 23.07.2025": the byline under the standfirst
            Element standfirst = page.standfirst();
            name = nameAfter(standfirst, page.textAfter(standfirst, 160));
        }
        return name;
    }

    /** A person's name printed on its own beside a date among the first elements after {@code start}; or null. */
    private String nameAfter(Element start, String area) {
        if (start == null || area == null || Dates.find(area) == null) {
            return null;
        }
        for (Element e : afterHeadline(start, 160, 60)) {
            String text = Text.normalize(e.text());
            if (text.isEmpty() || text.length() > 40 || !e.children().isEmpty() && !text.equals(Text.normalize(e.child(0).text()))) {
                continue;
            }
            Element link = e.closest("a") != null ? e.closest("a") : e.selectFirst("a");
            String href = link == null ? "" : link.attr("href");
            if (link != null && link.hasAttr("href") && !href.matches("(?i).*(?:author|people|person|profile|staff|team|about|/by/|/u/|/@).*")) {
                continue; // a link to a category or tag, not to a person
            }
            List<String> names = AuthorNames.clean(text, siteName, true);
            if (names.size() == 1 && names.get(0).equals(text) && AuthorNames.personShaped(text.split("\\s+"))
                    && !text.contains("'") && !text.contains("’") && (title == null || !title.contains(text))
                    && (besideADate(e) || dateRightAfter(e)) && !page.insideNoise(e)) {
                return text;
            }
        }
        return null;
    }

    /**
     * The elements after the headline and outside it, in page order, as long as their own text adds up to at most
     * {@code maxChars} characters, and at most {@code maxElements} of them: the byline area.
     */
    private List<Element> afterHeadline(Element headline, int maxChars, int maxElements) {
        List<Element> out = new ArrayList<>();
        java.util.Set<Element> inHeadline = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inHeadline.addAll(headline.getAllElements());
        int chars = 0;
        boolean after = false;
        for (Element e : page.allElements()) {
            if (e == headline) {
                after = true;
                continue;
            }
            if (!after || inHeadline.contains(e)) {
                continue;
            }
            chars += e.ownText().length();
            if (chars > maxChars || out.size() >= maxElements) {
                break;
            }
            out.add(e);
        }
        return out;
    }

    /** Whether the page text right after the element starts with a date: "Jane Doe / 23.07.2025 · 6 min read". */
    private boolean dateRightAfter(Element e) {
        String next = page.textAfter(e, 30);
        return next != null && Dates.indexOf(next) >= 0 && Dates.indexOf(next) <= 3;
    }

    /** Whether a small element around this one (up to three levels up) shows a date: a byline with its dateline. */
    private boolean besideADate(Element e) {
        Element p = e.parent();
        for (int i = 0; i < 3 && p != null && page.textLength(p) <= 150; i++, p = p.parent()) {
            if (Dates.find(p.text()) != null) {
                return true;
            }
        }
        return false;
    }

    private void addAuthors(List<String> names) {
        for (String n : names) {
            if (authors.size() < MAX_AUTHORS && authors.stream().noneMatch(x -> x.equalsIgnoreCase(n))) {
                authors.add(n);
            }
        }
    }
}
