package news.ingest.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes a page's furniture before its article is looked for: scripts, form controls, contact details ({@code
 * <address>}: a byline's or a postal address, read for the authors before), hidden elements (not
 * collapsed accordion panels or streamed-in parts), picture figures, and navigation, sidebars, share bars, related
 * lists, teaser cards, other posts, comments, "contact us" boxes and cookie banners (by tag and by class/id words),
 * the small blocks around a text field (a sign-up box, a video player's search and description) by what they hold,
 * except the elements that enclose the page's main run of sibling paragraphs, which only lose comment sections, and
 * the blocks marked up like those, which are not judged by their class words; code listings are kept whole.
 */
final class PageFurniture {

    private static final Set<String> DROP = Set.of(
            "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
            "select", "textarea", "option", "link", "meta", "dialog", "map", "audio", "video", "head", "math", "address");
    private static final Set<String> STRUCTURAL = Set.of("nav", "aside", "footer", "header", "menu", "form");
    private static final Set<String> META_ITEMPROPS = Set.of("keywords", "datepublished", "datecreated", "datemodified",
            "mainentityofpage", "publisher", "logo", "url", "width", "height", "image", "thumbnailurl", "headline",
            "author", "name", "articlesection", "wordcount", "inlanguage");

    /** Queries asked of many elements, parsed once (simple selectors: their evaluators keep no state). */
    private static final Evaluator FURNITURE_BLOCK = QueryParser.parse("header, nav, aside, footer, menu, form");
    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator CARD_TITLE = QueryParser.parse("img, picture, h2, h3, h4, [class*=title], [class*=headline]");

    private PageFurniture() {
    }

    /** Removes the furniture under {@code root} (the page's body), in place. */
    static void prune(Element root) {
        Set<Element> withEntryField = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> dropped = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof org.jsoup.nodes.Comment) {
                    dropped.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && DROP.contains(e.tagName())) {
                    // the blocks around a text field (up to those already marked for another field) hold one
                    Element around = isEntryField(e) ? e.parent() : null;
                    while (around != null && around != root && withEntryField.add(around)) {
                        around = around.parent();
                    }
                    dropped.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        });
        removeAll(dropped);
        Element[] mainContainer = {null};
        List<ProseNode> proseNodes = proseNodes(root);
        ClassWords markers = new ClassWords();
        Map<Element, Boolean> cardLike = new IdentityHashMap<>();
        Map<Element, Map<String, CardGroup>> cardGroups = new IdentityHashMap<>();
        List<Element> inOrder = PageElements.inOrder(root);
        Map<Element, Integer> prose = proseChars(inOrder, proseNodes, false);
        int total = Math.max(1, prose.getOrDefault(root, 0));
        Set<Element> mainProse = mainProsePath(root, proseNodes, markers, prose, total, mainContainer);
        Sentences sentences = new Sentences(inOrder);
        // the markup of the blocks holding the main run of prose, by parent: their siblings alike, and what those
        // hold marked up alike, are more of the article whatever their class names say (page builders wrap each part
        // of an article in a "WidgetWrapper" or a "so-panel widget")
        Map<Element, Set<String>> articleMarkup = new IdentityHashMap<>();
        Set<String> pathMarkup = new java.util.HashSet<>();
        for (Element e : mainProse) {
            if (!e.className().isBlank() && e.parent() != null) {
                articleMarkup.computeIfAbsent(e.parent(), k -> new java.util.HashSet<>()).add(ClassWords.markup(e));
                pathMarkup.add(ClassWords.markup(e));
            }
        }
        Set<Element> likeArticle = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Element, Integer> excerpts = proseChars(inOrder, proseNodes, true);
        String pagePost = pagePostId(root);
        Map<Element, Integer> shownProse = withEntryField.isEmpty() ? Map.of()
                : shownProse(root, inOrder, proseNodes, withEntryField);
        double shownTotal = Math.max(1, shownProse.getOrDefault(root, 0));
        // a header below the page's first prose (outside its furniture) heads a section of the text, not the page
        TextNode firstProse = proseNodes.stream().map(ProseNode::node)
                .filter(tn -> ((Element) tn.parent()).closest(FURNITURE_BLOCK) == null)
                .findFirst().orElse(null);
        boolean[] pastFirstProse = {false};
        // judged on the page as written (the blocks' text, a card's look), then removed all at once after the walk;
        // only which siblings are left is told: those judged furniture, and those kept
        Set<Node> furniture = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> keptChildSeen = Collections.newSetFromMap(new IdentityHashMap<>());
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == firstProse) {
                    pastFirstProse[0] = true;
                }
                if (!(node instanceof Element e) || e == root) {
                    return FilterResult.CONTINUE;
                }
                double share = prose.getOrDefault(e, 0) / (double) total;
                if (mainProse.contains(e.parent()) && holdsEmbeddedPost(e)) {
                    keptChildSeen.add(e.parent());
                    return FilterResult.SKIP_ENTIRELY; // a post quoted among the article's paragraphs is part of it
                }
                Set<String> besidePath = articleMarkup.get(e.parent());
                boolean like = !mainProse.contains(e) && !e.className().isBlank()
                        && (besidePath != null && besidePath.contains(ClassWords.markup(e))
                            && excerpts.getOrDefault(e, 0) * 2 <= prose.getOrDefault(e, 0) // not a list of teasers
                            || likeArticle.contains(e.parent()) && pathMarkup.contains(ClassWords.markup(e)));
                if (like) {
                    likeArticle.add(e);
                }
                boolean noise = mainProse.contains(e) ? isCommentSection(e, markers)
                        : isNoise(e, share, markers, sentences, like, pastFirstProse[0],
                                keptChildSeen.contains(e.parent()))
                        || withEntryField.contains(e)
                            && isWidget(e, shownProse.getOrDefault(e, 0) / shownTotal, like)
                        || pagePost != null && isOtherPost(e, pagePost)
                        || !PageElements.isInside(e, mainContainer[0]) && isTeaserCard(e, cardLike, cardGroups, furniture)
                            && !itemBesideMain(e, mainContainer[0]);
                if (noise) {
                    furniture.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                keptChildSeen.add(e.parent());
                // a code listing's markup is syntax colouring ("hljs-comment", "token tag"), not page furniture
                return "pre".equals(e.tagName()) ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        });
        removeAll(furniture);
    }

    /**
     * Takes the nodes (none inside another) out of the tree. Removing a node renumbers the siblings after it, and
     * putting a child back checks it against each of the parent's ancestors; so where a parent loses fewer children
     * than it has ancestors they are removed one by one, from the last, and otherwise its remaining children are set
     * at once. A page of 250,000 comments side by side took a minute when all were removed one by one; 80,000
     * paragraphs 512 levels deep took a tenth of a second to be put back when one field among them was dropped.
     */
    private static void removeAll(Collection<Node> nodes) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Node node : nodes) {
            byParent.computeIfAbsent((Element) node.parentNode(), k -> Collections.newSetFromMap(new IdentityHashMap<>()))
                    .add(node);
        }
        byParent.forEach((parent, gone) -> {
            if (hasAncestors(parent, gone.size())) {
                for (int i = parent.childNodeSize() - 1; i >= 0; i--) {
                    if (gone.contains(parent.childNode(i))) {
                        parent.childNode(i).remove();
                    }
                }
                return;
            }
            List<Node> kept = new ArrayList<>(parent.childNodeSize() - gone.size());
            for (Node child : parent.childNodes()) {
                if (!gone.contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty().appendChildren(kept);
        });
    }

    /** Whether the element has at least n ancestors, looked for no further up than that. */
    private static boolean hasAncestors(Element e, int n) {
        int found = 0;
        for (Element p = e.parent(); p != null && found < n; p = p.parent()) {
            found++;
        }
        return found >= n;
    }

    /** Input types a reader types text into: a search box, a sign-up or comment form's fields. */
    private static final Set<String> TEXT_INPUT_TYPES = Set.of("", "text", "search", "email", "tel");

    /**
     * A field the reader types into: an empty text, search or e-mail input, or a text area. A field with a value set
     * is a box to copy from (a player's embed code, a share link), which posts carry inside their text.
     */
    private static boolean isEntryField(Element e) {
        return "textarea".equals(e.tagName())
                || "input".equals(e.tagName()) && TEXT_INPUT_TYPES.contains(e.attr("type").toLowerCase(Locale.ROOT))
                && e.attr("value").isBlank();
    }

    /**
     * Characters of prose outside hidden elements under the root and under each of {@code blocks}: a widget's
     * hidden text (a video's full transcript, folded away) is not the page's prose the widget must be small against.
     * The blocks are closed upwards (each one's parent is one too, up to the root), so each prose node counts for
     * the nearest block or the root above it, and those counts are then summed upwards: no prose node is walked up to
     * the root.
     */
    private static Map<Element, Integer> shownProse(Element root, List<Element> inOrder, List<ProseNode> proseNodes,
                                                    Set<Element> blocks) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        AncestorTest hidden = hiddenTest();
        Map<Element, Element> nearestBlock = new IdentityHashMap<>();
        for (ProseNode prose : proseNodes) {
            Element parent = (Element) prose.node().parent();
            Element block = hidden.test(parent) ? null : nearestBlock(parent, root, blocks, nearestBlock);
            if (block != null) {
                out.merge(block, prose.length(), Integer::sum);
            }
        }
        return sumUpwards(inOrder, out);
    }

    /** The element itself or its nearest ancestor that is the root or one of the blocks; null when none is. */
    private static Element nearestBlock(Element e, Element root, Set<Element> blocks, Map<Element, Element> known) {
        Element found = known.get(e);
        if (found == null && !known.containsKey(e)) {
            found = e == root || blocks.contains(e) ? e
                    : e.parent() == null ? null : nearestBlock(e.parent(), root, blocks, known);
            known.put(e, found);
        }
        return found;
    }

    /** Share of the page's prose under which a block holding a text field is a widget around it. */
    private static final double WIDGET_PROSE_SHARE = 0.1;

    /**
     * Whether a block that held a text field (a search box, a sign-up or comment form, a video player's search in its
     * transcript) outside any {@code <form>} is the widget around it: it holds little of the page's prose, and is
     * neither an article element nor marked up like the article's blocks. Its text is the widget's label and
     * description (what the newsletter sends, what the video shows), not the article's, which rarely holds a field.
     */
    private static boolean isWidget(Element e, double share, boolean likeArticle) {
        return share < WIDGET_PROSE_SHARE && !likeArticle && !"article".equals(e.tagName())
                && !"main".equals(e.tagName());
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
    private static Set<Element> mainProsePath(Element root, List<ProseNode> proseNodes, ClassWords markers,
                                              Map<Element, Integer> proseUnder, int total, Element[] container) {
        Map<Element, Integer> groupChars = new IdentityHashMap<>();
        Map<Element, List<TextNode>> groupNodes = new IdentityHashMap<>();
        AncestorTest footers = footerTest(markers, proseUnder, total);
        AncestorTest hidden = hiddenTest();
        // prose in hidden elements (a raw copy kept for scripts) is the main run only on a page with no other prose
        for (boolean withHidden : new boolean[] {false, true}) {
            for (ProseNode prose : proseNodes) {
                Element block = (Element) prose.node().parent();
                while (TextSegment.inline(block) && block.parent() != null) {
                    block = block.parent();
                }
                if (footers.test(block) || !withHidden && hidden.test(block)) {
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
            // a picture's caption beside the paragraphs (a span "caption" in the picture's box) is not protected with
            // them, unless the article is all captions (a gallery's slides)
            List<TextNode> nodes = groupNodes.get(best.getKey());
            List<TextNode> notCaptions = nodes.stream().filter(tn -> !inCaption(tn, best.getKey(), markers)).toList();
            for (TextNode tn : notCaptions.isEmpty() ? nodes : notCaptions) {
                for (Element e = (Element) tn.parent(); e != null && path.add(e); e = e.parent()) {
                    if (e == root) {
                        break;
                    }
                }
            }
        });
        return path;
    }

    /** Whether the text sits in a picture's caption or credit below the group's element {@code top}. */
    private static boolean inCaption(TextNode tn, Element top, ClassWords markers) {
        for (Element e = (Element) tn.parent(); e != null && e != top; e = e.parent()) {
            if ("figcaption".equals(e.tagName()) || markers.any(e, ClassWords.CAPTION)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element or one of its ancestors is hidden. */
    private static AncestorTest hiddenTest() {
        return new AncestorTest(e -> isHidden(e) ? Boolean.TRUE : null);
    }

    /**
     * Whether the element sits in a page footer, sidebar or navigation, below any article or main element. An element
     * named like a footer that holds most of the page's prose is the page's wrapper, not its footer: the "footer-push"
     * wrapper of a sticky-footer layout holds everything above the footer.
     */
    private static AncestorTest footerTest(ClassWords markers, Map<Element, Integer> prose, int total) {
        return new AncestorTest(e -> {
            String tag = e.tagName();
            if ("footer".equals(tag) || "aside".equals(tag) || "nav".equals(tag)) {
                return true;
            }
            if ("article".equals(tag) || "main".equals(tag) || "body".equals(tag)) {
                return false;
            }
            return markers.any(e, ClassWords.FOOTERISH) && !holdsMostProse(e, prose, total) ? Boolean.TRUE : null;
        });
    }

    /** Whether more than half of the page's prose lies under the element. */
    private static boolean holdsMostProse(Element e, Map<Element, Integer> prose, int total) {
        return prose.getOrDefault(e, 0) * 2 > total;
    }

    /**
     * One of three or more sibling cards of the same markup (tag and class), each a link with a picture or a title
     * and a short blurb: a list of teasers for other articles ("Most popular", "More from ..."). Only removed outside
     * the element holding the page's main run of paragraphs, where such cards are the article (a listicle).
     * {@code cardLike} keeps the siblings' card-likeness, judged on the page as written (nothing is removed before the
     * walk ends); {@code furniture} holds the siblings judged furniture already, which no longer count. {@code groups}
     * keeps each parent's children by markup, grouped once; a group of more than {@link #CARD_GROUP_LIMIT} (a page of
     * thousands of like blocks) is judged once, so that the check stays linear in the page's size.
     */
    private static boolean isTeaserCard(Element e, Map<Element, Boolean> cardLike,
                                        Map<Element, Map<String, CardGroup>> groups, Set<Node> furniture) {
        Element parent = e.parent();
        if (e.className().isEmpty() || parent == null) {
            return false;
        }
        CardGroup group = groups.computeIfAbsent(parent, p -> {
            Map<String, CardGroup> byMarkup = new HashMap<>();
            for (int i = 0; i < p.childNodeSize(); i++) { // not children(), which builds and stores a list in every parent
                if (p.childNode(i) instanceof Element child) {
                    byMarkup.computeIfAbsent(ClassWords.markup(child), k -> new CardGroup()).members.add(child);
                }
            }
            return byMarkup;
        }).get(ClassWords.markup(e));
        if (group.members.size() < 3 || !cardLike.computeIfAbsent(e, PageFurniture::isCardLike)) {
            return false;
        }
        if (group.members.size() > CARD_GROUP_LIMIT) {
            if (group.cards == null) {
                group.cards = group.members.stream().filter(PageFurniture::isCardLike).limit(3).count() >= 3;
            }
            return group.cards;
        }
        int same = 0;
        int cards = 0;
        for (Element sibling : group.members) {
            if (!furniture.contains(sibling)) { // siblings judged furniture already are gone
                same++;
                cards += cardLike.computeIfAbsent(sibling, PageFurniture::isCardLike) ? 1 : 0;
            }
        }
        return same >= 3 && cards >= 3;
    }

    /**
     * Whether the element is an item of the list whose other item holds the page's main run of prose: the same tag
     * and first class word as that item, under the same parent (a listicle's picture item beside its item with the
     * most text, "buzz_superlist_item ..._image" beside "buzz_superlist_item ..._video"). Such an item is part of the
     * article, however much it looks like a teaser card.
     */
    private static boolean itemBesideMain(Element e, Element main) {
        Element item = main;
        while (item != null && item.parent() != e.parent()) {
            item = item.parent();
        }
        if (item == null || item == e || !item.tagName().equals(e.tagName())) {
            return false;
        }
        String first = firstClassWord(item);
        return !first.isEmpty() && first.equals(firstClassWord(e));
    }

    private static String firstClassWord(Element e) {
        String c = e.className().strip();
        int space = c.indexOf(' ');
        return space < 0 ? c : c.substring(0, space);
    }

    /** Siblings of one markup beyond which they are judged as a group, once: a list that long is no teaser list. */
    private static final int CARD_GROUP_LIMIT = 100;

    /** A parent's children of one markup, and (for a large group) whether three or more of them are cards. */
    private static final class CardGroup {
        final List<Element> members = new ArrayList<>();
        Boolean cards;
    }

    private static boolean isCardLike(Element e) {
        Element link = e.selectFirst(LINK);
        if (link == null || e.selectFirst(CARD_TITLE) == null) {
            return false;
        }
        String text = Text.normalize(e.text());
        return text.length() < 300 && !text.isEmpty();
    }

    /** Characters of the paragraph around an inline element for its words to be part of a sentence. */
    private static final int SENTENCE_CHARS = 100;

    /**
     * Whether the element is a few inline words inside a paragraph's sentence, with more of its text on both sides
     * (a link, a bold word): pages with generated class names name such parts after their look or role
     * ("Link_module_Label", "text-label"); a weak furniture word in them says nothing of the paragraph, whose words
     * they are. A label alone in its block ("Best overall"), a credit at a caption's end, a line without a sentence's
     * end, or an element holding more than {@value #MAX_WORDS_ELEMENTS} elements is still judged.
     */
    private static boolean inSentence(Element e, Sentences sentences) {
        if (!TextSegment.inline(e)) {
            return false;
        }
        Element outer = e;
        while (outer.parent() != null && TextSegment.inline(outer.parent())) {
            outer = outer.parent();
        }
        int around = sentences.around(outer);
        return around >= 0 && sentences.size(e) <= MAX_WORDS_ELEMENTS && around >= 3 * e.text().length();
    }

    /** The most elements a few inline words in a sentence hold (a link with a bold word holds two). */
    private static final int MAX_WORDS_ELEMENTS = 50;

    /**
     * What {@link #inSentence} asks of a page, answered once per element: how many elements each holds, and how long
     * a block's text is when it is a sentence. Asked again from each of thousands of inline elements in one block, the
     * block's text took seconds to build.
     */
    private static final class Sentences {
        private final Map<Element, Integer> sizes;
        private final Map<Element, Integer> sentenceChars = new IdentityHashMap<>();

        /** @param inOrder the elements under the walk's root and itself, in page order */
        Sentences(List<Element> inOrder) {
            Map<Element, Integer> ones = new IdentityHashMap<>(inOrder.size());
            for (Element e : inOrder) {
                ones.put(e, 1);
            }
            sizes = sumUpwards(inOrder, ones);
        }

        /** @return the elements under the element and itself */
        int size(Element e) {
            return sizes.getOrDefault(e, 1);
        }

        /**
         * @return the length of the block's normalised text around the outermost inline element when words stand on
         *         both sides of it and the text is a sentence of {@value #SENTENCE_CHARS} characters or more; -1 when not
         */
        int around(Element outer) {
            Element block = outer.parent();
            if (block == null || !hasWords(outer.previousSibling()) || !hasWords(outer.nextSibling())) {
                return -1;
            }
            Integer known = sentenceChars.get(block);
            if (known == null) {
                String text = Text.normalize(block.text());
                known = text.length() >= SENTENCE_CHARS && Text.endsSentence(text) ? text.length() : -1;
                sentenceChars.put(block, known);
            }
            return known;
        }
    }

    /** Whether the node is text ("." counts), or an inline element holding text: more of the same line. */
    private static boolean hasWords(Node n) {
        return n instanceof TextNode tn ? !tn.isBlank()
                : n instanceof Element x && TextSegment.inline(x) && !x.text().isBlank();
    }

    /** The class of a social network's embedded post: the quoted post is in a blockquote until its script runs. */
    private static final Pattern EMBEDDED_POST = Pattern.compile("(?:^|\\s)(?:twitter-tweet|instagram-media|tiktok-embed"
            + "|bluesky-embed|mastodon-embed|reddit-embed-bq|threads-embed)(?:$|\\s)");

    /**
     * An embedded social-media post (a tweet, an Instagram or TikTok post) or a wrapper around just one: journalists
     * quote posts this way, and its wrapper's class ("social-media-embed") must not make it page furniture.
     */
    private static boolean holdsEmbeddedPost(Element e) {
        for (Element x = e; x != null; x = onlyChild(x)) {
            if ("blockquote".equals(x.tagName()) && EMBEDDED_POST.matcher(x.className()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element's only child element; null when it has none or several. Read from its child nodes: jsoup's
     * {@code childrenSize()} builds and stores a list of the children, and this runs on every block of the article.
     */
    private static Element onlyChild(Element e) {
        Element only = null;
        for (int i = 0; i < e.childNodeSize(); i++) {
            if (e.childNode(i) instanceof Element child) {
                if (only != null) {
                    return null;
                }
                only = child;
            }
        }
        return only;
    }

    /**
     * A figure that holds text rather than a picture: a table (block editors wrap every table in a figure) or a
     * quotation (pull quotes, embedded posts). Readers see it as part of the article.
     */
    private static boolean holdsText(Element figure) {
        return figure.selectFirst("table, blockquote") != null;
    }

    private static boolean isCommentSection(Element e, ClassWords markers) {
        if ("article".equals(e.tagName()) || "main".equals(e.tagName())) {
            return false;
        }
        return markers.any(e, ClassWords.COMMENTS);
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

    /**
     * Whether the element is page furniture: hidden, structural (nav, aside, ...), or so named by its class words;
     * the class words are not read when {@code likeArticle} (the element is marked up like the article's blocks).
     * {@code inText}: it comes after the page's first prose, where a {@code <header>} without the headline
     * ({@code h1}) is a section's heading ("Step 2 / Relax your shoulders"), part of the text; above it, or holding the
     * headline, a header is the page's or the article's masthead (title, byline, standfirst).
     * {@code afterKeptSibling}: an element before it among its siblings is kept.
     */
    private static boolean isNoise(Element e, double share, ClassWords markers, Sentences sentences, boolean likeArticle,
                                   boolean inText, boolean afterKeptSibling) {
        String tag = e.tagName();
        if (META_ITEMPROPS.contains(e.attr("itemprop").toLowerCase(Locale.ROOT)) && share == 0) {
            return true;
        }
        if (e.attr("itemtype").endsWith("/VideoObject")) {
            return true; // an embedded video: its player's controls ("Closed Captioning", "font", "size") and title
        }
        boolean sectionHeader = "header".equals(tag) && inText && e.selectFirst("h1") == null;
        boolean figure = "figcaption".equals(tag) || "figure".equals(tag) && !holdsText(e);
        if (isHidden(e) || STRUCTURAL.contains(tag) && !sectionHeader || figure && !likeArticle) {
            return true; // a figure marked up like the article's own is more of it (a gallery article's slides)
        }
        if ("article".equals(tag) || "main".equals(tag) || likeArticle) {
            return false;
        }
        for (String token : markers.tokens(e)) {
            int kinds = markers.kinds(token);
            if ((kinds & ClassWords.LAYOUT) != 0) {
                continue;
            }
            if ((kinds & ClassWords.HOVER_CARD) != 0 && share == 0 && afterKeptSibling) {
                // the card follows the link that opens it; the link (a person's name) stays in the sentence
                return true;
            }
            if ((kinds & ClassWords.STRONG_NOISE) != 0 && !((kinds & ClassWords.CONTENT) != 0 && share >= 0.2)
                    && !((kinds & ClassWords.FOOTERISH) != 0 && share > 0.5) // a wrapper named for the footer
                    && !("a".equals(tag) && inSentence(e, sentences))) {
                return true; // but a link inside a sentence is its words, whatever its class ("popup" for a note)
            }
            if ((kinds & ClassWords.WEAK_NOISE) != 0 && share < 0.1 && !inSentence(e, sentences) && !inTableCell(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the element is a table's cell or sits at most two levels inside one: a data table names its row labels
     * and values with words that elsewhere mark furniture ("bgt-col-label", "spec-label", "meta-value").
     */
    private static boolean inTableCell(Element e) {
        Element x = e;
        for (int up = 0; x != null && up <= MAX_CELL_DEPTH; x = x.parent(), up++) {
            if ("td".equals(x.tagName()) || "th".equals(x.tagName())) {
                return true;
            }
        }
        return false;
    }

    /** How many levels inside a table's cell an element is still read as the cell's. */
    private static final int MAX_CELL_DEPTH = 2;

    /** React's streamed-in parts of a page ("S:0"): hidden until its script moves them into place. */
    private static final Pattern STREAMED_PART = Pattern.compile("S:\\d+");

    /** Classes that style sheet frameworks hide: Webflow's, Bulma's, Bootstrap's and Tailwind's. */
    private static final String[] HIDING_CLASSES = {"w-condition-invisible", "is-hidden", "hide", "invisible"};

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden") && !shownLater(e) || "true".equals(e.attr("aria-hidden"))) {
            return true;
        }
        for (String hiding : HIDING_CLASSES) {
            if (e.hasClass(hiding)) {
                return true;
            }
        }
        String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        return (style.contains("display:none") || style.contains("visibility:hidden")) && !inAccordion(e);
    }

    /**
     * Whether a hidden element is an accordion's collapsed panel: its parent or the parent's parent is named for an
     * accordion ("es-accordion"), whose button shows the panel to the reader.
     */
    private static boolean inAccordion(Element e) {
        Element p = e.parent();
        for (int up = 0; up < 2 && p != null; up++, p = p.parent()) {
            if (p.className().toLowerCase(Locale.ROOT).contains("accordion")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a hidden element is text the reader gets to see: a collapsed panel of an accordion (a region labelled
     * by its button, or {@code hidden="until-found"}) or a part of the page streamed in by React.
     */
    private static boolean shownLater(Element e) {
        return "until-found".equals(e.attr("hidden")) || "region".equals(e.attr("role")) || e.hasAttr("aria-labelledby")
                || STREAMED_PART.matcher(e.id()).matches();
    }

    /** Characters of prose under every element, or of only the prose cut short ("…": excerpts of other texts). */
    private static Map<Element, Integer> proseChars(List<Element> inOrder, List<ProseNode> proseNodes,
                                                    boolean truncatedOnly) {
        Map<Element, Integer> out = new IdentityHashMap<>();
        for (ProseNode prose : proseNodes) {
            if (!truncatedOnly || Text.isTruncated(prose.node().getWholeText().strip())) {
                out.merge((Element) prose.node().parent(), prose.length(), Integer::sum);
            }
        }
        return sumUpwards(inOrder, out);
    }

    /**
     * Adds each element's count to its parent's, and so on up to the root. {@code inOrder} is the root and the elements
     * under it in page order: walked backwards, each element comes after those under it, so its sum is whole when it
     * is passed up, once (not every counted node walked up to the root: a page nested hundreds deep).
     */
    private static Map<Element, Integer> sumUpwards(List<Element> inOrder, Map<Element, Integer> counts) {
        for (int i = inOrder.size() - 1; i > 0 && !counts.isEmpty(); i--) {
            Integer count = counts.get(inOrder.get(i));
            if (count != null) {
                counts.merge(inOrder.get(i).parent(), count, Integer::sum);
            }
        }
        return counts;
    }
}
