package news.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The names that a page's byline elements give ({@code class="author"}, {@code itemprop=author}, {@code <address>}):
 * the name marked up inside (microdata, hCard) or the element's short text, co-authors marked up alike beside it, and
 * not a photo's credit or a reviewer's name. A team's byline ("Podium Staff") is kept apart, for a page that names no
 * person.
 */
final class BylineElements {

    /** Parts of an author box that are not the name: "author-description", "author__bio", "author-title", "byline-avatar". */
    private static final Pattern BYLINE_EXTRA_CLASS = Pattern.compile("(?i)(?:author|byline)s?[-_]{0,2}(?:desc|description|bio|title|job|role|position|about|avatar|image|img|photo|picture)");

    /**
     * The name inside a byline element, by microdata, microformat (hCard's {@code fn}, h-card's {@code p-name}) or
     * class; parsed once, as it is asked of every byline element.
     */
    private static final Evaluator AUTHOR_NAME = QueryParser.parse("[itemprop=name], .fn, .p-name, [class*=author-name],"
            + " [class*=author__name], [class*=authorName], [class*=byline-name], [class*=byline__name]");

    /** A class word of a credit or caption: "credit", "video-credit", "photo_credit", "caption", "wp-caption-text". */
    private static final Pattern CREDIT_CLASS = Pattern.compile("(?i)(?:.*[-_])?(?:credits?|caption)(?:[-_].*)?");

    /** A class word of an expert's or a reviewer's part of a byline: "expert", "reviewed-by", "fact-checker". */
    private static final Pattern REVIEWER_CLASS = Pattern.compile("(?i)(?:^|[\\s_-])(?:expert|review\\w*|fact\\w*|medical)"
            + "(?:$|[\\s_-])");

    private final PageText page;
    private final String siteName;
    /** A team or staff byline ("Podium Staff") seen in a byline element, the author if no person is found. */
    private String teamByline;

    BylineElements(PageText page, String siteName) {
        this.page = page;
        this.siteName = siteName;
    }

    /** @return a team or staff byline ("Podium Staff") seen in a byline element, or null */
    String teamByline() {
        return teamByline;
    }

    /** The most elements a byline element holds: an author box holds a few dozen. */
    static final int MAX_BYLINE_ELEMENTS = 2_000;

    /** The names a byline element holds (its name elements, or its text), none when it holds no person's name. */
    List<String> names(Element e) {
        if (page.elementsUnder(e) > MAX_BYLINE_ELEMENTS) {
            return List.of(); // no byline: looking through it for name elements took seconds on nested headings
        }
        String marker = e.className() + " " + e.id() + " " + e.attr("itemprop") + " " + e.attr("rel");
        String text;
        List<String> nameTexts = new ArrayList<>();
        for (Element n : e.select(AUTHOR_NAME)) {
            if (nameTexts.size() >= 10) {
                break;
            }
            if (n != e && n.parent() != null && n.parent().closest("[itemprop=publisher], [itemprop=itemListElement]")
                    != null) {
                continue; // the publisher's name in an author box, a breadcrumb's
            }
            String t = n.hasAttr("content") ? n.attr("content") : Text.normalize(n.text());
            if (!t.isEmpty() && !nameTexts.contains(t) && nameTexts.stream().noneMatch(t::contains)) {
                nameTexts.add(capitalsAsName(t)); // "MARC SANTORA" marked up as a name: Marc Santora
            }
        }
        Element before = e.previousElementSibling();
        if (BYLINE_EXTRA_CLASS.matcher(marker).find() && before != null && page.textLength(before) <= 40
                && !AuthorNames.clean(before.text(), siteName, true).isEmpty()) {
            text = before.text(); // the author's description or job title follows the name
        } else if (!nameTexts.isEmpty()) {
            text = String.join(", ", nameTexts); // each name marked up: "<span itemprop=name>Jane Doe</span> and ..."
        } else if (page.textLength(e) <= 1500 && page.elementsUnder(e) <= 200) {
            text = e.text(); // (jsoup's text() is quadratic in the elements under it: an author box holds a few)
            text = text.length() > 120 ? firstLine(e) : text; // an author box: the name, then a biography
            if (text.equals(Text.normalize(e.text())) && e.children().isEmpty()) {
                text = capitalsAsName(text); // the element is the name: "<div class=author>JANE DOE</div>"
            }
        } else {
            return List.of();
        }
        if (text.length() > 120) {
            return List.of();
        }
        if (teamByline == null) {
            teamByline = AuthorNames.teamName(text); // "By The Currency editors": kept in case no person is named
        }
        List<String> names = AuthorNames.clean(text, siteName, true);
        if (names.isEmpty() && !e.children().isEmpty() && PageText.hasOwnText(e) && !PageText.ownCharsAtLeast(e, 60)) {
            // "<div class=author>Jane Doe <div class=author__modal>More stories by Jane Doe</div></div>": the name
            // is the element's own text, its children a pop-up
            names = AuthorNames.clean(capitalsAsName(Text.normalize(e.ownText())), siteName, true);
        }
        return names;
    }

    /**
     * A name marked up on its own and set in capitals ("MARC SANTORA") as a reader writes it; a text that starts with
     * a byline's word ("BY USE CASE") is left as it is.
     */
    private static String capitalsAsName(String t) {
        return AuthorNames.PREFIX.matcher(t).lookingAt() ? t : AuthorNames.namesInCapitals(t);
    }

