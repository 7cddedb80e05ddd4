package news.ingest.extract;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the article text of a page.
 *
 * <ol>
 *   <li>Remove the page's furniture ({@link PageFurniture}): scripts, hidden parts, navigation, sidebars, share
 *       bars, related lists, teaser cards, comments, cookie banners.</li>
 *   <li>Cut the page into text segments ({@link TextSegment}), one per run of inline text inside a block element,
 *       with its link text.</li>
 *   <li>Find the article's container ({@link ArticleContainer}): the element whose prose outweighs its links and
 *       short lines, narrowed to the article element inside it and joined by the blocks that continue it.</li>
 *   <li>Emit the container's segments, dropping link lists, teasers, labels and credit lines
 *       ({@link BoilerplateLines}), bylines, datelines, the title, a standfirst that repeats the meta description and
 *       passages the page prints twice ({@link RepeatedText}).</li>
 * </ol>
 */
final class HtmlBody {

    private HtmlBody() {
    }

    /**
     * Extracts the article's paragraphs.
     *
     * @param doc         the page; it is pruned in place
     * @param title       the article title, dropped from the body when repeated there; may be null
     * @param description the page's summary (meta description), dropped from the top of the body when a standfirst
     *                    repeats it; may be null
     * @param authors     the article's authors: a paragraph about one of them ("Jane Doe is a writer ...") is dropped
     * @param address     the page's address (the one it was fetched from, else the one it names as its own), which
     *                    tells its own links from links to other sites; may be null
     */
    static Article extract(Document doc, String title, String description, List<String> authors, String address) {
        Element root = doc.body();
        if (root == null) {
            return new Article(List.of(), null, null);
        }
        PageFurniture.prune(root);
        List<TextSegment> segments = TextSegment.cut(root);
        String pageSite = address == null ? null : site(address);
        return emit(segments, ArticleContainer.find(segments, root, title, pageSite), title, description, authors,
                pageSite);
    }

    /**
     * The article's text, and the blocks its first and last paragraphs come from (null when it has none).
     *
     * @param paragraphs the article's paragraphs
     * @param firstBlock the block of the page the first paragraph is read from
     * @param lastBlock  the block of the page the last paragraph is read from
     */
    record Article(List<String> paragraphs, Element firstBlock, Element lastBlock) {
    }

