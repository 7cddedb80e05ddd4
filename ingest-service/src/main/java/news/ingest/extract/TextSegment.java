package news.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * One run of inline text inside a block element, with how much of it is link text; {@link #cut} cuts a page into
 * them, in document order. A block holding other blocks gives one segment for each run of its own text between them.
 */
final class TextSegment {

    private static final Set<String> INLINE = Set.of(
            "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s",
            "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "big", "tt", "strike", "del",
            "ins", "label", "nobr", "img", "br", "acronym", "picture", "source");

    /** The heading tags. */
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    final Element block;
    final StringBuilder text = new StringBuilder();
    int linkChars;
    private String normalized;
    private int normalizedLength = -1;

    private TextSegment(Element block) {
        this.block = block;
    }

    /** The text with its white space collapsed; kept until more text is appended. */
    String normalized() {
        if (normalizedLength != text.length()) {
            normalized = Text.normalize(text.toString());
            normalizedLength = text.length();
        }
        return normalized;
    }

    /** Link text above this share of a line cut short ("…") makes it a teaser: a headline link and its excerpt. */
    private static final double TEASER_LINK_SHARE = 0.15;

    /** Whether the block is a heading. */
    boolean isHeading() {
        return HEADINGS.contains(block.tagName());
    }

    /**
     * Whether the text is a headline link followed by a truncated excerpt: a teaser for another article. Not a sentence
     * that opens with a link and runs on after it ("<a>According to The Verge's review</a>, the platform does not ...
     * in a statement…"): a headline ends where its link does.
     */
    boolean isTeaser() {
        String t = normalized();
        return !t.isEmpty() && linkChars / (double) t.length() >= TEASER_LINK_SHARE && Text.isTruncated(t)
                && !linkRunsOn(t);
    }

    /** Whether the text opens with a link whose sentence goes on after it: a comma or a small letter right after it. */
    private boolean linkRunsOn(String t) {
        Element link = block.selectFirst("a[href]");
        String linked = link == null ? "" : Text.normalize(link.text());
        if (linked.isEmpty() || !t.startsWith(linked) || t.length() <= linked.length()) {
            return false;
        }
        int next = t.codePointAt(linked.length());
        return next == ',' || Character.isLowerCase(next);
    }

    /** @return the text segments under the root, in document order, those without text left out */
    static List<TextSegment> cut(Element root) {
        List<TextSegment> out = new ArrayList<>();
        Deque<TextSegment> open = new ArrayDeque<>();
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
                        open.push(new TextSegment(e));
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
                        TextSegment s = open.pop();
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
     * Whether the block is a table row of two or more cells, one of which holds text without a link: a row of data
     * whose name links somewhere ("Quanta Services Inc. | $7.7B"), not a list of links set in a table.
     */
    static boolean isDataRow(Element block) {
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
    private static void flush(Deque<TextSegment> open, List<TextSegment> out) {
        TextSegment current = open.peek();
        if (current != null && !current.normalized().isEmpty()) {
            open.pop();
            out.add(current);
            open.push(new TextSegment(current.block));
        }
    }
}
