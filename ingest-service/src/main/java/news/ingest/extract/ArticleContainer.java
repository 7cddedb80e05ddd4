package news.ingest.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the element holding the article: every element is scored by the prose it contains minus the link-heavy and
 * short non-prose text it contains, and the best-scoring one is taken (the block holding it when that is a paragraph
 * alone); it is widened to an ancestor holding most of the page's prose, narrowed to the article element inside it
 * that holds most of its prose (or else the one holding the headline, when the page loads the next articles below
 * it), and joined by the sibling blocks of the same markup that continue it. When the whole page scores best, the
 * innermost element holding most of its prose and the headline is taken instead.
 */
final class ArticleContainer {

    /** Weight of a link line's text against the container that holds it (menus, link lists). */
    private static final double LINK_PENALTY = 2.0;

    /**
     * Weight of short non-link text (list items, table cells, labels) against the container that holds it: small,
     * since such lines are as often part of the article (product bullet lists, tables) as furniture, and furniture
     * is mostly links, which {@link #LINK_PENALTY} handles.
     */
    private static final double SHORT_PENALTY = 0.1;

    private ArticleContainer() {
    }

    /**
     * The article's container and the sibling blocks that continue it.
     *
     * @param segments the page's text segments
     * @param root     the page's body
     * @param title    the article title (to tell the article element holding the headline); may be null
     * @param pageSite the page's {@link HtmlBody#site site}; null when unknown
     */
    static Set<Element> find(List<TextSegment> segments, Element root, String title, String pageSite) {
        Set<TextSegment> outbound = outboundLines(segments, pageSite);
        // each segment's figures go to its block; the blocks and their ancestors are listed in document order of
        // first appearance, so that the first of equal scores wins on every run
        Map<Element, double[]> sums = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (TextSegment s : segments) {
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
            acc[4] += Text.isTruncated(s.normalized()) ? chars : 0;
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
        if ("p".equals(best.tagName()) && best.parent() != null && best.parent() != root) {
            // a paragraph is no container: the article is its one long paragraph and the short lines, lists and
            // links around it, which weighed its block below the paragraph alone
            best = best.parent();
        }
        Element chosen = narrowToArticle(widenToProse(best, root, sums), sums, title);
        return withContinuations(chosen == root ? narrowToProse(root, sums) : chosen, root, sums);
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
    private static Set<TextSegment> outboundLines(List<TextSegment> segments, String pageSite) {
        Set<TextSegment> out = Collections.newSetFromMap(new IdentityHashMap<>());
        if (pageSite == null) {
            return out;
        }
        Map<Element, List<TextSegment>> byParent = new IdentityHashMap<>();
        for (TextSegment s : segments) {
            if (s.block.parent() != null && isOutboundLine(s, pageSite)) {
                byParent.computeIfAbsent(s.block.parent(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<TextSegment> run : byParent.values()) {
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
    private static boolean isOutboundLine(TextSegment s, String pageSite) {
        String t = s.normalized();
        if (pageSite == null || !"p".equals(s.block.tagName()) || s.linkChars < OUTBOUND_LINK_SHARE * t.length()) {
            return false;
        }
        return HtmlBody.linksElsewhere(s.block, pageSite);
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

    /** Share of an element's prose one of its children must hold to stand for it when the page is no better. */
    private static final double DOMINANT_PROSE_SHARE = 0.7;

    /**
     * When the whole page scores best (little prose, or pieces of it in boxes far apart), the innermost element
     * holding most of its prose and the headline (the first h1 with text; a logo's h1 holds only a picture) instead:
     * a short article without a dialog's instructions or a footer's blurb elsewhere on the page.
     */
    private static Element narrowToProse(Element root, Map<Element, double[]> sums) {
        Set<Element> headlineAndAbove = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element h1 : root.getElementsByTag("h1")) {
            if (!h1.text().isBlank()) {
                headlineAndAbove.add(h1);
                headlineAndAbove.addAll(h1.parents());
                break;
            }
        }
        Element e = root;
        while (true) {
            double prose = prose(sums, e);
            Element inner = null;
            for (Element child : e.children()) {
                if (prose > 0 && prose(sums, child) >= DOMINANT_PROSE_SHARE * prose
                        && (headlineAndAbove.isEmpty() || headlineAndAbove.contains(child))) {
                    inner = child;
                    break;
                }
            }
            if (inner == null) {
                return e;
            }
            e = inner;
        }
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
        Set<Element> holding = Collections.newSetFromMap(new IdentityHashMap<>());
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
     * first widened to its outermost ancestor holding no other prose (a link or a label beside it may be); its
     * siblings of the same markup whose text is prose rather than links or excerpts cut short ("…", teasers for other
     * articles) follow it, in page order.
     */
    private static Set<Element> withContinuations(Element best, Element root, Map<Element, double[]> sums) {
        Element top = best;
        while (top != root && top.parent() != null && top.parent() != root
                && sums.get(top.parent())[0] == sums.get(top)[0]) {
            top = top.parent();
        }
        Element parent = top.parent();
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        out.add(best);
        if (top == root || parent == null || top.className().isBlank()) {
            return out;
        }
        String kind = ClassWords.markup(top);
        for (Element sibling : parent.children()) {
            double[] acc = sums.get(sibling);
            if (sibling != top && acc != null && ClassWords.markup(sibling).equals(kind) && containerScore(acc) > 0
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

    /**
     * A segment's worth to the blocks holding it: prose counts by its length (link-rich prose by its own words),
     * while teasers, link lines, headings and other short lines count against them.
     */
    private static double value(TextSegment s) {
        String t = s.normalized();
        int len = Text.weightedLength(t);
        if (len == 0) {
            return 0;
        }
        double linkDensity = Math.min(1.0, s.linkChars / (double) t.length());
        boolean sentence = Text.endsSentence(t);
        if (s.isTeaser()) {
            return -len;
        }
        if (linkDensity > 0.5 && TextSegment.isDataRow(s.block)) {
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
        if (s.isHeading()) {
            return -0.2 * len;
        }
        return -SHORT_PENALTY * len;
    }
}
