package news.ingest.extract;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The page's elements in document order, listed once, with simple CSS queries (tags, attributes, lists of them)
 * answered by filtering that list: the metadata readers ask a dozen questions of the whole page, and a walk of the
 * DOM for each cost more than the reading. Also how much text and how many elements each element holds, summed once.
 * Valid while the DOM is unchanged, i.e. before the body is cut out.
 */
final class PageElements {

    /** Compiled queries; all are simple selectors without combinators, whose evaluators keep no state. */
    private static final Map<String, Evaluator> QUERIES = new ConcurrentHashMap<>();

    private final Document doc;
    private final Elements all;
    /** The answers given, by query: some are asked again (the h1 elements, by the title and the headline readers). */
    private final Map<String, Elements> answers = new java.util.HashMap<>();
    /** What each element holds, summed once on first use. */
    private Map<Element, Extent> extents;

    PageElements(Document doc) {
        this.doc = doc;
        this.all = inOrder(doc);
    }

    /**
     * Every element under the root (itself first) in document order, as {@link Element#getAllElements()} lists them,
     * by a plain walk over the child lists (several times faster than jsoup's node iterator).
     */
    static Elements inOrder(Element root) {
        Elements out = new Elements(1024);
        java.util.ArrayDeque<Element> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Element e = stack.pop();
            out.add(e);
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                if (e.childNode(i) instanceof Element child) {
                    stack.push(child);
                }
            }
        }
        return out;
    }

    /** @return every element of the page, the document first, in document order */
    Elements all() {
        return all;
    }

    /**
     * @return the page's elements the query selects, in document order, as {@code doc.select(query)} gives them; the
     *         same list when the query is asked again (not to be changed)
     */
    Elements select(String query) {
        Elements known = answers.get(query);
        if (known != null) {
            return known;
        }
        Evaluator evaluator = QUERIES.computeIfAbsent(query, QueryParser::parse);
        Elements out = new Elements();
        for (Element e : all) {
            if (evaluator.matches(doc, e)) {
                out.add(e);
            }
        }
        answers.put(query, out);
        return out;
    }

    /**
     * Raw text length under an element, from one pass over the page, so that loops over all elements can skip big
     * ones without calling {@code text()} on each (quadratic on deeply nested pages).
     */
    int textLength(Element e) {
        return extent(e).chars();
    }

    /** Characters under an element that are not white space: its normalised {@code text()} is at least that long. */
    int visibleLength(Element e) {
        return extent(e).visible();
    }

    /** Elements under an element: its {@code text()} walks them all. */
    int elementsUnder(Element e) {
        return extent(e).elements();
    }

    /** What an element holds: raw characters, characters other than white space, elements. */
    private record Extent(int chars, int visible, int elements) {
        static final Extent NONE = new Extent(0, 0, 0);
    }

    private Extent extent(Element e) {
        if (extents == null) {
            extents = new java.util.IdentityHashMap<>(all.size()); // sized once: no rehashing
            // in reverse document order every element comes after its descendants: sum its children (linear)
            for (int i = all.size() - 1; i >= 0; i--) {
                Element el = all.get(i);
                int chars = 0;
                int visible = 0;
                int under = 0;
                for (int c = 0; c < el.childNodeSize(); c++) { // not childNodes(), which copies the list
                    Node child = el.childNode(c);
                    if (child instanceof TextNode tn) {
                        chars += tn.getWholeText().length();
                        visible += Text.visibleChars(tn.getWholeText());
                    } else if (child instanceof Element ce) {
                        Extent x = extents.getOrDefault(ce, Extent.NONE);
                        chars += x.chars();
                        visible += x.visible();
                        under += 1 + x.elements();
                    }
                }
                extents.put(el, new Extent(chars, visible, under));
            }
        }
        return extents.getOrDefault(e, Extent.NONE);
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
}
