package news.ingest.extract;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongSet;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article text of a page.
 *
 * <ol>
 *   <li>Remove the page's furniture ({@link PageFurniture}): scripts, hidden parts, navigation, sidebars, share
 *       bars, related lists, teaser cards, comments, cookie banners.</li>
 *   <li>Cut the page into text segments, one per run of inline text inside a block element, with its link text.</li>
 *   <li>Score every element by the prose it contains minus the link-heavy and short non-prose text it contains,
 *       and take the best-scoring element as the article container; narrow it to the article element inside it
 *       that holds most of its prose (or else the one holding the headline, when the page loads the next articles
 *       below it), and add the sibling blocks of the same markup that continue it.</li>
 *   <li>Emit the container's segments, dropping link lists, teasers, share/advert/credit lines, bylines,
 *       datelines, the title and a standfirst that repeats the meta description.</li>
 * </ol>
 */
final class HtmlBody {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
            "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "big", "tt", "strike", "del",
            "ins", "label", "nobr", "img", "br", "acronym", "picture", "source");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern META_VALUE = Pattern.compile("(?i)https?://\\S+|\\d{4}-\\d{2}-\\d{2}T[\\d:.+\\-Z]+|\\d+(?:px)?");
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)©|\\(c\\) ?\\d{4}|all rights reserved|copyright \\d{4}"
            + "|getty images$|shutterstock$|^(?:photo|image|picture|video)(?: credit)?s?\\s*(?:by|:)|/ ?(?:reuters|afp|ap|getty)$"
            + "|(?-i:\\b(?:REUTERS|AFP|EPA|AP Photo)/\\p{Lu})");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^(?:share|share this|share this article|share on \\w+"
            + "|advertisement|advertisment|ad|sponsored|sponsored content|read more|related|related articles|related posts"
            + "|related stories|tags?\\s*:.*|filed under.*|topics?\\s*:.*|categor(?:y|ies)\\s*:.*|click here.*|subscribe.*"
            + "|sign up.*|follow us.*|like us on \\w+|photo\\s*:.*|image\\s*:.*|credit\\s*:.*|source\\s*:.*"
            + "|getty images|loading\\W*|continue reading.*"
            + "|skip to.*|you may also like.*|more from .*|print|email|comments?|leave a comment|\\d+ comments?|top of page"
            + "|back to top|previous|next|previous article|next article|published|updated|posted in.*|listen to (?:this )?article.*"
            + "|advert|close|discover more(?: like this)?|learn more|caption|trending|table of contents|contents|in this article"
            + "|by|edited by|reviewed by|written by|author|contributing writer|last updated"
            + "|(?:what do you think\\? )?scroll down to comment.*|this slideshow requires javascript\\.?|tell us what you think.*"
            + "|\\d+ min(?:ute)?s? read|min read|reading time.*|advertisement - continue reading below|story continues below.*"
            + "|(?:image|photo|picture|slide|video) \\d+ (?:of|/) \\d+"
            // an advertisement's label in the languages around: German, French, Spanish, Italian, Portuguese, Dutch,
            // Polish and Czech, Scandinavian, Finnish, Hungarian, Romanian, Turkish, Greek, Cyrillic, CJK
            + "|(?iu:anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|reclame|reklama|reklame"
            + "|reklam|annons|annonse|annonce|mainos|hirdetés|publicitate|διαφήμιση|реклама|广告|廣告|広告|광고"
            // and a link back to the page's top
            + "|haut de page|retour en haut(?: de (?:la )?page)?|(?:zurück )?nach oben|volver arriba|ir arriba|torna su"
            + "|voltar ao topo|naar boven|do góry|наверх))$");

    /** Marks that may follow a label ("Share:", "Related »", "Tags |"), left out before {@link #BOILERPLATE_LINE}. */
    private static final String TRAILING_MARKS = " \t\n\u000B\f\r:|•·>»";

    private static final double LINK_PENALTY = 2.0;
    static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    /**
     * Weight of short non-link text (list items, table cells, labels) against the container that holds it: small,
     * since such lines are as often part of the article (product bullet lists, tables) as furniture, and furniture
     * is mostly links, which {@link #LINK_PENALTY} handles.
     */
    private static final double SHORT_PENALTY = 0.1;
    /** Share of a paragraph's 4-word shingles already emitted above which it is a repeat (teaser, print copy). */
    private static final double REPEAT_SHARE = 0.8;
    /** A call to sign up: "Get the latest updates right in your inbox. Subscribe to our newsletters." */
    private static final Pattern PROMPT_LINE = Pattern.compile("(?i)\\b(?:sign up (?:for|to|now|here|today)|subscribe (?:to|now|here|today)"
            + "|(?:right |straight )?(?:to|in|into) your inbox|our (?:\\w+ )?newsletters?)\\b");
    /** A timestamp line: "Updated at 1:23 p.m.", "Published 12 May 2019". */
    private static final Pattern STAMP_LINE = Pattern.compile("(?i)^(?:last )?(?:updated|published|posted|modified|created)\\b.{0,50}\\d.*");

    private HtmlBody() {
    }

    /** One run of inline text inside a block element. */
    private static final class Segment {
        final Element block;
        final StringBuilder text = new StringBuilder();
        int linkChars;

        Segment(Element block) {
            this.block = block;
        }

        private String normalized;
        private int normalizedLength = -1;

        /** The text with its white space collapsed; kept until more text is appended. */
        String normalized() {
            if (normalizedLength != text.length()) {
                normalized = Text.normalize(text.toString());
                normalizedLength = text.length();
            }
            return normalized;
        }
    }

    /**
     * Extracts the article paragraphs.
     *
     * @param doc         the page; it is pruned in place
     * @param title       the article title, dropped from the body when repeated there; may be null
     * @param description the page's summary (meta description), dropped from the top of the body when a standfirst
     *                    repeats it; may be null
     * @param authors     the article's authors: a paragraph about one of them ("Jane Doe is a writer ...") is dropped
     */
    static List<String> extract(Document doc, String title, String description, List<String> authors) {
        Element root = doc.body();
        if (root == null) {
            return List.of();
        }
        PageFurniture.prune(root);
        List<Segment> segments = segments(root);
        String pageSite = site(doc.location());
        Set<Segment> outbound = outboundLines(segments, pageSite);
        // each segment's figures go to its block; the blocks and their ancestors are listed in document order of
        // first appearance, so that the first of equal scores wins on every run
        Map<Element, double[]> sums = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Segment s : segments) {
            for (Element e = s.block; e != null && !sums.containsKey(e); e = e == root ? null : e.parent()) {
                sums.put(e, new double[5]);
                order.add(e);
            }
            boolean out = outbound.contains(s);
            double v = out ? 0 : value(s);
            int chars = s.normalized().length();
            double[] acc = sums.get(s.block);
            acc[v > 0 ? 0 : 1] += Math.abs(v);
            acc[2] += chars;
            acc[3] += out ? 0 : Math.min(chars, s.linkChars);
            acc[4] += isTruncated(s.normalized()) ? chars : 0;
        }
        // then every element's figures are added to its parent's, children first: sums over whole subtrees
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                double[] acc = node == root ? null : sums.get(node);
                if (acc != null) {
                    double[] up = sums.get(node.parent());
                    for (int i = 0; i < up.length; i++) {
                        up[i] += acc[i];
                    }
                }
            }
        }, root);
        Element best = root;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Element e : order) {
            double score = containerScore(sums.get(e));
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        Element article = narrowToArticle(widenToProse(best, root, sums), sums, title);
        return emit(segments, withContinuations(article, root, sums), title, description, authors, pageSite);
    }

    /** Share of a paragraph's text in links to other sites for it to be an {@link #isOutboundLine outbound line}. */
    private static final double OUTBOUND_LINK_SHARE = 0.9;
    /** Outbound lines a block must hold side by side for them to be a list of the article's. */
    private static final int OUTBOUND_RUN = 3;

    /**
     * The {@link #isOutboundLine outbound lines} that stand with two or more others in the same block: a list of
     * deals or sources, which weighs neither for nor against the block holding it (links count against a block, and
     * such a list sank a shopping post's container below its one disclaimer paragraph). One such line alone is an
     * advertisement's link as often as the article's; the lines themselves are still emitted only by the link rules.
     */
    private static Set<Segment> outboundLines(List<Segment> segments, String pageSite) {
        Set<Segment> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (pageSite == null) {
            return out;
        }
        Map<Element, List<Segment>> byParent = new IdentityHashMap<>();
        for (Segment s : segments) {
            if (s.block.parent() != null && isOutboundLine(s, pageSite)) {
                byParent.computeIfAbsent(s.block.parent(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Segment> run : byParent.values()) {
            if (run.size() >= OUTBOUND_RUN) {
                out.addAll(run);
            }
        }
        return out;
    }

    /**
     * Whether the segment is a paragraph that is one or more links (nearly all its text) to other sites than the
     * page's: a shop's product in a list of deals, a source in a round-up. Links to other pages of the site (other
     * articles, sections, tags) are the page's furniture; a paragraph linking elsewhere is as often the article's.
     */
    private static boolean isOutboundLine(Segment s, String pageSite) {
        String t = s.normalized();
        if (pageSite == null || !"p".equals(s.block.tagName()) || s.linkChars < OUTBOUND_LINK_SHARE * t.length()) {
            return false;
        }
        boolean any = false;
        for (Element a : s.block.select("a[href]")) {
            String h = site(a.absUrl("href"));
            if (h == null || h.equals(pageSite)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Share of the page's prose an ancestor of the best block must hold to be the article instead. */
    private static final double PAGE_PROSE_SHARE = 0.6;
    /** How many times the best block's prose that ancestor must hold. */
    private static final double WIDER_PROSE_FACTOR = 3;

    /**
     * The ancestor holding most of the page's prose when the best-scoring block holds only a small part of it: a list
     * article or resource round-up whose link lists and short lines sank the whole article's score below one of its
     * own sections. Otherwise the block itself.
     */
    private static Element widenToProse(Element best, Element root, Map<Element, double[]> sums) {
        double pageProse = prose(sums, root);
        double own = prose(sums, best);
        for (Element e = best; e != root && e.parent() != null && e.parent() != root; ) {
            e = e.parent();
            double prose = prose(sums, e);
            if (prose > 0 && prose >= WIDER_PROSE_FACTOR * own && prose >= PAGE_PROSE_SHARE * pageProse) {
                return e;
            }
        }
        return best;
    }

    /** The prose characters summed under an element; 0 for one that holds none. */
    private static double prose(Map<Element, double[]> sums, Element e) {
        double[] acc = sums.get(e);
        return acc == null ? 0 : acc[0];
    }

    /** Share of the container's prose an article element inside it must hold to be the container instead. */
    private static final double ARTICLE_SHARE = 0.6;

    /** Share of the container's prose the article element holding the headline must hold to be the container. */
    private static final double HEADLINE_ARTICLE_SHARE = 0.25;

    /**
     * The article element inside the container that the page marks as this article, when one is: the one holding
     * most of its prose, without the related posts, author notes and sign-up forms beside it; or, when no article
     * element holds most of it, the one holding the headline, without the next articles that endless-scrolling sites
     * load below it.
     */
    private static Element narrowToArticle(Element best, Map<Element, double[]> sums, String title) {
        double[] all = sums.get(best);
        if (all == null || "article".equals(best.tagName())) {
            return best;
        }
        List<Element> articles = best.getElementsByTag("article");
        // an article holding other articles is a list of them (broken markup nests a page's teasers): each article
        // marks the nearest article it sits in
        Set<Element> holding = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element article : articles) {
            for (Element p = article.parent(); p != null && p != best; p = p.parent()) {
                if ("article".equals(p.tagName())) {
                    holding.add(p);
                    break;
                }
            }
        }
        Element narrowed = best;
        double most = 0;
        for (Element article : articles) {
            double[] acc = sums.get(article);
            if (acc != null && acc[0] > most && !holding.contains(article)) {
                most = acc[0];
                narrowed = article;
            }
        }
        if (most >= ARTICLE_SHARE * all[0]) {
            return narrowed;
        }
        Element headlined = headlineArticle(articles, holding, title);
        return headlined != null && prose(sums, headlined) >= HEADLINE_ARTICLE_SHARE * all[0] ? headlined : best;
    }

    /** @return the only one of the articles with a heading that reads as the title; null when none or several do */
    private static Element headlineArticle(List<Element> articles, Set<Element> holding, String title) {
        String titleKey = title == null ? "" : Text.squash(title);
        if (titleKey.isEmpty() || articles.size() < 2) {
            return null;
        }
        Element found = null;
        for (Element article : articles) {
            if (holding.contains(article)) {
                continue;
            }
            for (Element heading : article.select("h1, h2")) {
                if (Text.squash(heading.text()).equals(titleKey)) {
                    if (found != null) {
                        return null;
                    }
                    found = article;
                    break;
                }
            }
        }
        return found;
    }

    /** Link share above which a block of the container's kind is a list of links rather than more of the article. */
    private static final double CONTINUATION_LINK_DENSITY = 0.25;

    /**
     * The container and the blocks that continue it: page builders and list articles cut one article into sibling
     * blocks of the same markup (tag and class), with pictures or advertisements between them. The container is
     * first widened to its outermost ancestor holding no other text; its siblings of the same markup whose text is
     * prose rather than links or excerpts cut short ("…", teasers for other articles) follow it, in page order.
     */
    private static Set<Element> withContinuations(Element best, Element root, Map<Element, double[]> sums) {
        Element top = best;
        while (top != root && top.parent() != null && top.parent() != root
                && sums.get(top.parent())[2] == sums.get(top)[2]) {
            top = top.parent();
        }
        Element parent = top.parent();
        Set<Element> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        out.add(best);
        if (top == root || parent == null || top.className().isBlank()) {
            return out;
        }
        String kind = markup(top);
        for (Element sibling : parent.children()) {
            double[] acc = sums.get(sibling);
            if (sibling != top && acc != null && markup(sibling).equals(kind) && containerScore(acc) > 0
                    && acc[3] <= CONTINUATION_LINK_DENSITY * acc[2] && acc[4] < acc[2] / 2) {
                out.add(sibling);
            }
        }
        return out;
    }

    /** Weight of penalised text (links, teasers, short lines) against the prose when scoring a container. */
    private static final double PENALTY_WEIGHT = 0.5;

    /**
     * An element's score as the article container from {prose, penalties, chars, link chars, truncated chars}
     * under it: its prose discounted by the share of its text inside links (as Readability does), minus half its
     * penalties.
     */
    private static double containerScore(double[] acc) {
        double linkDensity = acc[2] == 0 ? 0 : acc[3] / acc[2];
        return acc[0] * (1 - linkDensity) - PENALTY_WEIGHT * acc[1];
    }

    private static double value(Segment s) {
        String t = s.normalized();
        int len = Text.weightedLength(t);
        if (len == 0) {
            return 0;
        }
        double linkDensity = Math.min(1.0, s.linkChars / (double) t.length());
        boolean sentence = endsSentence(t);
        if (isTeaser(t, linkDensity)) {
            return -len;
        }
        if (linkDensity > 0.5 && isDataRow(s.block)) {
            return -SHORT_PENALTY * len;
        }
        if (linkDensity > 0.5) {
            // link-rich prose (shopping posts, link roundups) still counts by its own words
            int ownChars = (int) (len * (1 - linkDensity));
            return ownChars >= 80 && sentence ? ownChars : -LINK_PENALTY * len;
        }
        if (len >= 100 || len >= 50 && sentence) {
            return len * (1 - linkDensity);
        }
        if (HEADINGS.contains(s.block.tagName())) {
            return -0.2 * len;
        }
        return -SHORT_PENALTY * len;
    }

    /**
     * Whether the segment is an excerpt cut short ("…") right below a linked heading in a block of its own: the
     * blurb of a card for another article (a carousel of other posts), whose headline and excerpt sit in separate
     * blocks. A headline linked to another site is a product's or a source's name over a paragraph of the article.
     */
    private static boolean isCardExcerpt(List<Segment> segments, int index, String pageSite) {
        if (index == 0 || !isTruncated(segments.get(index).normalized())) {
            return false;
        }
        Segment above = segments.get(index - 1);
        if (!HEADINGS.contains(above.block.tagName()) || above.linkChars <= above.normalized().length() / 2) {
            return false;
        }
        for (Element a : above.block.select("a[href]")) {
            String h = site(a.absUrl("href"));
            if (h != null && !h.equals(pageSite)) {
                return false; // a product's or another site's name over the article's own paragraph
            }
        }
        return true;
    }

    /**
     * Whether the block is a table row of two or more cells, one of which holds text without a link: a row of data
     * whose name links somewhere ("Quanta Services Inc. | $7.7B"), not a list of links set in a table.
     */
    private static boolean isDataRow(Element block) {
        if (!"tr".equals(block.tagName()) || block.childrenSize() < 2) {
            return false;
        }
        for (Element cell : block.children()) {
            if (isCell(cell) && cell.selectFirst("a[href]") == null && !cell.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A headline link followed by a truncated excerpt: a teaser for another article. */
    private static boolean isTeaser(String t, double linkDensity) {
        return linkDensity >= 0.15 && isTruncated(t);
    }

    private static final Pattern TRUNCATION = Pattern.compile("(?:\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.])\\W{0,3}$");

    /** Text cut short with "...", "…" or "[…]": an excerpt of a text shown elsewhere. */
    static boolean isTruncated(String t) {
        int end = t.length();
        int tail = Math.max(0, end - 8); // the mark, a closing bracket and up to three other marks after it
        return (t.indexOf('…', tail) >= 0 || t.indexOf("..", tail) >= 0) && TRUNCATION.matcher(t).find();
    }

    /** Marks that end a sentence, and (the first six) the ones after which a new sentence starts. */
    private static final String SENTENCE_MARKS = ".!?。！？:;\"”’)»";

    /**
     * Whether the text ends like a sentence (a full stop, colon, closing quote or bracket) or holds one sentence end
     * followed by the capital of the next: prose rather than a label, a name or a menu entry.
     */
    static boolean endsSentence(String t) {
        int end = t.length();
        while (end > 0 && isRegexSpace(t.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && SENTENCE_MARKS.indexOf(t.charAt(end - 1)) >= 0) {
            return true;
        }
        for (int i = 0; i < end; i++) {
            int mark = SENTENCE_MARKS.indexOf(t.charAt(i));
            if (mark >= 0 && mark < 6) {
                int next = i + 1;
                while (next < end && isRegexSpace(t.charAt(next))) {
                    next++;
                }
                if (next > i + 1 && next < end && Character.getType(t.codePointAt(next)) == Character.UPPERCASE_LETTER) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The white space of a regular expression's \s: space, tab, line feed, vertical tab, form feed, return. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    private static List<String> emit(List<Segment> segments, Set<Element> containers, String title, String description,
                                     List<String> authors, String site) {
        List<Paragraph> out = new ArrayList<>();
        String titleKey = title == null ? null : Text.squash(title);
        String summaryKey = description == null ? "" : Text.squash(description);
        boolean summaryCut = description != null && isTruncated(description.strip());
        boolean started = false;
        int lastProse = lastProse(segments, containers); // after it, only short pieces: teasers, titles, dates
        LongOpenHashSet seen = new LongOpenHashSet();
        Map<Element, Boolean> listsOfThings = new IdentityHashMap<>();
        AncestorTest quoted = new AncestorTest(e -> "blockquote".equals(e.tagName()) ? Boolean.TRUE : null);
        int headline = headlineIndex(segments, containers, titleKey);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!isInside(s.block, containers) || i < headline) {
                continue;
            }
            String t = s.normalized();
            if (t.isEmpty()) {
                continue;
            }
            if (!started && isAboveText(s, t)) {
                continue;
            }
            if (started && t.length() <= 60 && i > lastProse && RELATED_HEADING.matcher(t).matches()) {
                break; // "Recent posts:" and a list of other posts to the container's end
            }
            double linkDensity = s.linkChars / (double) t.length();
            if (isTeaser(t, linkDensity) || mayBeMetaValue(t) && META_VALUE.matcher(t).matches()
                    || isCardExcerpt(segments, i, site)) {
                continue;
            }
            if (linkDensity > 0.5 && (t.length() * (1 - linkDensity) < LINKED_ITEM_OWN_CHARS || !endsSentence(t))
                    && !inListOfThings(s.block, listsOfThings) && !isDataRow(s.block)
                    && !(i < lastProse && isLinkedSectionHeading(segments, i, site))) {
                continue;
            }
            if (t.length() < 100 && BOILERPLATE_LINE.matcher(withoutTrailingMarks(t)).matches()) {
                continue;
            }
            String lower = t.length() < 250 ? t.toLowerCase(Locale.ROOT) : null; // for the cheap tests below
            if (lower != null && mayBeCredit(lower) && CREDIT_LINE.matcher(t).find()) {
                continue;
            }
            if (isAuthorNote(t, authors)) {
                continue;
            }
            if (titleKey != null && t.length() >= titleKey.length() && t.length() <= 2 * titleKey.length() + 40
                    && Text.squash(t).equals(titleKey)) {
                continue;
            }
            if (t.length() < 70 && STAMP_LINE.matcher(t).matches() || isKeywordList(t)
                    || t.length() < 160 && mayBePrompt(lower) && PROMPT_LINE.matcher(t).find()) {
                continue;
            }
            if (!started && t.length() < 80 && (t.matches("(?i)^by\\s+.*") || Dates.find(t) != null && t.length() < 50)) {
                continue;
            }
            if (out.size() == 1 && t.length() < 50 && isDateline(t)) {
                continue; // the dateline printed under the lead paragraph ("2015.08.15 10:28 MTI")
            }
            if (!started && isStandfirst(s, t, summaryKey, summaryCut, segments, i, containers)) {
                continue;
            }
            if (t.length() <= CAPTION_MAX_CHARS && repeatsPictureAlt(s.block, t)) {
                continue; // a picture's caption that prints its alt text, right under it
            }
            if (started && OTHERS_SUMMARY.matcher(PageFurniture.markers(s.block)).find()) {
                continue; // a standfirst below the article's text summarises another article, on its teaser card
            }
            started = true;
            // a segment without a line break is one paragraph: its normalised text
            for (String para : s.text.indexOf("\n") < 0 ? new String[] {t} : PARAGRAPH_BREAK.split(s.text)) {
                String p = linesOf(para);
                if (shows(p)) {
                    int repeat = repeatState(p, seen);
                    out.add(new Paragraph(p, repeat, HEADINGS.contains(s.block.tagName()),
                            repeat == REPEAT && quoted.test(s.block)));
                }
            }
        }
        return withoutCopies(out);
    }

    /**
     * Whether a paragraph shows anything: a character that is neither white space nor an invisible format character
     * (a page builder's empty paragraph holds a zero-width joiner alone).
     */
    private static boolean shows(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (!Character.isWhitespace(c) && Character.getType(c) != Character.FORMAT) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the paragraph normalised line by line: a line broken by {@code <br>} inside a paragraph stays one line of
     *         its own (a song's or a poem's lines, an address), where the page shows it
     */
    private static String linesOf(String paragraph) {
        if (paragraph.indexOf('\n') < 0) {
            return Text.normalize(paragraph);
        }
        StringBuilder out = new StringBuilder(paragraph.length());
        for (String line : paragraph.split("\n")) {
            String l = Text.normalize(line);
            if (!l.isEmpty()) {
                out.append(out.length() > 0 ? "\n" : "").append(l);
            }
        }
        return out.toString();
    }

    /** Characters from which a line above the headline is prose, and the headline not the article's start. */
    private static final int ABOVE_HEADLINE_CHARS = 150;

    /**
     * The index of the container's headline (its text reads as the title) when only short lines stand above it in the
     * container: a kicker, a section's name, the title of a video or of a teaser set above the headline. They are not
     * the article's; 0 when there is no such headline.
     */
    private static int headlineIndex(List<Segment> segments, Set<Element> containers, String titleKey) {
        if (titleKey == null || titleKey.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!isInside(s.block, containers)) {
                continue;
            }
            String t = s.normalized();
            if (t.length() >= titleKey.length() && t.length() <= 2 * titleKey.length() + 40
                    && Text.squash(t).equals(titleKey)) {
                return i;
            }
            if (t.length() >= ABOVE_HEADLINE_CHARS) {
                return 0;
            }
        }
        return 0;
    }

    /** A kicker: a label of one to three words in capitals ("EXCLUSIVE", "BREAKING NEWS"). */
    private static final Pattern KICKER = Pattern.compile("\\P{Ll}{2,30}");

    /**
     * Whether a line above the article's first paragraph belongs to its masthead rather than its text: a kicker in
     * capitals ("EXCLUSIVE"), the heading of a list of other articles ("Latest news") set before the article, a line
     * of timestamps only ({@code <time>} elements), or an item of a summary list marked as one ("abstract", "dek").
     */
    private static boolean isAboveText(Segment s, String t) {
        if (t.length() > 120) {
            return false;
        }
        if (Text.wordCount(t) <= 3 && KICKER.matcher(t).matches() && !endsSentence(t) && t.chars().anyMatch(Character::isLetter)
                || RELATED_HEADING.matcher(t).matches()) {
            return true;
        }
        if (isTimesOnly(s.block, t)) {
            return true;
        }
        for (Element p = s.block; p != null && !"body".equals(p.tagName()); p = p.parent()) {
            if ("li".equals(p.tagName())) {
                Element list = p.parent();
                return STANDFIRST.matcher(PageFurniture.markers(p)).find()
                        || list != null && STANDFIRST.matcher(PageFurniture.markers(list)).find();
            }
        }
        return false;
    }


    /** Whether the line's words are all inside {@code <time>} elements: "May 6, 2016 — 6:22 PM EST May 7, 2016". */
    private static boolean isTimesOnly(Element block, String t) {
        Elements times = block.getElementsByTag("time");
        if (times.isEmpty()) {
            return false;
        }
        int inTimes = 0;
        for (Element time : times) {
            inTimes += Text.squash(time.text()).length();
        }
        return inTimes > 0 && inTimes >= Text.squash(t).length();
    }

    /** @return the line without the {@link #TRAILING_MARKS} at its end */
    private static String withoutTrailingMarks(String t) {
        int end = t.length();
        while (end > 0 && TRAILING_MARKS.indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        return t.substring(0, end);
    }

    /** Whether the line starts as {@link #META_VALUE} does (an address, a date, a number): the cheap test first. */
    private static boolean mayBeMetaValue(String t) {
        char c = t.charAt(0);
        return c == 'h' || c == 'H' || c >= '0' && c <= '9';
    }

    /** A blank line in a segment's text (from two {@code <br>}): a paragraph break. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    /**
     * Whether the line, in lower case, holds a mark or word that {@link #CREDIT_LINE} needs ("©", "(", "/",
     * "copyright", ...): a cheap test before the expression, which is tried at every position of every short line.
     */
    private static boolean mayBeCredit(String lower) {
        return lower.indexOf('©') >= 0 || lower.indexOf('(') >= 0 || lower.indexOf('/') >= 0
                || lower.contains("rights reserved") || lower.contains("copyright") || lower.contains("getty")
                || lower.contains("shutterstock") || lower.startsWith("photo") || lower.startsWith("image")
                || lower.startsWith("picture") || lower.startsWith("video");
    }

    /** Whether the line, in lower case, holds a word that {@link #PROMPT_LINE} needs: the same cheap test first. */
    private static boolean mayBePrompt(String lower) {
        return lower.contains("sign up") || lower.contains("subscribe") || lower.contains("your inbox")
                || lower.contains("newsletter");
    }

    /** Characters of the paragraph that makes a linked heading above it a section's heading. */
    private static final int SECTION_PARAGRAPH_CHARS = 150;

    /**
     * Whether the segment is a heading linked to what it names on another site (a product's, a company's, a place's
     * own site) over a section of the article: the next text is a paragraph of prose rather than another link or a
     * teaser's blurb. A heading linked to a page of the same site over the article's next paragraph is a teaser for
     * another of its articles set inside this one. A round-up may set such a heading as a paragraph of one short
     * link ("Imprivata acquires Verosint" over the paragraph on that deal). {@code pageSite} is the page's
     * {@link #site}, null when unknown.
     */
    private static boolean isLinkedSectionHeading(List<Segment> segments, int index, String pageSite) {
        Segment segment = segments.get(index);
        Element heading = segment.block;
        if (pageSite == null || index + 1 >= segments.size() || !HEADINGS.contains(heading.tagName())
                && !isLinkParagraph(segment)) {
            return false;
        }
        Segment next = segments.get(index + 1);
        String t = next.normalized();
        if (t.length() < SECTION_PARAGRAPH_CHARS || next.linkChars >= t.length() / 4 || !endsSentence(t)
                || isTruncated(t)) {
            return false;
        }
        boolean elsewhere = false;
        for (Element a : heading.select("a[href]")) {
            String h = site(a.absUrl("href"));
            if (h == null || h.equals(pageSite)) {
                return false;
            }
            elsewhere = true;
        }
        return elsewhere;
    }

    /** Longest paragraph of one link read as a heading over the next: a name or a headline, not a sentence. */
    private static final int LINK_HEADING_CHARS = 100;

    /**
     * Whether the segment is a paragraph that is one short link of two words or more and nothing else, without a
     * sentence's end. One word ("Source", "YouTube") is a label.
     */
    private static boolean isLinkParagraph(Segment segment) {
        String t = segment.normalized();
        return "p".equals(segment.block.tagName()) && t.length() <= LINK_HEADING_CHARS && t.indexOf(' ') > 0
                && segment.linkChars >= t.length() && segment.block.select("a[href]").size() == 1 && !endsSentence(t);
    }

    /**
     * The site of an absolute http(s) address: the last two labels of its host name, lower-cased ("nytimes.com" for
     * "cooking.nytimes.com"; "co.uk" for any British site, which makes every such link the page's own); null for any
     * other address.
     */
    private static String site(String url) {
        if (!url.regionMatches(true, 0, "http", 0, 4)) {
            return null;
        }
        try {
            String h = URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            int last = h.lastIndexOf('.', h.length() - 2);
            int cut = last < 0 ? -1 : h.lastIndexOf('.', last - 1);
            return h.substring(cut + 1).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether the block is an item of a list some of whose items are plain text, without a link: a checklist, a
     * list of products or tools where some names link to a shop or a review. Its linked items are things of the
     * list like the others; a list of other articles or pages is links only.
     */
    private static boolean inListOfThings(Element block, Map<Element, Boolean> known) {
        Element item = block;
        while (item != null && !"li".equals(item.tagName())) {
            item = inline(item) || HEADINGS.contains(item.tagName()) || "p".equals(item.tagName())
                    || "div".equals(item.tagName()) && item == block ? item.parent() : null;
        }
        Element list = item == null ? null : item.parent();
        if (list == null) {
            return false;
        }
        return known.computeIfAbsent(list, l -> {
            for (Element li : l.children()) {
                if ("li".equals(li.tagName()) && li.selectFirst("a[href]") == null && !li.text().isBlank()) {
                    return true;
                }
            }
            return false;
        });
    }

    /**
     * An emitted paragraph, whether it repeats text above it ({@link #SHORT}, {@link #NEW}, {@link #REPEAT}), is a
     * heading, and is a repeat set in a quotation block: a pull quote, the article's own words set large.
     */
    private record Paragraph(String text, int repeat, boolean heading, boolean pullQuote) {
    }

    /**
     * The paragraphs without those that continue a copy of text above them: a repeat next to another repeat (short
     * paragraphs such as headings between them do not count) is part of a repeated passage, a page printing its
     * article twice or a teaser of its lead. A repeat standing alone between new paragraphs is the article's: a pull
     * question put to each of the people interviewed, a step that comes back in every week of a plan; but not a pull
     * quote. Then a heading with no text under it ends the article's part of the container ("You might also like").
     */
    private static List<String> withoutCopies(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        int headingsAtEnd = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.repeat() == REPEAT && (p.pullQuote() || neighbour(paragraphs, i, -1) == REPEAT
                    || neighbour(paragraphs, i, 1) == REPEAT)) {
                continue;
            }
            out.add(p.text());
            headingsAtEnd = p.heading() ? headingsAtEnd + 1 : 0;
        }
        return out.subList(0, out.size() - headingsAtEnd);
    }

    /**
     * The repeat state of the nearest paragraph in the direction that is long enough to be judged and not a pull
     * quote (set in the article's text wherever it fits, not part of a copied passage); {@link #NEW} when none.
     */
    private static int neighbour(List<Paragraph> paragraphs, int from, int step) {
        for (int j = from + step; j >= 0 && j < paragraphs.size(); j += step) {
            if (paragraphs.get(j).repeat() != SHORT && !paragraphs.get(j).pullQuote()) {
                return paragraphs.get(j).repeat();
            }
        }
        return NEW;
    }

    /**
     * Text of its own a mostly linked line inside the article needs to stay: a round-up's item, a linked headline
     * followed by a sentence about it ("<b><a>Teens love AirPods</a>.</b> That's according to a new survey."). A bare
     * link, or one followed by a fragment, is a list of other pages.
     */
    private static final int LINKED_ITEM_OWN_CHARS = 40;

    /** What follows the author's name in a note about them: "Jane Doe is a freelance writer ...". */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("\\s+(?:is|was|currently|has|writes|covers|joined|serves|holds"
            + "|specializes|specialises|lives)\\b");

    /**
     * A note about the article's author, beginning with their name ("Jane Doe is a freelance writer living in Ohio."):
     * the byline's box, not the article.
     */
    private static boolean isAuthorNote(String t, List<String> authors) {
        for (String author : authors) {
            if (t.startsWith(author) && AUTHOR_NOTE.matcher(t).region(author.length(), t.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The heading of a list of other articles: "Related posts", "You may also like", "Leia também", ... */
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)(?:(?:recent|related|more|popular|trending|latest"
            + "|similar|recommended|other|further) (?:(?:blog )?(?:posts|articles)|blogs|stories|news|reads|reading"
            + "|from [\\p{L}\\p{N} .&'’-]+)"
            + "|you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more|also)|see also|keep reading"
            + "|more to (?:read|explore)|você (?:pode|também pode) gostar|leia também|veja também|te puede interesar"
            + "|noticias relacionadas|(?:à|a) lire aussi|sur le même sujet|das könnte sie auch interessieren|mehr zum thema"
            + "|potrebbe interessarti|leggi anche|читайте также|похожие (?:статьи|новости))\\W{0,4}");
    /** Text at least this long after such a heading is more of the article, not another list's item. */
    private static final int TEASER_MAX_CHARS = 300;

    /**
     * The index of the containers' last segment long enough to be prose rather than a teaser, and not cut short ("…":
     * a long excerpt of another post); -1 when none is.
     */
    private static int lastProse(List<Segment> segments, Set<Element> containers) {
        for (int j = segments.size() - 1; j >= 0; j--) {
            Segment s = segments.get(j);
            if (s.normalized().length() >= TEASER_MAX_CHARS && !isTruncated(s.normalized())
                    && isInside(s.block, containers)) {
                return j;
            }
        }
        return -1;
    }

    /** The longest and shortest captions looked for as a picture's alt text printed under it. */
    private static final int CAPTION_MAX_CHARS = 400;
    private static final int CAPTION_MIN_WORDS = 8;
    /** How many elements of a caption's previous sibling are looked at for its picture. */
    private static final int PICTURE_LOOK_ELEMENTS = 12;

    /**
     * @return true when the block, no heading, comes right after a picture (its previous sibling is one, or holds one)
     *         whose alt text of eight words or more it repeats: the picture's caption, set in a plain block
     *         ("Democratic National Committee Chairman Tim Kaine says ..." under the photo of him); a list's item named
     *         like its picture ("Snake Plant (Dracaena trifasciata)") is no caption
     */
    private static boolean repeatsPictureAlt(Element block, String text) {
        if (HEADINGS.contains(block.tagName()) || Text.wordCount(text) < CAPTION_MIN_WORDS) {
            return false;
        }
        Element previous = block.previousElementSibling();
        if (previous == null) {
            return false;
        }
        Element picture = pictureIn(previous);
        return picture != null && Text.squash(picture.attr("alt")).equals(Text.squash(text));
    }

    /**
     * @return the picture the element is or holds among its first few descendants (a frame, a link or a
     *         {@code <picture>} around it), or null: a look that stays short whatever the element holds
     */
    private static Element pictureIn(Element e) {
        Deque<Element> queue = new ArrayDeque<>(List.of(e));
        for (int seen = 0; !queue.isEmpty() && seen < PICTURE_LOOK_ELEMENTS; seen++) {
            Element next = queue.poll();
            if ("img".equals(next.tagName())) {
                return next.hasAttr("alt") ? next : null;
            }
            for (int i = 0; i < next.childNodeSize() && queue.size() < PICTURE_LOOK_ELEMENTS; i++) {
                if (next.childNode(i) instanceof Element child) {
                    queue.add(child);
                }
            }
        }
        return null;
    }

    /**
     * Class words of an article's summary, never of a paragraph of an article's text ("standfirst", "post-excerpt");
     * not "teaser", which page builders give to any block of a page (Adobe's "cmp-teaser").
     */
    private static final Pattern OTHERS_SUMMARY = Pattern.compile("(?:^|[-_\\s])(?:dek|standfirst|strapline|excerpt)"
            + "(?:$|[-_\\s])");

    /** A date and time, and at most a word or two after it (the agency, the place): a dateline, not text. */
    private static boolean isDateline(String t) {
        int at = Dates.indexOf(t);
        return at == 0 && TIME_OF_DAY.matcher(t).find() && Text.wordCount(t) <= 5;
    }

    private static final Pattern TIME_OF_DAY = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

    /** Class words of a standfirst: the summary set above an article's text ("p-dek", "article__lead", "post-excerpt"). */
    private static final Pattern STANDFIRST = Pattern.compile("(?:^|[-_\\s])(?:dek|deck|standfirst|strapline|excerpt|subhead"
            + "|subheadline|subtitle|teaser|abstract|lead|sapo|chapo)(?:$|[-_\\s])");

    /**
     * A standfirst: the first paragraph, marked as one by its or its parent's class, repeating the page's meta
     * description, and set apart from the paragraphs that follow (another parent). It summarises the article rather
     * than being part of its text. Not a paragraph that goes on past a description cut short ("…"): that description
     * was cut from the article's first paragraph.
     */
    private static boolean isStandfirst(Segment s, String t, String summaryKey, boolean summaryCut,
                                        List<Segment> segments, int index, Set<Element> containers) {
        if (summaryKey.length() < 20 || t.length() > 2 * summaryKey.length() + 40) {
            return false;
        }
        String key = Text.squash(t);
        if (!(key.equals(summaryKey) || key.length() >= 40 && (key.startsWith(summaryKey) && !summaryCut
                || summaryKey.startsWith(key)))) {
            return false;
        }
        Element parent = s.block.parent();
        if (!STANDFIRST.matcher(PageFurniture.markers(s.block)).find() && (parent == null || !STANDFIRST.matcher(PageFurniture.markers(parent)).find())) {
            return false;
        }
        for (int j = index + 1; j < segments.size(); j++) {
            Segment next = segments.get(j);
            if (next.block != s.block && isInside(next.block, containers) && !next.normalized().isEmpty()) {
                return next.block.parent() != parent;
            }
        }
        return false;
    }

    /**
     * True when most of the paragraph's 4-word shingles were already emitted (a page that repeats its article, a
     * truncated copy of the lead); otherwise records its shingles.
     */
    static boolean isRepeat(String paragraph, LongSet seen) {
        return repeatState(paragraph, seen) == REPEAT;
    }

    /** A paragraph too short (under 5 shingles) to be judged a repeat; its shingles are recorded all the same. */
    static final int SHORT = 0;
    /** A paragraph mostly new. */
    static final int NEW = 1;
    /** A paragraph most of whose shingles were already emitted. */
    static final int REPEAT = 2;

    /**
     * Whether the paragraph is {@link #SHORT}, {@link #NEW} or a {@link #REPEAT} of the text in {@code seen}; records
     * its shingles unless it is a repeat.
     */
    static int repeatState(String paragraph, LongSet seen) {
        long[] words = wordHashes(paragraph);
        long[] shingles = new long[Math.max(0, words.length - 3)];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = ((words[i] * 0x9E3779B97F4A7C15L + words[i + 1]) * 0x9E3779B97F4A7C15L + words[i + 2])
                    * 0x9E3779B97F4A7C15L + words[i + 3];
        }
        if (shingles.length >= 5) {
            int known = 0;
            for (long shingle : shingles) {
                if (seen.contains(shingle)) {
                    known++;
                }
            }
            if (known >= REPEAT_SHARE * shingles.length) {
                return REPEAT;
            }
        }
        for (long shingle : shingles) {
            seen.add(shingle);
        }
        return shingles.length >= 5 ? NEW : SHORT;
    }

    /** A 64-bit hash of every word (run of letters and digits, lower-cased) of the text, in order. */
    private static long[] wordHashes(String text) {
        long[] out = new long[16];
        int n = 0;
        long hash = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Text.letterOrNumber(cp)) {
                hash = hash * 1_000_003L + (cp < 128 ? cp >= 'A' && cp <= 'Z' ? cp + 32 : cp : Character.toLowerCase(cp));
                inWord = true;
            } else if (inWord) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, n * 2);
                }
                out[n++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        if (inWord) {
            out = n == out.length ? java.util.Arrays.copyOf(out, n + 1) : out;
            out[n++] = hash;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A comma-separated list of short keywords written without spaces ("a,b c,d,e"): tag metadata, not prose. */
    static boolean isKeywordList(String t) {
        int commas = 0;
        for (int i = 0; i < t.length() && commas < 4; i++) {
            commas += t.charAt(i) == ',' ? 1 : 0;
        }
        if (commas < 4) {
            return false; // fewer than five items: not worth splitting (most lines have no comma or few)
        }
        String[] items = t.split(",");
        if (items.length < 5 || endsSentence(t) && !t.endsWith(",")) {
            return false;
        }
        int tight = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            if (t.charAt(i) == ',' && !Character.isWhitespace(t.charAt(i + 1))) {
                tight++;
            }
        }
        for (String item : items) {
            if (Text.wordCount(item) > 5) {
                return false;
            }
        }
        return tight * 2 >= items.length - 1;
    }

    /** Whether the element is one of the containers or inside one (an identity set: looked up per ancestor). */
    static boolean isInside(Element e, Set<Element> containers) {
        for (Element p = e; p != null; p = p.parent()) {
            if (containers.contains(p)) {
                return true;
            }
        }
        return false;
    }

    static boolean isInside(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    private static List<Segment> segments(Element root) {
        List<Segment> out = new ArrayList<>();
        Deque<Segment> open = new ArrayDeque<>();
        int[] linkDepth = {0};
        int[] preDepth = {0}; // inside <pre>, the source's line breaks are the text's (a code listing's lines)
        Map<Element, Boolean> rows = new IdentityHashMap<>();
        Deque<Element> cells = new ArrayDeque<>(); // the table cells and tables the traversal is in, innermost first
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    if (!open.isEmpty()) {
                        // source line breaks are spaces but in <pre>; elsewhere only <br> breaks a line
                        String text = tn.getWholeText().replace('\r', ' ');
                        text = preDepth[0] > 0 ? text : text.replace('\n', ' ');
                        open.peek().text.append(text);
                        if (linkDepth[0] > 0) {
                            open.peek().linkChars += Text.normalizedLength(text, false) + 1;
                        }
                    }
                } else if (node instanceof Element e) {
                    String tag = e.tagName();
                    if (isCell(e) || "table".equals(tag)) {
                        cells.push(e);
                    }
                    if ("pre".equals(tag)) {
                        preDepth[0]++;
                    }
                    if (isLink(e)) {
                        linkDepth[0]++;
                    } else if ("br".equals(tag)) {
                        if (!open.isEmpty()) {
                            open.peek().text.append('\n');
                        }
                    } else if (isCell(e) || !inline(e) && inShortRow(cells.peek(), rows)) {
                        if (!open.isEmpty()) {
                            open.peek().text.append(' ');
                        }
                    } else if (!inline(e)) {
                        flush(open, out);
                        open.push(new Segment(e));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.tagName();
                    if (isCell(e) || "table".equals(tag)) {
                        cells.pop();
                    }
                    if ("pre".equals(tag)) {
                        preDepth[0]--;
                    }
                    if (isLink(e)) {
                        linkDepth[0]--;
                    } else if (isCell(e) || !inline(e) && inShortRow(cells.peek(), rows)) {
                        if (!open.isEmpty()) {
                            open.peek().text.append(' ');
                        }
                    } else if (!inline(e) && !"br".equals(tag)) {
                        Segment s = open.pop();
                        if (!s.normalized().isEmpty()) {
                            out.add(s);
                        }
                    }
                }
            }
        }, root);
        return out;
    }

    /**
     * Whether an element runs on in the line of text around it: an inline tag, or a custom element (a web component,
     * "hl-trusted-source") set in a paragraph or in an inline element, which a browser shows inline too.
     */
    static boolean inline(Element e) {
        String tag = e.tagName();
        if (INLINE.contains(tag)) {
            return true;
        }
        Element parent = e.parent();
        return tag.indexOf('-') > 0 && parent != null && ("p".equals(parent.tagName()) || INLINE.contains(parent.tagName()));
    }

    /**
     * A link to another page or part of the page. An anchor without an address is a target in the page (old-style
     * {@code <a name>}, an empty {@code <a>} a page builder leaves around a heading), and a heading's permalink
     * ({@code <h3 id="x"><a href="#x">}) points at the text it sits in; their text is the article's own.
     */
    private static boolean isLink(Element e) {
        if (!"a".equals(e.tagName())) {
            return false;
        }
        String href = e.attr("href");
        return !href.isEmpty() && !(href.length() > 1 && href.charAt(0) == '#' && pointsAtItself(e, href.substring(1)));
    }

    /** Whether the element or one of its ancestors is the link target of that name: a permalink of its own text. */
    private static boolean pointsAtItself(Element link, String target) {
        if (target.equals(link.attr("name"))) {
            return true;
        }
        for (Element p = link; p != null; p = p.parent()) {
            if (target.equals(p.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table cell inside a row: its text joins the row's line ("1 Kyle Busch 5040"), so a data table comes out one
     * line per row; a cell outside a row (broken markup) is a block of its own.
     */
    private static boolean isCell(Element e) {
        String tag = e.tagName();
        return ("td".equals(tag) || "th".equals(tag)) && e.parent() != null && "tr".equals(e.parent().tagName());
    }

    /** Text length up to which a table row of several cells is a row of data rather than a page laid out in cells. */
    private static final int SHORT_ROW_CHARS = 200;

    /**
     * Whether a block in {@code cell} (the innermost table cell or table around it, or null) sits in a cell of a short
     * data row: office and page editors wrap each cell's text in its own paragraph or div ({@code <td><p>Alaska</p>
     * </td>}), which is still one row's line ("1 Alaska $14.55"). A long row is a page laid out in a table, whose cells
     * hold the article's paragraphs.
     */
    private static boolean inShortRow(Element cell, Map<Element, Boolean> rows) {
        if (cell == null || !isCell(cell)) {
            return false;
        }
        return rows.computeIfAbsent(cell.parent(), row -> row.children().size() >= 2
                && row.select("table").isEmpty() && row.text().length() <= SHORT_ROW_CHARS);
    }

    /** Closes the text run of the enclosing block before a nested block starts, keeping document order. */
    private static void flush(Deque<Segment> open, List<Segment> out) {
        Segment current = open.peek();
        if (current != null && !current.normalized().isEmpty()) {
            open.pop();
            out.add(current);
            open.push(new Segment(current.block));
        }
    }

    /**
     * An element's tag and class attribute, without the class words that only say where it stands among its siblings
     * ("panel-first-child", "last", "odd"): page builders and themes add them to blocks that are otherwise alike.
     */
    static String markup(Element e) {
        String cls = e.className();
        if (cls.contains("first") || cls.contains("last") || cls.contains("odd") || cls.contains("even")) {
            cls = SPACE_RUN.matcher(POSITION_WORD.matcher(cls).replaceAll("")).replaceAll(" ").strip();
        }
        return e.tagName() + '.' + cls;
    }

    /** A class word naming a position among siblings: "first", "last-child", "panel-first-child", "item-odd". */
    private static final Pattern POSITION_WORD = Pattern.compile(
            "(?<=^|\\s)(?:[\\w-]*[-_])?(?:first|last|odd|even)(?:[-_]child)?(?=\\s|$)");
}
