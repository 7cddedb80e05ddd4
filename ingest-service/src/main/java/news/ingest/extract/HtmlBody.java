package news.ingest.extract;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.longs.LongSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article text of a page.
 *
 * <ol>
 *   <li>Prune: scripts, form controls, hidden elements (not collapsed accordion panels or streamed-in parts),
 *       picture figures, and navigation, sidebars, share bars, related lists, comments, cookie banners (by tag and
 *       by class/id words), except the elements that enclose the page's main run of sibling paragraphs, which only
 *       lose comment sections, and the blocks marked up like those, which are not judged by their class words;
 *       code listings are kept whole.</li>
 *   <li>Cut the page into text segments, one per run of inline text inside a block element, with its link text.</li>
 *   <li>Score every element by the prose it contains minus the link-heavy and short non-prose text it contains,
 *       and take the best-scoring element as the article container; narrow it to the article element inside it
 *       that holds most of its prose, and add the sibling blocks of the same markup that continue it.</li>
 *   <li>Emit the container's segments, dropping link lists, teasers, share/advert/credit lines, bylines,
 *       datelines, the title and a standfirst that repeats the meta description.</li>
 * </ol>
 */
final class HtmlBody {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
            "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "big", "tt", "strike", "del",
            "ins", "label", "nobr", "img", "br", "acronym", "picture", "source");
    private static final Set<String> DROP = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
            "select", "textarea", "option", "link", "meta", "dialog", "map", "audio", "video", "head", "math");
    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header", "menu", "form");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /**
     * Class/id words that mark furniture whatever the element holds. "widget" counts only as a name's head word
     * ("widget", "widget_text", "widget-area": sidebar widgets); inside a longer name ("elementor-widget-text-editor",
     * "ck-widget") it names a page builder's building block, which holds the article as often as furniture.
     */
    private static final Pattern STRONG_NOISE = Pattern.compile("^widgets?(?:$|[-_])|(?:^|[-_])(?:comments?|commentlist|comment-list|disqus|respond"
            + "|cookies?|cookie-banner|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|related|share|shares|sharing"
            + "|sharer|social|socials|social-links|sidebar|advert|advertisement|advertising|ads?|adslot|ad-slot|dfp|taboola"
            + "|outbrain|recommended|recommendations|recirc|popular|trending|most-read|mostread|more-stories|read-more|readmore|cta"
            + "|read-next|next-article|prev-next|paywall|promo|promos|sponsored|breadcrumbs?|pagination|pager|skip-link|sr-only"
            + "|screen-reader-text|visually-hidden|visuallyhidden|modal|popup|overlay|toolbar|tags|tag-list|taglist|post-tags"
            + "|entry-tags|author-bio|author-box|authorbox|about-author|author-info|byline|bylines|share-bar"
            + "|navbar|nav|navigation|menu|footer|site-footer|masthead|site-header|topbar|hidden|d-none|jump-links|toc"
            + "|table-of-contents|newsletter-signup|inline-newsletter|subscribe-box|print|login|rating|reactions|follow)(?:$|[-_])");
    private static final Pattern WEAK_NOISE = Pattern.compile("(?:^|[-_])(?:header|meta|entry-meta|post-meta|article-meta"
            + "|caption|credit|credits|author|date|dateline|timestamp|info|extra|links|related-links|aside|banner"
            + "|photo-credit|disclaimer|tools|actions|utility|kicker|eyebrow|category|categories|badge|label)(?:$|[-_])");
    private static final Pattern LAYOUT_TOKEN = Pattern.compile("^(?:has|with|without|no|and|w|is|show|hide-on)[-_]");
    private static final Pattern COMMENTS = Pattern.compile("^(?:comments?|commentlist|comment-list|comments-area|comments-section|disqus_thread|respond|replies|discussion)$|^(?:comments?|user-comments)[-_]");
    private static final Pattern META_VALUE = Pattern.compile("(?i)https?://\\S+|\\d{4}-\\d{2}-\\d{2}T[\\d:.+\\-Z]+|\\d+(?:px)?");
    private static final Set<String> META_ITEMPROPS = Set.of("keywords", "datepublished", "datecreated", "datemodified",
            "mainentityofpage", "publisher", "logo", "url", "width", "height", "image", "thumbnailurl", "headline",
            "author", "name", "articlesection", "wordcount", "inlanguage");
    private static final Pattern CREDIT_LINE = Pattern.compile("(?i)©|\\(c\\) ?\\d{4}|all rights reserved|copyright \\d{4}"
            + "|getty images$|shutterstock$|^(?:photo|image|picture|video)(?: credit)?s?\\s*(?:by|:)|/ ?(?:reuters|afp|ap|getty)$");
    private static final Pattern CONTENT_WORD = Pattern.compile("(?:^|[-_])(?:content|article|entry|story|body|text|post)(?:$|[-_])");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile("(?i)^(?:share|share this|share this article|share on \\w+"
            + "|advertisement|advertisment|ad|sponsored|sponsored content|read more|related|related articles|related posts"
            + "|related stories|tags?\\s*:.*|filed under.*|topics?\\s*:.*|categor(?:y|ies)\\s*:.*|click here.*|subscribe.*"
            + "|sign up.*|follow us.*|photo\\s*:.*|image\\s*:.*|credit\\s*:.*|source\\s*:.*|getty images|loading\\W*|continue reading.*"
            + "|skip to.*|you may also like.*|more from .*|print|email|comments?|leave a comment|\\d+ comments?|top of page"
            + "|back to top|previous|next|previous article|next article|published|updated|posted in.*|listen to (?:this )?article.*"
            + "|advert|this slideshow requires javascript\\.?|tell us what you think.*|\\d+ min(?:ute)?s? read|min read|reading time.*|advertisement - continue reading below|story continues below.*|(?:image|photo|picture|slide|video) \\d+ (?:of|/) \\d+)$");

    private static final double LINK_PENALTY = 2.0;
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    /**
     * Weight of short non-link text (list items, table cells, labels) against the container that holds it: small,
     * since such lines are as often part of the article (product bullet lists, tables) as furniture, and furniture
     * is mostly links, which {@link #LINK_PENALTY} handles.
     */
    private static final double SHORT_PENALTY = 0.1;
    /** Share of a paragraph's 4-word shingles already emitted above which it is a repeat (teaser, print copy). */
    private static final double REPEAT_SHARE = 0.8;
    /** Pop-ups shown on hover (person cards, glossary tips) that live inside a paragraph's markup. */
    private static final Pattern HOVER_CARD = Pattern.compile("(?:^|[-_])(?:rollover|hovercard|hover-card|tooltip|tooltips"
            + "|popover|tippy|infobox-popup)(?:$|[-_])");
    /** Page-footer and sidebar containers: their text never counts as the page's main run of prose. */
    private static final Pattern FOOTERISH = Pattern.compile("^(?:footer|site-footer|page-footer|global-footer|copyright|colophon)(?:$|[-_])");
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
     */
    static List<String> extract(Document doc, String title, String description) {
        Element root = doc.body();
        if (root == null) {
            return List.of();
        }
        prune(root);
        List<Segment> segments = segments(root);
        // each segment's figures go to its block; the blocks and their ancestors are listed in document order of
        // first appearance, so that the first of equal scores wins on every run
        Map<Element, double[]> sums = new IdentityHashMap<>();
        List<Element> order = new ArrayList<>();
        for (Segment s : segments) {
            for (Element e = s.block; e != null && !sums.containsKey(e); e = e == root ? null : e.parent()) {
                sums.put(e, new double[5]);
                order.add(e);
            }
            double v = value(s);
            int chars = s.normalized().length();
            double[] acc = sums.get(s.block);
            acc[v > 0 ? 0 : 1] += Math.abs(v);
            acc[2] += chars;
            acc[3] += Math.min(chars, s.linkChars);
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
        return emit(segments, withContinuations(narrowToArticle(best, sums), root, sums), title, description);
    }

    /** Share of the container's prose an article element inside it must hold to be the container instead. */
    private static final double ARTICLE_SHARE = 0.6;

    /**
     * The article element inside the container that holds most of its prose, when one does: what the page itself
     * marks as the article, without the related posts, author notes and sign-up forms beside it.
     */
    private static Element narrowToArticle(Element best, Map<Element, double[]> sums) {
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
        return most >= ARTICLE_SHARE * all[0] ? narrowed : best;
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

    /** A headline link followed by a truncated excerpt: a teaser for another article. */
    private static boolean isTeaser(String t, double linkDensity) {
        return linkDensity >= 0.15 && isTruncated(t);
    }

    private static final Pattern TRUNCATION = Pattern.compile("(?:\\.\\.\\.|…|\\[…]|\\[\\.\\.\\.])\\W{0,3}$");

    /** Text cut short with "...", "…" or "[…]": an excerpt of a text shown elsewhere. */
    private static boolean isTruncated(String t) {
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

    private static List<String> emit(List<Segment> segments, Set<Element> containers, String title, String description) {
        List<String> out = new ArrayList<>();
        String titleKey = title == null ? null : squash(title);
        String summaryKey = description == null ? "" : squash(description);
        boolean started = false;
        int headingsAtEnd = 0;
        int lastProse = lastProse(segments, containers); // after it, only short pieces: teasers, titles, dates
        LongOpenHashSet seen = new LongOpenHashSet();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            if (!isInside(s.block, containers)) {
                continue;
            }
            String t = s.normalized();
            if (t.isEmpty()) {
                continue;
            }
            if (started && t.length() <= 60 && i > lastProse && RELATED_HEADING.matcher(t).matches()) {
                break; // "Recent posts:" and a list of other posts to the container's end
            }
            double linkDensity = s.linkChars / (double) t.length();
            if (isTeaser(t, linkDensity) || META_VALUE.matcher(t).matches()) {
                continue;
            }
            if (linkDensity > 0.5 && (t.length() * (1 - linkDensity) < 80 || !endsSentence(t))) {
                continue;
            }
            if (t.length() < 100 && BOILERPLATE_LINE.matcher(t.replaceAll("[\\s:|•·>»]+$", "")).matches()) {
                continue;
            }
            if (t.length() < 250 && (CREDIT_LINE.matcher(t).find())) {
                continue;
            }
            if (titleKey != null && t.length() >= titleKey.length() && t.length() <= 2 * titleKey.length() + 40
                    && squash(t).equals(titleKey)) {
                continue;
            }
            if (t.length() < 70 && STAMP_LINE.matcher(t).matches() || isKeywordList(t)
                    || t.length() < 160 && PROMPT_LINE.matcher(t).find()) {
                continue;
            }
            if (!started && t.length() < 80 && (t.matches("(?i)^by\\s+.*") || Dates.find(t) != null && t.length() < 50)) {
                continue;
            }
            if (!started && isStandfirst(s, t, summaryKey, segments, i, containers)) {
                continue;
            }
            started = true;
            for (String para : s.text.toString().split("\\n\\s*\\n")) {
                String p = Text.normalize(para);
                if (!p.isEmpty() && !isRepeat(p, seen)) {
                    out.add(p);
                    headingsAtEnd = HEADINGS.contains(s.block.tagName()) ? headingsAtEnd + 1 : 0;
                }
            }
        }
        // a heading with no text under it ends the article's part of the container ("You might also like")
        return out.subList(0, out.size() - headingsAtEnd);
    }

    /** The heading of a list of other articles: "Related posts", "You may also like", "Leia também", ... */
    private static final Pattern RELATED_HEADING = Pattern.compile("(?i)(?:(?:recent|related|more|popular|trending|latest"
            + "|similar|recommended|other|further) (?:posts|articles|stories|news|reads|reading|from [\\p{L}\\p{N} .&'’-]+)"
            + "|you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more|also)|see also|keep reading"
            + "|more to (?:read|explore)|você (?:pode|também pode) gostar|leia também|veja também|te puede interesar"
            + "|noticias relacionadas|(?:à|a) lire aussi|sur le même sujet|das könnte sie auch interessieren|mehr zum thema"
            + "|potrebbe interessarti|leggi anche|читайте также|похожие (?:статьи|новости))\\W{0,4}");
    /** Text at least this long after such a heading is more of the article, not another list's item. */
    private static final int TEASER_MAX_CHARS = 300;

    /** The index of the containers' last segment long enough to be prose rather than a teaser; -1 when none is. */
    private static int lastProse(List<Segment> segments, Set<Element> containers) {
        for (int j = segments.size() - 1; j >= 0; j--) {
            Segment s = segments.get(j);
            if (s.normalized().length() >= TEASER_MAX_CHARS && isInside(s.block, containers)) {
                return j;
            }
        }
        return -1;
    }

    /** Class words of a standfirst: the summary set above an article's text ("p-dek", "article__lead", "post-excerpt"). */
    private static final Pattern STANDFIRST = Pattern.compile("(?:^|[-_\\s])(?:dek|deck|standfirst|strapline|excerpt|subhead"
            + "|subheadline|subtitle|teaser|abstract|lead|sapo|chapo)(?:$|[-_\\s])");

    /**
     * A standfirst: the first paragraph, marked as one by its or its parent's class, repeating the page's meta
     * description, and set apart from the paragraphs that follow (another parent). It summarises the article rather
     * than being part of its text.
     */
    private static boolean isStandfirst(Segment s, String t, String summaryKey, List<Segment> segments, int index,
                                        Set<Element> containers) {
        if (summaryKey.length() < 20 || t.length() > 2 * summaryKey.length() + 40) {
            return false;
        }
        String key = squash(t);
        if (!(key.equals(summaryKey) || key.length() >= 40 && (key.startsWith(summaryKey) || summaryKey.startsWith(key)))) {
            return false;
        }
        Element parent = s.block.parent();
        if (!STANDFIRST.matcher(markers(s.block)).find() && (parent == null || !STANDFIRST.matcher(markers(parent)).find())) {
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
                return true;
            }
        }
        for (long shingle : shingles) {
            seen.add(shingle);
        }
        return false;
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
            if (letterOrNumber(cp)) {
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
    private static boolean isInside(Element e, Set<Element> containers) {
        for (Element p = e; p != null; p = p.parent()) {
            if (containers.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isInside(Element e, Element container) {
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
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    if (!open.isEmpty()) {
                        // source line breaks are spaces; only <br> breaks a line
                        String text = tn.getWholeText().replace('\r', ' ').replace('\n', ' ');
                        open.peek().text.append(text);
                        if (linkDepth[0] > 0) {
                            open.peek().linkChars += Text.normalizedLength(text, false) + 1;
                        }
                    }
                } else if (node instanceof Element e) {
                    String tag = e.tagName();
                    if ("a".equals(tag)) {
                        linkDepth[0]++;
                    } else if ("br".equals(tag)) {
                        if (!open.isEmpty()) {
                            open.peek().text.append('\n');
                        }
                    } else if (isCell(e)) {
                        if (!open.isEmpty()) {
                            open.peek().text.append(' ');
                        }
                    } else if (!INLINE.contains(tag)) {
                        flush(open, out);
                        open.push(new Segment(e));
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.tagName();
                    if ("a".equals(tag)) {
                        linkDepth[0]--;
                    } else if (isCell(e)) {
                        if (!open.isEmpty()) {
                            open.peek().text.append(' ');
                        }
                    } else if (!INLINE.contains(tag) && !"br".equals(tag)) {
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
     * A table cell inside a row: its text joins the row's line ("1 Kyle Busch 5040"), so a data table comes out one
     * line per row; a cell outside a row (broken markup) is a block of its own.
     */
    private static boolean isCell(Element e) {
        String tag = e.tagName();
        return ("td".equals(tag) || "th".equals(tag)) && e.parent() != null && "tr".equals(e.parent().tagName());
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

    private static void prune(Element root) {
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Comment) {
                    return FilterResult.REMOVE;
                }
                if (node instanceof Element e && DROP.contains(e.tagName())) {
                    return FilterResult.REMOVE;
                }
                return FilterResult.CONTINUE;
            }
        });
        Element[] mainContainer = {null};
        List<ProseNode> proseNodes = proseNodes(root);
        Markers markers = new Markers();
        Map<Element, Boolean> cardLike = new IdentityHashMap<>();
        Map<Element, Map<String, CardGroup>> cardGroups = new IdentityHashMap<>();
        Set<Element> mainProse = mainProsePath(root, proseNodes, markers, mainContainer);
        Map<Element, Integer> prose = proseChars(root, proseNodes);
        // the markup of the blocks holding the main run of prose, by parent: their siblings alike, and what those
        // hold marked up alike, are more of the article whatever their class names say (page builders wrap each part
        // of an article in a "WidgetWrapper" or a "so-panel widget")
        Map<Element, Set<String>> articleMarkup = new IdentityHashMap<>();
        Set<String> pathMarkup = new java.util.HashSet<>();
        for (Element e : mainProse) {
            if (!e.className().isBlank() && e.parent() != null) {
                articleMarkup.computeIfAbsent(e.parent(), k -> new java.util.HashSet<>()).add(markup(e));
                pathMarkup.add(markup(e));
            }
        }
        Set<Element> likeArticle = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Integer> excerpts = proseChars(root, proseNodes, true);
        String pagePost = pagePostId(root);
        int total = Math.max(1, prose.getOrDefault(root, 0));
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                double share = prose.getOrDefault(e, 0) / (double) total;
                if (mainProse.contains(e.parent()) && holdsEmbeddedPost(e)) {
                    return FilterResult.SKIP_ENTIRELY; // a post quoted among the article's paragraphs is part of it
                }
                Set<String> besidePath = articleMarkup.get(e.parent());
                boolean like = !mainProse.contains(e) && !e.className().isBlank()
                        && (besidePath != null && besidePath.contains(markup(e))
                            && excerpts.getOrDefault(e, 0) * 2 <= prose.getOrDefault(e, 0) // not a list of teasers
                            || likeArticle.contains(e.parent()) && pathMarkup.contains(markup(e)));
                if (like) {
                    likeArticle.add(e);
                }
                boolean noise = mainProse.contains(e) ? isCommentSection(e, markers) : isNoise(e, share, markers, like)
                        || pagePost != null && isOtherPost(e, pagePost)
                        || !isInside(e, mainContainer[0]) && isTeaserCard(e, cardLike, cardGroups);
                cardLike.remove(e); // its subtree is pruned next
                if (noise) {
                    return FilterResult.REMOVE;
                }
                // a code listing's markup is syntax colouring ("hljs-comment", "token tag"), not page furniture
                return "pre".equals(e.tagName()) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        });
    }

    /** A run of prose: a text node of 50 or more (weighted) characters that is not a link's text. */
    private record ProseNode(TextNode node, int length) {
    }

    /** The page's prose text nodes in document order, in one pass. */
    private static List<ProseNode> proseNodes(Element root) {
        List<ProseNode> out = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode tn && tn.parentNode() instanceof Element parent && !"a".equals(parent.tagName())) {
                int len = Text.normalizedLength(tn.getWholeText(), true);
                if (len >= 50) {
                    out.add(new ProseNode(tn, len));
                }
            }
        }, root);
        return out;
    }

    /**
     * The elements on the paths from the page's main run of prose to the root: the prose text nodes are grouped by
     * the parent of their block (sibling paragraphs share it), and the group with the most text wins. These
     * elements are never pruned, whatever their class names say.
     */
    private static Set<Element> mainProsePath(Element root, List<ProseNode> proseNodes, Markers markers,
                                              Element[] container) {
        Map<Element, Integer> groupChars = new IdentityHashMap<>();
        Map<Element, List<TextNode>> groupNodes = new IdentityHashMap<>();
        Map<Element, Boolean> footers = new IdentityHashMap<>();
        Map<Element, Boolean> hidden = new IdentityHashMap<>();
        // prose in hidden elements (a raw copy kept for scripts) is the main run only on a page with no other prose
        for (boolean withHidden : new boolean[] {false, true}) {
            for (ProseNode prose : proseNodes) {
                Element block = (Element) prose.node().parent();
                while (INLINE.contains(block.tagName()) && block.parent() != null) {
                    block = block.parent();
                }
                if (inFooter(block, markers, footers) || !withHidden && inHidden(block, hidden)) {
                    continue;
                }
                Element key = block.parent() == null ? block : block.parent();
                groupChars.merge(key, prose.length(), Integer::sum);
                groupNodes.computeIfAbsent(key, k -> new ArrayList<>()).add(prose.node());
            }
            if (!groupChars.isEmpty()) {
                break;
            }
        }
        Set<Element> path = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        groupChars.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(best -> {
            container[0] = best.getKey();
            for (TextNode tn : groupNodes.get(best.getKey())) {
                for (Element e = (Element) tn.parent(); e != null && path.add(e); e = e.parent()) {
                    if (e == root) {
                        break;
                    }
                }
            }
        });
        return path;
    }

    /** True when the element or one of its ancestors is hidden. */
    private static boolean inHidden(Element e, Map<Element, Boolean> known) {
        Boolean k = known.get(e);
        if (k == null) {
            k = isHidden(e) || e.parent() != null && inHidden(e.parent(), known);
            known.put(e, k);
        }
        return k;
    }

    /** True when the element sits in a page footer, sidebar or navigation, below any article or main element. */
    private static boolean inFooter(Element e, Markers markers, Map<Element, Boolean> known) {
        Boolean k = known.get(e);
        if (k != null) {
            return k;
        }
        String tag = e.tagName();
        boolean footer;
        if ("footer".equals(tag) || "aside".equals(tag) || "nav".equals(tag)) {
            footer = true;
        } else if ("article".equals(tag) || "main".equals(tag) || "body".equals(tag)) {
            footer = false;
        } else {
            footer = markers.any(e, Markers.FOOTERISH) || e.parent() != null && inFooter(e.parent(), markers, known);
        }
        known.put(e, footer);
        return footer;
    }

    /**
     * One of three or more sibling cards of the same markup (tag and class), each a link with a picture or a title
     * and a short blurb: a list of teasers for other articles ("Most popular", "More from ..."). Only removed outside
     * the element holding the page's main run of paragraphs, where such cards are the article (a listicle).
     * {@code cardLike} keeps the siblings' card-likeness; an entry holds while the element's subtree is unchanged,
     * so the caller drops an element's entry before pruning inside it. {@code groups} keeps each parent's children
     * by markup, grouped once; a group of more than {@link #CARD_GROUP_LIMIT} (a page of thousands of like blocks)
     * is judged once, as it was before pruning, so that the check stays linear in the page's size.
     */
    private static boolean isTeaserCard(Element e, Map<Element, Boolean> cardLike,
                                        Map<Element, Map<String, CardGroup>> groups) {
        Element parent = e.parent();
        if (e.className().isEmpty() || parent == null) {
            return false;
        }
        CardGroup group = groups.computeIfAbsent(parent, p -> {
            Map<String, CardGroup> byMarkup = new HashMap<>();
            for (Element child : p.children()) {
                byMarkup.computeIfAbsent(markup(child), k -> new CardGroup()).members.add(child);
            }
            return byMarkup;
        }).get(markup(e));
        if (group.members.size() < 3 || !cardLike.computeIfAbsent(e, HtmlBody::isCardLike)) {
            return false;
        }
        if (group.members.size() > CARD_GROUP_LIMIT) {
            if (group.cards == null) {
                group.cards = group.members.stream().filter(HtmlBody::isCardLike).limit(3).count() >= 3;
            }
            return group.cards;
        }
        int same = 0;
        int cards = 0;
        for (Element sibling : group.members) {
            if (sibling.parent() == parent) { // siblings pruned already are gone
                same++;
                cards += cardLike.computeIfAbsent(sibling, HtmlBody::isCardLike) ? 1 : 0;
            }
        }
        return same >= 3 && cards >= 3;
    }

    /** Siblings of one markup beyond which they are judged as a group, once: a list that long is no teaser list. */
    private static final int CARD_GROUP_LIMIT = 100;

    /** A parent's children of one markup, and (for a large group) whether three or more of them are cards. */
    private static final class CardGroup {
        final List<Element> members = new ArrayList<>();
        Boolean cards;
    }

    private static boolean isCardLike(Element e) {
        Element link = e.selectFirst("a[href]");
        if (link == null || e.selectFirst("img, picture, h2, h3, h4, [class*=title], [class*=headline]") == null) {
            return false;
        }
        String text = Text.normalize(e.text());
        return text.length() < 300 && !text.isEmpty();
    }

    /** The class of a social network's embedded post: the quoted post is in a blockquote until its script runs. */
    private static final Pattern EMBEDDED_POST = Pattern.compile("(?:^|\\s)(?:twitter-tweet|instagram-media|tiktok-embed"
            + "|bluesky-embed|mastodon-embed|reddit-embed-bq|threads-embed)(?:$|\\s)");

    /**
     * An embedded social-media post (a tweet, an Instagram or TikTok post) or a wrapper around just one: journalists
     * quote posts this way, and its wrapper's class ("social-media-embed") must not make it page furniture.
     */
    private static boolean holdsEmbeddedPost(Element e) {
        for (Element x = e; x != null; x = x.childrenSize() == 1 ? x.child(0) : null) {
            if ("blockquote".equals(x.tagName()) && EMBEDDED_POST.matcher(x.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A figure that holds text rather than a picture: a table (block editors wrap every table in a figure) or a
     * quotation (pull quotes, embedded posts). Readers see it as part of the article.
     */
    private static boolean holdsText(Element figure) {
        return figure.selectFirst("table, blockquote") != null;
    }

    private static boolean isCommentSection(Element e, Markers markers) {
        if ("article".equals(e.tagName()) || "main".equals(e.tagName())) {
            return false;
        }
        return markers.any(e, Markers.COMMENTS);
    }

    /** A blog post's id in its class names: "post-1806" on the post's element, "postid-1806" on the page's body. */
    private static final Pattern POST_ID = Pattern.compile("(?:^|\\s)post-(\\d+)(?:\\s|$)");
    private static final Pattern PAGE_POST_ID = Pattern.compile("(?:^|\\s)postid-(\\d+)(?:\\s|$)");

    /** The id of the post a (WordPress) page shows, from its body's class names; null when it names none. */
    private static String pagePostId(Element body) {
        Matcher m = PAGE_POST_ID.matcher(body.className());
        return m.find() ? m.group(1) : null;
    }

    /** Whether the element is another post than the page's: a teaser in a list of related or recent posts. */
    private static boolean isOtherPost(Element e, String pagePost) {
        String cls = e.className();
        if (cls.indexOf("post-") < 0) {
            return false;
        }
        Matcher m = POST_ID.matcher(cls);
        return m.find() && !m.group(1).equals(pagePost);
    }

    /** An element's tag and class attribute. */
    private static String markup(Element e) {
        return e.tagName() + '.' + e.className();
    }

    /**
     * Whether the element is page furniture: hidden, structural (nav, aside, ...), or so named by its class words;
     * the class words are not read when {@code likeArticle} (the element is marked up like the article's blocks).
     */
    private static boolean isNoise(Element e, double share, Markers markers, boolean likeArticle) {
        String tag = e.tagName();
        if (META_ITEMPROPS.contains(e.attr("itemprop").toLowerCase(Locale.ROOT)) && share == 0) {
            return true;
        }
        if (isHidden(e) || STRUCTURAL.contains(tag) || "figcaption".equals(tag)
                || "figure".equals(tag) && !holdsText(e)) {
            return true;
        }
        if ("article".equals(tag) || "main".equals(tag) || likeArticle) {
            return false;
        }
        for (String token : markers.tokens(e)) {
            int kinds = markers.kinds(token);
            if ((kinds & Markers.LAYOUT) != 0) {
                continue;
            }
            if ((kinds & Markers.HOVER_CARD) != 0 && share == 0 && e.previousElementSibling() != null) {
                // the card follows the link that opens it; the link (a person's name) stays in the sentence
                return true;
            }
            if ((kinds & Markers.STRONG_NOISE) != 0 && !((kinds & Markers.CONTENT) != 0 && share >= 0.2)) {
                return true;
            }
            if ((kinds & Markers.WEAK_NOISE) != 0 && share < 0.1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the elements' class, id, role and data-component attributes, kept for the page (pages repeat the
     * same few class names on thousands of elements), and what each word says (noise, layout, content, ...), kept
     * across pages up to {@link #KNOWN_WORDS} words (sites share most of their class names).
     */
    private static final class Markers {
        static final int LAYOUT = 1;
        static final int HOVER_CARD = 2;
        static final int STRONG_NOISE = 4;
        static final int CONTENT = 8;
        static final int WEAK_NOISE = 16;
        static final int COMMENTS = 32;
        static final int FOOTERISH = 64;
        private static final String[] NONE = {};

        private final Map<Element, String[]> tokens = new IdentityHashMap<>();
        private static final int KNOWN_WORDS = 50_000;
        private static final Map<String, Integer> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

        String[] tokens(Element e) {
            return tokens.computeIfAbsent(e, k -> {
                String m = markers(k);
                return m.isEmpty() ? NONE : SPACE_RUN.split(m);
            });
        }

        int kinds(String token) {
            Integer known = KINDS.get(token);
            if (known != null) {
                return known;
            }
            if (KINDS.size() >= KNOWN_WORDS) {
                KINDS.clear(); // made-up class names must not grow the memory without end
            }
            String name = withoutHiddenProperty(token);
            int kinds = token.isEmpty() ? 0
                    : (LAYOUT_TOKEN.matcher(token).find() ? LAYOUT : 0)
                    | (HtmlBody.HOVER_CARD.matcher(name).find() ? HOVER_CARD : 0)
                    | (HtmlBody.STRONG_NOISE.matcher(name).find() ? STRONG_NOISE : 0)
                    | (CONTENT_WORD.matcher(name).find() ? CONTENT : 0)
                    | (HtmlBody.WEAK_NOISE.matcher(name).find() ? WEAK_NOISE : 0)
                    | (HtmlBody.COMMENTS.matcher(name).find() ? COMMENTS : 0)
                    | (HtmlBody.FOOTERISH.matcher(name).find() ? FOOTERISH : 0);
            KINDS.put(token, kinds);
            return kinds;
        }

        /**
         * The name without a last word "hidden" that says a property or part of the element is hidden rather than the
         * element, and without that property's word: "field--label-hidden" is a field (its label is hidden), not a
         * label; "overflow-hidden" and "lazy-hidden" say nothing of the element. A hiding at some screen widths
         * ("elementor-hidden-mobile", "desktop-hidden", "hidden-xs") stays: sidebars and furniture are what pages hide
         * on small screens, never the article.
         */
        static String withoutHiddenProperty(String token) {
            if (!token.endsWith("hidden") || token.length() < 8) {
                return token;
            }
            char sep = token.charAt(token.length() - 7);
            if (sep != '-' && sep != '_') {
                return token;
            }
            String head = token.substring(0, token.length() - 7);
            int cut = Math.max(head.lastIndexOf('-'), head.lastIndexOf('_'));
            String before = head.substring(cut + 1);
            return before.isEmpty() || SCREEN_WORDS.contains(before) ? token : head.substring(0, Math.max(0, cut));
        }

        private static final Set<String> SCREEN_WORDS = Set.of("xs", "sm", "md", "lg", "xl", "xxl", "mobile", "phone",
                "tablet", "desktop", "laptop", "small", "medium", "large", "visually");

        /** True when one of the element's words is of the kind. */
        boolean any(Element e, int kind) {
            for (String token : tokens(e)) {
                if ((kinds(token) & kind) != 0) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The element's class, id, role and data-component in lower case, camelCase and BEM names ("PromoSmall-title",
     * "relatedArticles") split into word-separated tokens; empty when it has none.
     */
    private static String markers(Element e) {
        String m = (e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("data-component")).strip();
        if (m.isEmpty()) {
            return m;
        }
        StringBuilder out = new StringBuilder(m.length() + 8);
        for (int i = 0; i < m.length(); i++) {
            char c = m.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(m.charAt(i - 1))) {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** React's streamed-in parts of a page ("S:0"): hidden until its script moves them into place. */
    private static final Pattern STREAMED_PART = Pattern.compile("S:\\d+");

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") && !shownLater(e) || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return style.contains("display:none") || style.contains("visibility:hidden");
    }

    /**
     * Whether a hidden element is text the reader gets to see: a collapsed panel of an accordion (a region labelled
     * by its button, or {@code hidden="until-found"}) or a part of the page streamed in by React.
     */
    private static boolean shownLater(Element e) {
        return "until-found".equals(e.attr("hidden")) || "region".equals(e.attr("role")) || e.hasAttr("aria-labelledby")
                || STREAMED_PART.matcher(e.id()).matches();
    }

    /** Characters of prose under every element. */
    private static Map<Element, Integer> proseChars(Element root, List<ProseNode> proseNodes) {
        return proseChars(root, proseNodes, false);
    }

    /** Characters of prose under every element, or of only the prose cut short ("…": excerpts of other texts). */
    private static Map<Element, Integer> proseChars(Element root, List<ProseNode> proseNodes, boolean truncatedOnly) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        for (ProseNode prose : proseNodes) {
            if (truncatedOnly && !isTruncated(prose.node().getWholeText().strip())) {
                continue;
            }
            for (Node p = prose.node().parent(); p instanceof Element e; p = p.parent()) {
                out.merge(e, prose.length(), Integer::sum);
                if (e == root) {
                    break;
                }
            }
        }
        return out;
    }

    /** {@code \p{L}} or {@code \p{N}}: a letter, or a digit, letter-like or other number character. */
    private static boolean letterOrNumber(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static String squash(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(HtmlBody::letterOrNumber).forEach(out::appendCodePoint);
        return out.toString();
    }
}