    private static Article emit(List<TextSegment> segments, Set<Element> containers, String title, String description,
                                List<String> authors, String site) {
        List<RepeatedText.Paragraph> out = new ArrayList<>();
        String titleKey = title == null ? null : Text.squash(title);
        String summaryKey = description == null ? "" : Text.squash(description);
        boolean summaryCut = description != null && Text.isTruncated(description.strip());
        Element firstBlock = null; // the blocks the first and last paragraphs are read from: none until it starts
        Element lastBlock = null;
        int lastProse = lastProse(segments, containers); // after it, only short pieces: teasers, titles, dates
        RepeatedText.Reader repeats = new RepeatedText.Reader();
        Map<Element, Boolean> listsOfThings = new IdentityHashMap<>();
        Map<Element, Boolean> announcedLists = new IdentityHashMap<>();
        Map<String, Boolean> boilerplate = new HashMap<>(); // a line's verdict, once: a page may repeat it thousands of times
        AncestorTest quoted = new AncestorTest(e -> "blockquote".equals(e.tagName()) ? Boolean.TRUE : null);
        int headline = headlineIndex(segments, containers, titleKey);
        for (int i = 0; i < segments.size(); i++) {
            TextSegment s = segments.get(i);
            if (!PageElements.isInside(s.block, containers) || i < headline) {
                continue;
            }
            String t = s.normalized();
            if (t.isEmpty()) {
                continue;
            }
            if (firstBlock == null && isAboveText(s, t)) {
                continue;
            }
            if (firstBlock != null && t.length() <= 60 && relatedHeading(t)) {
                if (i > lastProse) {
                    break; // "Recent posts:" and a list of other posts to the container's end
                }
                continue; // the label of a box of links between the article's paragraphs ("Further reading")
            }
            if (s.isTeaser() || boilerplate.computeIfAbsent(t, BoilerplateLines::isBoilerplate)
                    || BoilerplateLines.isAffiliateDisclosure(t) || isCardExcerpt(segments, i, site)) {
                continue;
            }
            double linkDensity = s.linkChars / (double) t.length();
            if (linkDensity > 0.5 && (t.length() * (1 - linkDensity) < LINKED_ITEM_OWN_CHARS || !Text.endsSentence(t))
                    && !inListOfThings(s.block, listsOfThings) && !inAnnouncedList(s.block, site, announcedLists)
                    && !TextSegment.isDataRow(s.block)
                    && !(i < lastProse && isLinkedSectionHeading(segments, i, site))) {
                continue;
            }
            if (isAuthorNote(t, authors)) {
                continue;
            }
            if (titleKey != null && t.length() >= titleKey.length() && t.length() <= 2 * titleKey.length() + 40
                    && Text.squash(t).equals(titleKey)) {
                continue;
            }
            if (firstBlock == null && t.length() < 80 && (t.matches("(?i)^by\\s+.*") || Dates.find(t) != null && t.length() < 50)) {
                continue;
            }
            if (out.size() == 1 && t.length() < 50 && BoilerplateLines.isDateline(t)) {
                continue; // the dateline printed under the lead paragraph ("2015.08.15 10:28 MTI")
            }
            if (firstBlock == null && isStandfirst(s, t, summaryKey, summaryCut, segments, i, containers)) {
                continue;
            }
            if (t.length() <= CAPTION_MAX_CHARS
                    && (repeatsPictureAlt(s.block, t) || BoilerplateLines.isCreditedCaption(t))) {
                continue; // a picture's caption that prints its alt text, right under it, or ends in its credit
            }
            if (firstBlock != null && OTHERS_SUMMARY.matcher(ClassWords.markers(s.block)).find()) {
                continue; // a standfirst below the article's text summarises another article, on its teaser card
            }
            firstBlock = firstBlock == null ? s.block : firstBlock;
            lastBlock = s.block;
            // a segment without a line break is one paragraph: its normalised text
            for (String para : s.text.indexOf("\n") < 0 ? new String[] {t} : PARAGRAPH_BREAK.split(s.text)) {
                String p = linesOf(para);
                if (shows(p)) {
                    out.add(repeats.read(p, s.isHeading(), () -> quoted.test(s.block)));
                }
            }
        }
        return new Article(RepeatedText.withoutCopies(out), firstBlock, lastBlock);
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
    private static int headlineIndex(List<TextSegment> segments, Set<Element> containers, String titleKey) {
        if (titleKey == null || titleKey.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < segments.size(); i++) {
            TextSegment s = segments.get(i);
            if (!PageElements.isInside(s.block, containers)) {
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
    private static boolean isAboveText(TextSegment s, String t) {
        if (t.length() > 120) {
            return false;
        }
        if (Text.wordCount(t) <= 3 && KICKER.matcher(t).matches() && !Text.endsSentence(t) && t.chars().anyMatch(Character::isLetter)
                || relatedHeading(t)) {
            return true;
        }
        if (isTimesOnly(s.block, t)) {
            return true;
        }
        for (Element p = s.block; p != null && !"body".equals(p.tagName()); p = p.parent()) {
            if ("li".equals(p.tagName())) {
                Element list = p.parent();
                return STANDFIRST.matcher(ClassWords.markers(p)).find()
                        || list != null && STANDFIRST.matcher(ClassWords.markers(list)).find();
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

    /**
     * Whether the segment is an excerpt cut short ("…") right below a linked heading in a block of its own: the
     * blurb of a card for another article (a carousel of other posts), whose headline and excerpt sit in separate
     * blocks. A headline linked to another site is a product's or a source's name over a paragraph of the article.
     */
    private static boolean isCardExcerpt(List<TextSegment> segments, int index, String pageSite) {
        if (index == 0 || !Text.isTruncated(segments.get(index).normalized())) {
            return false;
        }
        TextSegment above = segments.get(index - 1);
        if (!above.isHeading() || above.linkChars <= above.normalized().length() / 2) {
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

    /** A blank line in a segment's text (from two {@code <br>}): a paragraph break. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

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
    private static boolean isLinkedSectionHeading(List<TextSegment> segments, int index, String pageSite) {
        TextSegment segment = segments.get(index);
        Element heading = segment.block;
        if (pageSite == null || index + 1 >= segments.size() || !segment.isHeading()
                && !isLinkParagraph(segment)) {
            return false;
        }
        TextSegment next = segments.get(index + 1);
        String t = next.normalized();
        if (t.length() < SECTION_PARAGRAPH_CHARS || next.linkChars >= t.length() / 4 || !Text.endsSentence(t)
                || Text.isTruncated(t)) {
            return false;
        }
        return linksElsewhere(heading, pageSite);
    }

    /** Longest paragraph of one link read as a heading over the next: a name or a headline, not a sentence. */
    private static final int LINK_HEADING_CHARS = 100;

    /**
     * Whether the segment is a paragraph that is one short link of two words or more and nothing else, without a
     * sentence's end. One word ("Source", "YouTube") is a label.
     */
    private static boolean isLinkParagraph(TextSegment segment) {
        String t = segment.normalized();
        return "p".equals(segment.block.tagName()) && t.length() <= LINK_HEADING_CHARS && t.indexOf(' ') > 0
                && segment.linkChars >= t.length() && segment.block.select("a[href]").size() == 1 && !Text.endsSentence(t);
    }

    /**
     * The site of an absolute http(s) address: the last two labels of its host name, lower-cased ("nytimes.com" for
     * "cooking.nytimes.com"; "co.uk" for any British site, which makes every such link the page's own); null for any
     * other address.
     */
    static String site(String url) {
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

    /** The list item the block is, or is the text of; null when it is none. */
    private static Element listItem(Element block) {
        Element item = block;
        while (item != null && !"li".equals(item.tagName())) {
            item = TextSegment.inline(item) || TextSegment.HEADINGS.contains(item.tagName()) || "p".equals(item.tagName())
                    || "div".equals(item.tagName()) && item == block ? item.parent() : null;
        }
        return item;
    }

    /**
     * Whether the block is an item of a list some of whose items are plain text, without a link: a checklist, a
     * list of products or tools where some names link to a shop or a review. Its linked items are things of the
     * list like the others; a list of other articles or pages is links only.
     */
    private static boolean inListOfThings(Element block, Map<Element, Boolean> known) {
        Element item = listItem(block);
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
     * Whether the block is an item of a list of links that the article announces: the paragraph right before the list
     * ends in a colon ("Many patches were sent for review:" over links to each patch, "Sources:"), and the links lead
     * to other sites or the paragraph is a sentence announcing examples ({@link #announcesExamples}). A list of the
     * site's own pages after a label of other reading is its furniture ("Read more:").
     */
    private static boolean inAnnouncedList(Element block, String site, Map<Element, Boolean> known) {
        Element item = listItem(block);
        Element list = item == null ? null : item.parent();
        if (list == null || site == null) {
            return false;
        }
        return known.computeIfAbsent(list, l -> {
            Element before = l;
            for (int up = 0; before.previousElementSibling() == null && before.parent() != null && up < 2; up++) {
                before = before.parent(); // a list wrapped in a block of its own ("<div class="ulist"><ul>")
            }
            before = before.previousElementSibling();
            String label = before == null ? "" : before.text().strip();
            return label.endsWith(":") && label.length() <= MAX_LIST_LABEL_CHARS
                    && (linksElsewhere(l, site) || announcesExamples(label));
        });
    }

    /**
     * Whether the label over a list is a sentence of the article that announces things it names, not other reading:
     * "Here are some examples of the courses offered by Google:", "While these movers did not make our top list, they
     * are still worth looking into:"; not "Read more:", "Check out our latest posts:", "This might be interesting to
     * you:".
     */
    private static boolean announcesExamples(String label) {
        return Text.wordCount(label) >= MIN_ANNOUNCING_WORDS && Character.isUpperCase(label.codePointAt(0))
                && !OTHER_READING.matcher(label).find();
    }

    /** The fewest words of a sentence announcing a list of the site's own pages as the article's. */
    private static final int MIN_ANNOUNCING_WORDS = 6;

    /** Words of a label over other reading: "Read more:", "Related posts:", "You might also like:". */
    private static final Pattern OTHER_READING = Pattern.compile("(?i)\\b(?:read|reading|related|more|also|popular"
            + "|recommended|latest|recent|articles?|posts?|stories|guides?|blogs?|interest(?:ed|ing)?|check out|don't miss"
            + "|other|newsletters?|subscribe)\\b");

    /** Whether the element holds links and every one of them leads to another site than the page's. */
    static boolean linksElsewhere(Element e, String pageSite) {
        boolean any = false;
        for (Element a : e.select("a[href]")) {
            String linked = site(a.absUrl("href"));
            if (linked == null || linked.equals(pageSite)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The longest paragraph read as the label of a list it announces. */
    private static final int MAX_LIST_LABEL_CHARS = 300;

    /**
     * Text of its own a mostly linked line inside the article needs to stay: a round-up's item, a linked headline
     * followed by a sentence about it ("<b><a>Teens love AirPods</a>.</b> That's according to a new survey."). A bare
     * link, or one followed by a fragment, is a list of other pages.
     */
    private static final int LINKED_ITEM_OWN_CHARS = 40;

    /**
     * What follows the author's name in a note about them: "Jane Doe is a freelance writer ...", "Yuval Noah Harari
     * lectures at ...", "Eric Ruiz, a licensed CPA in the Philippines, specializes in ..." (a verb in the present:
     * "Soliant worked with ..." in a firm's own article is its text).
     */
    private static final Pattern AUTHOR_NOTE = Pattern.compile("(?:,[^,]{1,60},)?\\s+(?:is|was|currently|has|writes"
            + "|covers|joined|serves|holds|specializes|specialises|lives|lectures|teaches|works|edits|reports|hosts"
            + "|directs|leads)\\b");

    /**
     * A note about the article's author, beginning with their name ("Jane Doe is a freelance writer living in Ohio."),
     * or with the box's name run into the note's first words ("Beth Mole Beth is Ars Technica's health reporter"): the
     * byline's box, not the article.
     */
    static boolean isAuthorNote(String t, List<String> authors) {
        for (String author : authors) {
            if (!t.startsWith(author)) {
                continue;
            }
            int note = author.length();
            int space = author.indexOf(' ');
            if (space > 0 && t.startsWith(" " + author.substring(0, space) + " ", note)) {
                note += space + 1; // the first name again, which opens the note
            }
            if (AUTHOR_NOTE.matcher(t).region(note, t.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the line heads a list of other articles ({@link #RELATED_HEADING}) or of the site's most read
     *         ones in the languages around ({@link ForeignLabels#mostRead}: "Mais lidas", "Самые популярные диеты")
     */
    static boolean relatedHeading(String t) {
        return RELATED_HEADING.matcher(t).matches() || ForeignLabels.mostRead(t);
    }

    /** The heading of a list of other articles: "Related posts", "You may also like", "Leia também", ... */
    static final Pattern RELATED_HEADING = Pattern.compile("(?iu)(?:(?:recent|related|more|popular|trending|latest"
            + "|similar|recommended|other|further) (?:(?:blog )?(?:posts|articles)|blogs|stories|news|reads|reading"
            + "|from [\\p{L}\\p{N} .&'’-]+)|(?:latest|related|more) (?:[\\p{L}\\p{N}&'’-]+ )?videos?"
            + "|you (?:may|might|will) (?:also )?(?:like|enjoy|be interested in)|read (?:next|more|also)|see also|keep reading"
            + "|more to (?:read|explore)|what others are reading|você (?:pode|também pode) gostar|leia também|veja também|te puede interesar"
            + "|noticias relacionadas|(?:à|a) lire aussi|sur le même sujet|das könnte sie auch interessieren|mehr zum thema"
            + "|potrebbe interessarti|leggi anche|читайте также|похожие (?:статьи|новости)|lees ook|czytaj (?:też|także|również)"
            + "|läs också|les også|læs også|lue myös|citește și|читайте також|прочетете още|相关(?:新闻|阅读|文章)"
            + "|相關(?:新聞|閱讀|文章)|関連記事|관련 ?기사)\\W{0,4}");

    /** Text at least this long after such a heading is more of the article, not another list's item. */
    private static final int TEASER_MAX_CHARS = 300;

    /** Paragraphs of at least this many characters, ending a sentence, that stand together are the article's prose. */
    private static final int PARAGRAPH_MIN_CHARS = 80;
    /** How many such paragraphs must share a parent for each of them to be prose. */
    private static final int PARAGRAPHS_TOGETHER = 3;

    /**
     * The index of the containers' last segment that is prose rather than a teaser: long enough, and not cut short
     * ("…": a long excerpt of another post), or one of several paragraphs that end a sentence side by side in one
     * parent (an article written in short paragraphs, with a "Further reading" box between them); -1 when none is.
     */
    private static int lastProse(List<TextSegment> segments, Set<Element> containers) {
        Map<Element, Integer> paragraphsIn = new IdentityHashMap<>();
        for (TextSegment s : segments) {
            if (isShortParagraph(s) && PageElements.isInside(s.block, containers)) {
                paragraphsIn.merge(s.block.parent(), 1, Integer::sum);
            }
        }
        for (int j = segments.size() - 1; j >= 0; j--) {
            TextSegment s = segments.get(j);
            boolean prose = s.normalized().length() >= TEASER_MAX_CHARS && !Text.isTruncated(s.normalized())
                    || isShortParagraph(s) && paragraphsIn.getOrDefault(s.block.parent(), 0) >= PARAGRAPHS_TOGETHER;
            if (prose && PageElements.isInside(s.block, containers)) {
                return j;
            }
        }
        return -1;
    }

    /** @return true for a paragraph element of a sentence or more, without links to speak of and not cut short */
    private static boolean isShortParagraph(TextSegment s) {
        String t = s.normalized();
        return "p".equals(s.block.tagName()) && s.block.parent() != null && t.length() >= PARAGRAPH_MIN_CHARS
                && s.linkChars < 0.1 * t.length() && Text.endsSentence(t) && !Text.isTruncated(t);
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
        if (TextSegment.HEADINGS.contains(block.tagName()) || Text.wordCount(text) < CAPTION_MIN_WORDS) {
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

    /** Class words of a standfirst: the summary set above an article's text ("p-dek", "article__lead", "post-excerpt"). */
    private static final Pattern STANDFIRST = Pattern.compile("(?:^|[-_\\s])(?:dek|deck|standfirst|strapline|excerpt|subhead"
            + "|subheadline|subtitle|teaser|abstract|lead|sapo|chapo)(?:$|[-_\\s])");

    /** The longest standfirst that does not repeat the description: a few sentences. */
    private static final int MAX_STANDFIRST_CHARS = 400;

    /**
     * A standfirst: the first paragraph, set apart from the paragraphs that follow (another parent), and marked as one
     * by its or its parent's class: a summary's own class words ("p-dek", "standfirst", {@link #OTHERS_SUMMARY}), or
     * broader ones ("lead", "teaser", {@link #STANDFIRST}) when it repeats the page's meta description. It summarises
     * the article rather than being part of its text. Not a paragraph that goes on past a description cut short
     * ("…"): that description was cut from the article's first paragraph.
     */
    private static boolean isStandfirst(TextSegment s, String t, String summaryKey, boolean summaryCut,
                                        List<TextSegment> segments, int index, Set<Element> containers) {
        String key = Text.squash(t);
        boolean repeated = summaryKey.length() >= 20 && t.length() <= 2 * summaryKey.length() + 40
                && (key.equals(summaryKey) || key.length() >= 40 && (key.startsWith(summaryKey) && !summaryCut
                || summaryKey.startsWith(key)));
        if (!repeated && t.length() > MAX_STANDFIRST_CHARS) {
            return false;
        }
        Pattern marks = repeated ? STANDFIRST : OTHERS_SUMMARY;
        Element parent = s.block.parent();
        if (!marks.matcher(ClassWords.markers(s.block)).find() && (parent == null || !marks.matcher(ClassWords.markers(parent)).find())) {
            return false;
        }
        for (int j = index + 1; j < segments.size(); j++) {
            TextSegment next = segments.get(j);
            if (next.block != s.block && PageElements.isInside(next.block, containers) && !next.normalized().isEmpty()) {
                return next.block.parent() != parent;
            }
        }
        return false;
    }
}