    /**
     * The names of co-authors each marked up alike after the byline element {@code e}
     * ("<li><div class=author>Jane Doe</div></li><li><div class=author>John Roe</div></li>"): the following elements of
     * the same tag that share a byline word of its class, itemprop or rel, in the byline's small block.
     */
    List<String> coAuthors(Element e) {
        List<String> names = new ArrayList<>();
        Element block = bylineBlock(e);
        Set<String> kind = bylineTokens(e);
        boolean after = false;
        int seen = 0;
        for (Element o : block.getAllElements()) {
            if (o == e) {
                after = true;
                continue;
            }
            if (!after || PageElements.isInside(o, e) || !o.tagName().equals(e.tagName()) || ++seen > Bylines.MAX_CANDIDATES) {
                continue;
            }
            if (!Collections.disjoint(kind, bylineTokens(o)) && !page.insideNoise(o) && !reviewer(o, block)) {
                names.addAll(names(o));
            }
        }
        return names;
    }

    /**
     * The names of two or more byline elements of one kind (tag and byline word) inside a byline block, read each on
     * its own; empty when the block holds no such elements or their names are fewer than two.
     */
    List<String> markedCoAuthors(Element block) {
        if (page.elementsUnder(block) > 200) {
            return List.of();
        }
        Elements under = block.getAllElements();
        List<Set<String>> tokens = new ArrayList<>(under.size()); // each element's byline words, read once
        for (Element o : under) {
            tokens.add(o == block ? Set.of() : bylineTokens(o));
        }
        for (int k = 0; k < under.size(); k++) {
            Element d = under.get(k);
            Set<String> kind = tokens.get(k);
            if (kind.isEmpty()) {
                continue;
            }
            List<Element> group = new ArrayList<>();
            for (int j = 0; j < under.size(); j++) {
                Element o = under.get(j);
                if (o != block && o.tagName().equals(d.tagName()) && !Collections.disjoint(kind, tokens.get(j))
                        && group.stream().noneMatch(g -> PageElements.isInside(o, g)) && !reviewer(o, block)) {
                    group.add(o);
                }
            }
            if (group.size() < 2) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Element o : group) {
                for (String n : names(o)) {
                    if (!names.contains(n)) {
                        names.add(n);
                    }
                }
            }
            return names;
        }
        return List.of();
    }

    /**
     * Whether the element, or one of its parents inside the byline's block, is marked as an expert's or a reviewer's
     * ("author-meta-container expert", "reviewed-by"): a second name in the byline who checked the article, not wrote
     * it.
     */
    private static boolean reviewer(Element e, Element block) {
        for (Element p = e; p != null && p != block.parent(); p = p.parent()) {
            if (REVIEWER_CLASS.matcher(p.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /** The small block around a byline element that holds its co-authors' bylines: up to three levels up. */
    private Element bylineBlock(Element e) {
        Element block = e;
        for (int i = 0; i < 3 && block.parent() != null && page.textLength(block.parent()) <= 400; i++) {
            block = block.parent();
        }
        return block;
    }

    /** The words of an element's class, itemprop and rel that mark a byline ("author", "byline"). */
    static Set<String> bylineTokens(Element e) {
        Set<String> out = new HashSet<>();
        for (String token : Text.SPACE_RUN.split(e.className() + " " + e.attr("itemprop") + " " + e.attr("rel"))) {
            if (!token.isEmpty() && Bylines.isBylineMarker(token)) {
                out.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /**
     * Whether the element is, or is in, a photo's or video's credit or caption ("By JANE DOE on September 19, 2016"
     * under a video): who made the picture, not who wrote the article.
     */
    static boolean isCredit(Element e) {
        return selfOrAncestor(e, p -> p.tagName().equals("figure") || p.tagName().equals("figcaption")
                || p.attr("itemprop").equalsIgnoreCase("copyrightHolder") || hasClassWord(p, CREDIT_CLASS));
    }

    /** A class word of a quotation set apart from the text: "pull-quote", "pullquote", "testimonial". */
    private static final Pattern QUOTE_CLASS = Pattern.compile("(?i)(?:.*[-_])?(?:pull-?quotes?|blockquote|testimonials?)"
            + "(?:[-_].*)?");

    /** Whether the element is, or is in, a quotation set apart from the text: its speaker, not the article's author. */
    static boolean isQuoteAttribution(Element e) {
        return selfOrAncestor(e, p -> p.tagName().equals("blockquote") || hasClassWord(p, QUOTE_CLASS));
    }

    /** Whether the element or one of its ancestors below the body passes the test. */
    private static boolean selfOrAncestor(Element e, Predicate<Element> test) {
        for (Element p = e; p != null && !p.tagName().equals("body"); p = p.parent()) {
            if (test.test(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the element's class words is wholly of the pattern. */
    private static boolean hasClassWord(Element e, Pattern word) {
        for (String token : Text.SPACE_RUN.split(e.className())) {
            if (word.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The text of the first element with text of its own inside an element, if short ("Jane Doe" atop a biography). */
    private static String firstLine(Element box) {
        for (Element e : box.getAllElements()) {
            if (e != box && e.hasText() && !e.ownText().isBlank()) {
                String t = Text.normalize(e.text());
                return t.length() <= 40 ? t : "";
            }
        }
        return "";
    }
}
