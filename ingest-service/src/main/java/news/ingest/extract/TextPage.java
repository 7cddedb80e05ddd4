package news.ingest.extract;

import static news.ingest.extract.HeaderLines.SENTENCE_CASE_SHARE;
import static news.ingest.extract.HeaderLines.capitalisedShare;
import static news.ingest.extract.HeaderLines.dateline;
import static news.ingest.extract.HeaderLines.namingByline;
import static news.ingest.extract.HeaderLines.notHeadline;
import static news.ingest.extract.ReadersLines.commentHeader;
import static news.ingest.extract.ReadersLines.commenterLine;
import static news.ingest.extract.ReadersLines.commentsLabel;
import static news.ingest.extract.ReadersLines.signedReviews;
import static news.ingest.extract.ReadersLines.testimonialAt;
import static news.ingest.extract.ReadersLines.testimonialsStart;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article in plain text, which may be a clean article or a whole web page copied as text with its
 * menus, headline lists and footer.
 *
 * <p>The text's lines ({@link PastedLines}) are classed as prose (long, with sentence punctuation) or not. The
 * article is the first run of prose lines with nearly the most text (comments and other articles' teasers come below
 * it), where short lines between prose lines (sub-headings, one-sentence paragraphs, numbered items, a list under a
 * label ending in a colon) are kept, and so are up to a dozen lines of a few words each (a review's product facts); a
 * run ends at a longer stretch of other short lines, at lines of a word or two (menus), at a list of other articles
 * ("Related Posts", "Most Popular") and at readers' comments. The runs before and after it that are sections of the
 * same article (parted by headings, lists of few words, a table of contents, not by anything that ends an article)
 * are joined to it; a list its last paragraph announces with a colon is its own ({@link #announcedList}). The lines
 * around the article are read as its header ({@link TextHeader}): its title, bylines and dates.
 */
final class TextPage {

    /**
     * A sentence's end: its stop, up to two closing marks ("content.’’", "(he said.)") and a space or the line's end;
     * or, at the line's end, a footnote's number after them ("... but that don't love you back.1", "... back.[2]").
     */
    static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:No|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs))"
            + "[.!?。！？…][\"”’)»]{0,2}(\\s|$)"
            + "|(?<=\\p{L})[.!?][\"”’)»]{0,2}(?:\\d{1,2}|\\[\\d{1,2}]|[¹²³⁴-⁹])$");

    /**
     * The mark a magazine sets after an article's last word ("... is not reassuring. ♦"): what follows it is not the
     * article.
     */
    private static final Pattern END_MARK = Pattern.compile("[.!?\"”’]\\s*[♦■◆∎]$");
    private static final int MAX_GAP_LINES = 3;

    /**
     * The most short lines between two prose lines of one article when they hold at least {@link #GAP_WORDS_PER_LINE}
     * words a line on average: a list article's headings and items ("Best for: beginners", "Price: $99"), not a menu.
     */
    private static final int MAX_BRIDGE_LINES = 12;
    private static final int GAP_WORDS_PER_LINE = 3;

    /**
     * The share of the longest run's text that makes an earlier run the article: a page copied whole has its article
     * above the comments and the teasers of other articles, which may hold more text.
     */
    private static final double FIRST_RUN_SHARE = 0.6;

    /** The most lines of a list under a label ending in a colon that a run reads through. */
    private static final int MAX_LIST_ITEMS = 8;

    /**
     * Whether the line is a row of a table of figures ("$10.00 $1.00 $1.50 $2.00", "Bill Total 10% 15% 20%"): a few
     * cells, most of them, three at least, figures ("1 / 8" counts a gallery's pictures); or two cells or more, all of
     * them figures ("1/1/2013 +13.1%"). A table in the article, however long, does not part its text before and after.
     */
    private static boolean tableRow(String l) {
        String[] cells = l.split("\\s+");
        if (cells.length > MAX_TABLE_ROW_CELLS) {
            return false;
        }
        int numbers = 0;
        for (String cell : cells) {
            numbers += cell.chars().anyMatch(Character::isDigit) ? 1 : 0;
        }
        return numbers >= MIN_TABLE_ROW_FIGURES && 2 * numbers >= cells.length
                || numbers == cells.length && numbers >= 2; // a row of figures alone: "1/1/2013 +13.1%"
    }

    private static final int MAX_TABLE_ROW_CELLS = 12;
    private static final int MIN_TABLE_ROW_FIGURES = 3;

    final String title;
    final List<String> authors;
    final OffsetDateTime publishedAt;
    final OffsetDateTime modifiedAt;
    final List<String> paragraphs = new ArrayList<>();

    TextPage(String text) {
        this(text, null);
    }

    /**
     * @param address the article's address, or null: a line over the article that holds the words of its last part is
     *                the headline ({@link AddressHeadline})
     */
    TextPage(String text, String address) {
        List<String> lines = PastedLines.of(text == null ? "" : text);
        List<Integer> paragraphLines = new ArrayList<>(); // the line each paragraph is read from
        Set<Integer> otherArticles = new HashSet<>();
        int[] run = bestRun(lines, otherArticles);
        TextHeader header = new TextHeader(lines);
        if (run != null) {
            run[1] = lastShortSentence(lines, run[1]);
            run[1] = announcedList(lines, run[1]);
            run[1] = datedList(lines, run[1]);
            run[0] = afterHeadlineInRun(lines, run[0], run[1]);
            while (run[0] < run[1] && (lines.get(run[0]).isEmpty()
                    || BoilerplateLines.isAffiliateDisclosure(lines.get(run[0])) && !dateline(lines.get(run[0])))) {
                run[0]++; // the site's note on its affiliate links over the article
            }
            Set<Integer> lead = header.read(run[0], run[1]);
            for (int i = run[0]; i <= run[1]; i++) {
                String l = lines.get(i);
                if (!l.isEmpty() && !lead.contains(i) && !otherArticles.contains(i) && !leftOut(l) && !showsNothing(l)
                        && !BUTTON.matcher(l).matches()) {
                    paragraphs.add(l);
                    paragraphLines.add(i);
                }
            }
            withoutClosingAuthorNote(header.authors);
        }
        int spelled = addressHeadline(lines, AddressHeadline.words(address), header.title, paragraphLines);
        title = withoutSource(withoutSiteName(spelled >= 0 ? lines.get(spelled) : header.title, lines));
        authors = header.authors;
        publishedAt = header.publishedAt != null ? header.publishedAt : header.modifiedAt;
        modifiedAt = header.modifiedAt;
    }

    /**
     * The line of the headline the article's address spells ({@link AddressHeadline}), when the headline read over the
     * article does not hold the address's words: the nearest line over the article's first paragraph that does, or one
     * of its first paragraphs with only labels over it (a kicker; they leave the body with it); -1 when none does.
     *
     * @param paragraphLines the line each of the article's paragraphs is read from
     */
    private int addressHeadline(List<String> lines, List<String> words, String headline, List<Integer> paragraphLines) {
        if (words.isEmpty() || paragraphLines.isEmpty() || AddressHeadline.heldBy(headline, words)) {
            return -1;
        }
        int above = AddressHeadline.above(lines, paragraphLines.get(0), words);
        if (above >= 0) {
            return above;
        }
        for (int k = 0; k < Math.min(HEADLINE_PARAGRAPHS, paragraphs.size() - 1) && !isProse(paragraphs.get(k)); k++) {
            if (AddressHeadline.spells(paragraphs.get(k), words)) {
                paragraphs.subList(0, k + 1).clear();
                return paragraphLines.get(k);
            }
        }
        return -1;
    }

    /**
     * Whether a line of the article's run is the page's, not the article's: a label or button ("Share:",
     * "Advertisement"), a picture's credit or a caption that ends in it or is labelled as one, a call to sign up, a
     * stamp of the last update ({@link BoilerplateLines#isBoilerplate}, {@link BoilerplateLines#isCreditedCaption},
     * {@link BoilerplateLines#isLabelledCaption}); a number alone is a list's, and stays.
     */
    private static boolean leftOut(String line) {
        return BoilerplateLines.isBoilerplate(line) && !numberAlone(line) || caption(line);
    }

    /**
     * A button or link beside each item of a guide or a list of products, which stays in the article's run (it keeps
     * the items together) but is no text of it: "Book now", "Map", "Read our full Arlo Pro 5S 2K review", "Photo
     * courtesy of Noble Desktop".
     */
    private static final Pattern BUTTON = Pattern.compile("(?i)book now|reserve now|map|view map"
            + "|read our full [^.!?]{1,80} review|(?:photo|image|picture)s? courtesy\\b(?: of)? [^.!?]{1,60}");

    /**
     * Whether the line holds invisible format characters alone: a zero-width joiner (page builders print one in an
     * empty paragraph, "&amp;zwj;"), a left-to-right mark. A blank line to the reader, no paragraph.
     */
    static boolean showsNothing(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.getType(c) != Character.FORMAT && !Text.isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line is a picture's caption that ends in its credit or that its label names as one. */
    private static boolean caption(String line) {
        return BoilerplateLines.isCreditedCaption(line) || BoilerplateLines.isLabelledCaption(line);
    }

    /**
     * The headline without the site's or section's name the page's title line ends in ("Critics’ Choice: Best UK Art
     * Exhibitions 2025 – Artlyst", "How meditation rewires brains and improves physical health | Opinion"): a name of
     * at most three words and no figure after the one spaced bar or dash of the line, which the page prints as a line
     * of its own (a menu's item) or in its copyright line, after a headline of three words or more.
     */
    private static String withoutSiteName(String title, List<String> lines) {
        Matcher parts = title == null ? null : TITLE_AND_SITE.matcher(title);
        if (parts == null || !parts.matches() || Text.wordCount(parts.group(1)) < 3
                || Text.wordCount(parts.group(2)) > MAX_SITE_NAME_WORDS || TITLE_SEPARATOR.matcher(parts.group(1)).find()
                || parts.group(2).chars().anyMatch(Character::isDigit)) {
            return title; // (a breadcrumb's steps; a series' name, "Real Estate 101")
        }
        String site = parts.group(2);
        String lower = site.toLowerCase(Locale.ROOT);
        for (String l : lines) {
            if (l.equalsIgnoreCase(site) || COPYRIGHT.matcher(l).find() && l.toLowerCase(Locale.ROOT).contains(lower)) {
                return parts.group(1);
            }
        }
        return title;
    }

    /**
     * The headline without the address of the story it links to, which a news aggregator prints after it, and the
     * count of comments after that ("Stanford Computer Science Grads Find Their Degrees No Longer Guarantee Jobs
     * (latimes.com) 87", Slashdot's and Hacker News' way).
     */
    private static String withoutSource(String title) {
        return title == null ? null : SOURCE_AFTER_TITLE.matcher(title).replaceFirst("");
    }

    /** A site's address in brackets at the end of a headline: " (latimes.com) 87", " (github.com/rust-lang)". */
    private static final Pattern SOURCE_AFTER_TITLE = Pattern.compile(
            "(?<=\\S)\\s+\\((?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*"
            + "\\.[a-z]{2,}(?:/\\S*)?\\)(?:\\s+\\d+)?\\s*$");

    /** A headline, a spaced bar or dash, and what follows the last of them. */
    private static final Pattern TITLE_AND_SITE = Pattern.compile("(.*\\S)\\s+[|–—-]\\s+(\\S.*)");
    /** A bar or dash set apart by spaces (or at an end of the line): one more of them makes a breadcrumb. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("(?:^|\\s)[|–—-](?:\\s|$)");
    private static final int MAX_SITE_NAME_WORDS = 3;
    /** The words of a copyright line; {@link #RIGHTS} adds a cookie notice's. */
    private static final String COPYRIGHT_WORDS = "©|copyright|all rights reserved";
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)" + COPYRIGHT_WORDS);

    /**
     * Ends the article before a note about its author among its last paragraphs ("Greg McKeown is the author of
     * ..."), with the author's name over it where the box prints one, and what follows the note (the site's
     * promotions): the author's box, not the article. The box's label, "About" and the author's name in one of the
     * languages around ({@link #aboutTheAuthor}), ends it too, whatever the note under it says.
     */
    private void withoutClosingAuthorNote(List<String> authors) {
        for (int i = Math.max(1, paragraphs.size() - CLOSING_NOTE_PARAGRAPHS); i < paragraphs.size(); i++) {
            if (aboutTheAuthor(paragraphs.get(i), authors)) {
                paragraphs.subList(i, paragraphs.size()).clear();
                return;
            }
            if (HtmlBody.isAuthorNote(paragraphs.get(i), authors)) {
                int box = i;
                for (int k = i - 1; k >= Math.max(1, i - 2); k--) {
                    if (authors.contains(paragraphs.get(k))) {
                        box = k; // the box's name over the note, and the role under the name
                    }
                }
                paragraphs.subList(box, paragraphs.size()).clear();
                return;
            }
        }
    }

    /**
     * Whether a paragraph is the label of the author's box, "About" and one of the article's authors, as the languages
     * around write it: "About Jane Doe", "Über Moritz Bachmann", "Sobre Carlos Nadalim", "À propos de Marie Dupont".
     */
    static boolean aboutTheAuthor(String paragraph, List<String> authors) {
        Matcher about = ABOUT_NAME.matcher(paragraph);
        return about.matches() && authors.contains(about.group(1));
    }

    private static final Pattern ABOUT_NAME = Pattern.compile("(?:About|ABOUT|Über|ÜBER|Sobre|À propos de|A propos de"
            + "|Acerca de|Informazioni su|Over|Om) (.+?)\\W{0,2}");

    /** How many of the article's first paragraphs may be its headline and the lines over it. */
    private static final int HEADLINE_PARAGRAPHS = 3;

    /** How many of the article's last paragraphs may be its author's note and what follows it. */
    private static final int CLOSING_NOTE_PARAGRAPHS = 4;

    static boolean isProse(String line) {
        int words = Text.wordCount(line);
        boolean cjk = Text.weightedLength(line) > line.length() * 1.5;
        int minWords = cjk ? 25 : 15;
        return words >= minWords && (SENTENCE_END.matcher(line).find() || announcing(line)) && linkLike(line) < 0.3;
    }

    /**
     * Whether the line is a sentence that ends in a colon to announce what follows (a list, a table, a block of code:
     * "... develop a workout plan that's specific to your schedule and life:"); not a comment's header with its day
     * ("Jane, on December 30, 2015 at 4:36 am said:").
     */
    private static boolean announcing(String line) {
        return (line.endsWith(":") || line.endsWith("：")) && Dates.find(line) == null
                && !ReadersLines.TIME_OF_DAY.matcher(line).find(); // a comment's header gives one in any language
    }

    /**
     * Share of the line made of URL-ish or pipe/bullet-separated fragments: 1 for a line with a web address in it, but
     * for a long paragraph that cites one ({@link #citesAddress}).
     */
    private static double linkLike(String line) {
        long separators = line.chars().filter(c -> c == '|' || c == '•' || c == '·').count();
        return line.contains("http") && !citesAddress(line) ? 1.0
                : separators / (double) Math.max(1, Text.wordCount(line));
    }

    /**
     * Whether the line is a paragraph that cites a web address in its sentences ("Go to this page to see a few more:
     * https://ollama.com/library. This is a nice list, ..."): {@value #MIN_WORDS_CITING_ADDRESS} words or more, its
     * addresses a small part of it; not a line of addresses, nor a site's banner ("A lock or https:// means you've
     * safely connected to the .gov website").
     */
    private static boolean citesAddress(String line) {
        if (Text.wordCount(line) < MIN_WORDS_CITING_ADDRESS) {
            return false;
        }
        int addressChars = 0;
        Matcher address = WEB_ADDRESS.matcher(line);
        while (address.find()) {
            addressChars += address.end() - address.start();
        }
        return addressChars <= MAX_ADDRESS_SHARE * line.length();
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("https?://\\S+");

    /** The fewest words of a paragraph that cites a web address ({@link #citesAddress}). */
    private static final int MIN_WORDS_CITING_ADDRESS = 30;

    /** The most of a paragraph's characters that the web addresses it cites may take. */
    private static final double MAX_ADDRESS_SHARE = 0.25;

    /**
     * Which lines are the article's kind of text: prose lines ({@link #isProse}), and short sentences written one to a
     * line where at least {@value #SENTENCE_STREAK_LINES} follow one another ("It isn’t." / "Trains lose
     * connectivity." / "Factories operate behind firewalls."), as essays and newsletters set them; a menu, a list of
     * headlines or a footer has no such streak, and a label of what follows an article ("Was this page helpful?"), a
     * comments label, a teaser cut short ("Two people have been diagnosed with...") or a question (an FAQ's list of
     * them) is none of its sentences.
     */
    private static boolean[] proseLines(List<String> lines) {
        boolean[] prose = new boolean[lines.size()];
        List<Integer> streak = new ArrayList<>(); // the lines of the sentences in a row so far, empty lines aside
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            prose[i] = isProse(l);
            if (l.isEmpty()) {
                continue;
            }
            if (!afterArticleLabel(l) && !commentsLabel(l) && (prose[i] || sentenceOfAStreak(l))) {
                streak.add(i);
            } else {
                endStreak(prose, streak);
            }
        }
        endStreak(prose, streak);
        return prose;
    }

    /** Makes the streak's lines prose when they are {@value #SENTENCE_STREAK_LINES} or more, and starts a new one. */
    private static void endStreak(boolean[] prose, List<Integer> streak) {
        if (streak.size() >= SENTENCE_STREAK_LINES) {
            streak.forEach(k -> prose[k] = true);
        }
        streak.clear();
    }

    /** A short sentence of two words or more ("It isn’t."), not cut short nor a question. */
    private static boolean sentenceOfAStreak(String l) {
        return Text.wordCount(l) >= 2 && SHORT_SENTENCE.matcher(l).matches() && !RIGHTS.matcher(l).find()
                && linkLike(l) < 0.3 && !Text.isTruncated(l) && !l.endsWith("?");
    }

    /** The fewest short sentences in a row, one to a line, read as an article's text. */
    private static final int SENTENCE_STREAK_LINES = 6;

    /** Adds the line indexes from {@code from} up to {@code to} (excluded). */
    private static void addRange(Set<Integer> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            lines.add(k);
        }
    }

    /** Whether the line is a number alone: a numbered list's, or a code listing's line number. */
    private static boolean numberAlone(String line) {
        return line.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether a line under a caption reads as its credit: a picture credit ({@link HeaderLines#pictureCredit}), or a
     * few words that are no sentence ("Joe DavidsonThe Washington Post").
     */
    private static boolean creditLike(String l) {
        return Text.wordCount(l) <= MAX_CREDIT_WORDS
                && (HeaderLines.pictureCredit(l) || !SENTENCE_END.matcher(l).find());
    }

    /**
     * The line after a picture's caption at line {@code i} that stands over its credit: the caption over the credit
     * on the next line ("This photo, using a thermal camera, shows ..." / "Photograph by Tyrone Turner, National
     * Geographic Creative"; not a paragraph over a caption of its own that ends in its credit), or printed twice, for
     * small screens and large, over a credit ("Joe DavidsonThe Washington Post"); -1 when line {@code i} is no such
     * caption.
     */
    private static int pastCaptionOverCredit(List<String> lines, int i) {
        List<Integer> next = linesNextTo(lines, i, 1, 2);
        String below = next.isEmpty() ? "" : lines.get(next.get(0));
        if (Text.wordCount(below) <= MAX_CREDIT_WORDS && HeaderLines.pictureCredit(below)
                && !BoilerplateLines.isCreditedCaption(below)) {
            return i + 1;
        }
        return next.size() == 2 && printedAgain(lines.get(i), below) && creditLike(lines.get(next.get(1)))
                ? next.get(0) + 1 : -1;
    }

    /**
     * The line after a picture's caption printed twice, for small screens and large (whole, or cut short the second
     * time), and its credit (printed once or twice: "Los Angeles Lakers' LeBron James dunks during ..." twice, then
     * "Photo: Ringo H.W. Chiu, AP"): a gallery's caption in the article, not its text; -1 when line {@code j} is no
     * such caption.
     */
    private static int captionPrintedTwice(List<String> lines, int j) {
        List<Integer> next = linesNextTo(lines, j, 1, 1);
        if (next.isEmpty() || !printedAgain(lines.get(j), lines.get(next.get(0)))) {
            return -1;
        }
        int after = -1;
        for (int k : linesNextTo(lines, next.get(0), 1, 2)) {
            String credit = lines.get(k);
            if (!FIGURE_SOURCE.matcher(credit).lookingAt() && !HeaderLines.pictureCredit(credit)) {
                break;
            }
            after = k + 1;
        }
        return after;
    }

    /**
     * Where the article's text goes on after a block set in it that starts at line {@code j} of the run
     * [{@code start}, {@code end}] (its last paragraph so far, {@code gap} lines with text since): a gallery's
     * counters, captions and credits ({@link #galleryEnd}; not under a caption printed twice, which is no article), a
     * note that the story continues below a gallery or an advertisement ({@link #CONTINUES_BELOW}), or a block of
     * other stories' links right under a paragraph ({@link #linksBlockEnd}); -1 when no such block starts there.
     */
    private static int afterInsertedBlock(List<String> lines, int j, int start, int end, int gap, boolean[] prose,
                                          Set<Integer> teasers) {
        String l = lines.get(j);
        if (end > start && GALLERY_COUNTER.matcher(l).matches() && !printedTwice(lines, new int[] {start, end})) {
            return galleryEnd(lines, j) + 1;
        }
        if (CONTINUES_BELOW.matcher(l).lookingAt()) {
            return nextProse(lines, j, prose);
        }
        return end > start && gap == 0 && linksLabel(l) ? linksBlockEnd(lines, j, teasers) : -1;
    }

    /**
     * The [first, last] line indexes of the article's prose run, or null when there is no prose: the first run with
     * {@link #FIRST_RUN_SHARE} of the most text any run has, notices (copyright, cookies, disclaimers) weighing
     * nothing, with its sections ({@link #withItsSections}).
     */
    private static int[] bestRun(List<String> lines, Set<Integer> otherArticles) {
        boolean[] prose = proseLines(lines);
        Set<Integer> teasers = teasers(lines);
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!prose[i] || teasers.contains(i) || postedLine(lines.get(i))
                    || BoilerplateLines.isCreditedCaption(lines.get(i))) {
                i++; // (a run does not start with another story's teaser, a post's day and writer or a caption)
                continue;
            }
            int past = pastCaptionOverCredit(lines, i);
            if (past > i) {
                i = past;
                continue;
            }
            int start = i;
            int end = i;
            int chars = weight(lines.get(i));
            int gap = 0;
            int gapWords = 0;
            int listed = 0; // items a label ending in a colon may have before them ("Top picks:", then names)
            for (int j = i + 1; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.isEmpty()) {
                    continue;
                }
                int resume = prose[j] ? captionPrintedTwice(lines, j) : afterInsertedBlock(lines, j, start, end, gap,
                        prose, teasers);
                if (resume > j) {
                    for (int k = j; k < resume; k++) {
                        if (!numberAlone(lines.get(k))) {
                            otherArticles.add(k); // (a number alone is a list's, and stays)
                        }
                    }
                    j = resume - 1;
                } else if (prose[j]) {
                    if (gap > 0 && linksBetween(lines, end, j) && proseFollows(lines, j)) {
                        addRange(otherArticles, end + 1, j);
                    } else if (gap > MAX_GAP_LINES
                            && (gapWords < GAP_WORDS_PER_LINE * gap || otherList(lines, end, j))) {
                        break; // (a menu's words between, or a list of other articles or of prompts)
                    }
                    end = j;
                    chars += teasers.contains(j) ? 0 : weight(l);
                    if (teasers.contains(j)) {
                        otherArticles.add(j); // another story's headline run into its teaser, on a ticker
                    }
                    gap = 0;
                    gapWords = 0;
                    listed = announcing(l) ? MAX_LIST_ITEMS : 0; // "... the same HTML files:", then a table
                    if (END_MARK.matcher(l).find()) {
                        break;
                    }
                } else if (Text.wordCount(l) > 40 || commentsLabel(l) || afterArticleLabel(l)
                        || commenterLine(lines, j) || linksLabel(l) && !paragraphsAfter(lines, j, teasers)) {
                    break;
                } else if (l.endsWith(":") && Text.wordCount(l) <= 8) {
                    listed = MAX_LIST_ITEMS;
                } else if (!shortSentence(l) && !RepeatedText.ITEM_NUMBER.matcher(l).find() && !tableRow(l)
                        && (listed-- <= 0)) {
                    gapWords += Text.wordCount(l);
                    if (++gap > MAX_BRIDGE_LINES) {
                        break;
                    }
                }
            }
            runs.add(new int[] {start, end, chars});
            i = end + 1;
        }
        runs = listItems(lines, runs);
        readersOwn(lines, runs);
        int bestChars = 0;
        for (int[] run : runs) {
            bestChars = Math.max(bestChars, run[2]);
        }
        for (int k = 0; k < runs.size(); k++) {
            int[] run = runs.get(k);
            if (run[2] > 0 && run[2] >= FIRST_RUN_SHARE * bestChars) {
                return withItsSections(lines, runs, k, otherArticles);
            }
        }
        return null;
    }

    /**
     * The [first, last] lines of run {@code k} with the runs before and after it that are sections of the same article:
     * parted from it by its headings, lists and tables alone ({@link #sectionGap}), no author's box among them. A guide
     * whose sections are parted by "Pros" and "Cons" and their items, or whose opening stands over a list of key
     * points, is read whole. An opening parted from the rest by a promotion set in the article ({@link #promoBetween})
     * is read with it, the promotion's lines added to {@code otherArticles}.
     */
    private static int[] withItsSections(List<String> lines, List<int[]> runs, int k, Set<Integer> otherArticles) {
        int start = runs.get(k)[0];
        int end = runs.get(k)[1];
        for (int m = k + 1; m < runs.size() && runs.get(m)[2] > 0 && sectionGap(lines, end, runs.get(m)[0])
                && !authorBox(lines, end + 1, runs.get(m)[1]) && !printedTwice(lines, runs.get(m)); m++) {
            end = runs.get(m)[1];
        }
        for (int m = k - 1; m >= 0 && runs.get(m)[2] > 0; m--) {
            boolean promo = !sectionGap(lines, runs.get(m)[1], start);
            if (promo && !promoBetween(lines, runs.get(m), start)
                    || authorBox(lines, Math.max(0, runs.get(m)[0] - BOX_NAME_LINES), start - 1)
                    || printedTwice(lines, runs.get(m))) {
                break;
            }
            if (promo) {
                addRange(otherArticles, runs.get(m)[1] + 1, start); // the promotion's lines are not the article's
            }
            start = runs.get(m)[0];
        }
        return new int[] {start, end};
    }

    /**
     * Whether a promotion set in the article parts the opening run {@code opening} from the rest of the article at
     * line {@code to}: at most {@value #MAX_PROMO_LINES} lines between them, each a button, a label, a call to sign up
     * ("Share this article", "Copied!", "Newsletter", "Get Quanta Magazine delivered to your inbox") or a promoted link
     * ({@link #PROMOTED_LINK}), under an
     * opening of {@value #MIN_OPENING_PARAGRAPHS} paragraphs or more. Read before the rest only: after an article's
     * end the same buttons and calls stand over what is not the article.
     */
    private static boolean promoBetween(List<String> lines, int[] opening, int to) {
        int paragraphs = 0;
        for (int k = opening[0]; k <= opening[1]; k++) {
            paragraphs += isProse(lines.get(k)) ? 1 : 0;
        }
        if (paragraphs < MIN_OPENING_PARAGRAPHS) {
            return false;
        }
        int seen = 0;
        for (int k = opening[1] + 1; k < to; k++) {
            String l = lines.get(k);
            if (l.isEmpty()) {
                continue;
            }
            if (++seen > MAX_PROMO_LINES || !BoilerplateLines.isBoilerplate(l) && !HeaderLines.shareButtons(l)
                    && Text.wordCount(l) > MAX_BUTTON_WORDS && !PROMOTED_LINK.matcher(l).matches()
                    || commentsLabel(l) || otherListLabel(l)) {
                return false;
            }
        }
        return seen > 0;
    }

    /**
     * A link a promotion sets in an article: a video's title and its length ("SpaceX rocket explosion: What caused
     * launch pad failure? 2:06"), another story's headline after "Related:".
     */
    private static final Pattern PROMOTED_LINK = Pattern.compile(
            "[^.!]{10,150} \\d{1,2}:\\d{2}|(?i:related):\\s+\\S.{5,150}");

    private static final int MAX_PROMO_LINES = 8;
    private static final int MIN_OPENING_PARAGRAPHS = 3;
    private static final int MAX_BUTTON_WORDS = 3;

    /**
     * Whether the run is one line printed twice, whole or cut short the second time: a picture's caption, shown for
     * small screens and large, or with its "less" and "more" buttons.
     */
    private static boolean printedTwice(List<String> lines, int[] run) {
        List<String> text = new ArrayList<>(2);
        for (int k = run[0]; k <= run[1] && text.size() <= 2; k++) {
            if (!lines.get(k).isEmpty()) {
                text.add(lines.get(k));
            }
        }
        return text.size() == 2 && printedAgain(text.get(0), text.get(1));
    }

    /** Whether line {@code b} is line {@code a} printed again, whole or cut short ("... The Islanders ... more"). */
    private static boolean printedAgain(String a, String b) {
        return a.equals(b) || a.length() >= REPEATED_START_CHARS && b.length() >= REPEATED_START_CHARS
                && a.regionMatches(0, b, 0, REPEATED_START_CHARS);
    }

    /** How many first characters two lines in a row share when one is the other printed again. */
    private static final int REPEATED_START_CHARS = 60;

    /** How far above a note about the author its box may print the author's name (the name, then "5 articles"). */
    private static final int BOX_NAME_LINES = 4;

    /**
     * Whether lines {@code from} to {@code to} hold a box about the author: a name of a few words, and within the next
     * two lines a note that starts with it ("Yaren Fadiloglulari" / "5 articles" / "Yaren Fadiloglulari is a
     * freelance writer ...").
     */
    private static boolean authorBox(List<String> lines, int from, int to) {
        for (int k = from; k <= to; k++) {
            String name = lines.get(k);
            if (name.isEmpty() || Text.wordCount(name) > 4) {
                continue;
            }
            for (int n : linesNextTo(lines, k, 1, 2)) {
                if (HtmlBody.isAuthorNote(lines.get(n), List.of(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The source or credit under a picture or chart: "Source: Sociallyin", "Image credit: ...". */
    private static final Pattern FIGURE_SOURCE = Pattern.compile("(?i)(?:source|credit|photo|image|picture|chart)s?"
            + "(?: credits?| sources?)?\\s*:");

    /** The most words of a picture's credit or source line; a caption with its credit is longer. */
    private static final int MAX_CREDIT_WORDS = 10;

    /** The most lines with text between two runs that are sections of one article. */
    private static final int MAX_SECTION_GAP_LINES = 30;
    /** The fewest title-case lines in a row that make a list of headlines, names or a menu's items, not sections. */
    private static final int MAX_TITLE_LINES_IN_GAP = 4;

    /**
     * Whether the lines between two runs part sections of one article (headings, lists, a table, a picture's credit, a
     * block of program code): {@value #MAX_SECTION_GAP_LINES} at most besides a table's rows and a program's lines, and
     * none of them what stands between an article and what is not: a
     * comments label, a list of other articles or its label, another article's byline or date, a teaser cut short, a
     * prompt to rate the page, a notice, a line a menu prints twice, a row of share buttons or of the site's social
     * accounts; nor does the first run end in a magazine's end mark. A number alone (a numbered list's, a code
     * listing's line numbers) parts nothing, as it stays in a run ({@link #leftOut}).
     */
    private static boolean sectionGap(List<String> lines, int from, int to) {
        if (END_MARK.matcher(lines.get(from)).find()) {
            return false;
        }
        int gap = 0;
        int titles = 0; // title-case lines in a row: a list of headlines, names or a menu's items
        String previous = "";
        for (int k = from + 1; k < to; k++) {
            String l = lines.get(k);
            if (l.isEmpty()) {
                continue;
            }
            if (l.equals(previous) && Text.wordCount(l) >= 2) {
                return false; // a line printed twice in a row: a menu shown for small screens and large
            }
            previous = l;
            int words = Text.wordCount(l);
            if (words == 0 || HeaderLines.codeLike(l)) {
                continue; // a program's lines or a row of marks in the article: they part nothing
            }
            boolean credit = words <= MAX_CREDIT_WORDS && (PHOTO_CAPTION.matcher(l).find()
                    || FIGURE_SOURCE.matcher(l).lookingAt() || HeaderLines.pictureCredit(l)) || caption(l);
            boolean titleLike = Character.isUpperCase(l.codePointAt(0)) && words >= 2 && words <= 15 && !l.endsWith(".")
                    && !l.endsWith("!") && capitalisedShare(l) > SENTENCE_CASE_SHARE && !namedAgain(lines, k);
            // (a credit, or a line that starts with a figure, "7 Materials ..." or a numbered heading, leaves it as it is)
            titles = credit || Character.isDigit(l.codePointAt(0)) || NUMBERED_ITEM.matcher(l).lookingAt() ? titles
                    : titleLike ? titles + 1 : 0;
            gap += tableRow(l) ? 0 : 1; // (a table in the article, however long)
            if (gap > MAX_SECTION_GAP_LINES || titles >= MAX_TITLE_LINES_IN_GAP || dateline(l) || namingByline(l)
                    || HeaderLines.shareButtons(l)
                    || Text.isTruncated(l) || words > 40 || commentsLabel(l) || afterArticleLabel(l)
                    || commenterLine(lines, k) || commentHeader(lines, k) || COPYRIGHT.matcher(l).find() && !credit
                    || otherListLabel(l) || l.length() <= 60 && LINKS_LABEL.matcher(l).matches()
                    || leftOut(l) && !credit) {
                return false;
            }
        }
        return true;
    }

    /** An item of a numbered plan or list: "Day 4 – Rest", "Step 3: Fit the frame", "Week 2 - Intervals". */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("\\p{Lu}\\p{L}{1,10} \\d{1,3}\\s*[–—:-]\\s*\\S");

    /** How far below a name in a list the line that goes on about it is looked for. */
    private static final int NAMED_AGAIN_LINES = 200;

    /**
     * Whether a line within {@value #NAMED_AGAIN_LINES} lines below line {@code k} opens with it and goes on after a
     * space or a mark: a heading, a paragraph or a table's row about what the line names ("JMGO N1" over "JMGO N1
     * Specs", "Amazon Lex" over "Amazon Lex is a conversational AI for chatbots ..."). A list whose items the article
     * goes on to describe is its summary, whatever their capitals, not a menu's items.
     */
    private static boolean namedAgain(List<String> lines, int k) {
        String name = lines.get(k);
        for (int m = k + 1; m < Math.min(lines.size(), k + 1 + NAMED_AGAIN_LINES); m++) {
            String l = lines.get(m);
            if (l.length() > name.length() && l.startsWith(name) && !Character.isLetterOrDigit(l.charAt(name.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the article starts in a run whose first line or two are a notice or a teaser joined to it over a few short
     * lines ("We noticed that you are using Internet Explorer 11", "Message your doctor, book appointments, ..."): after
     * a headline among the run's first {@value #HEADLINE_IN_RUN_LINES} lines, the one title-like line over a byline or
     * dateline (past one standfirst), at most {@value #PROSE_OVER_HEADLINE} prose lines above it; else {@code start}.
     * The headline is then read over the article as on any page.
     */
    private static int afterHeadlineInRun(List<String> lines, int start, int end) {
        int prose = 0;
        for (int i : runLines(lines, start, end, HEADLINE_IN_RUN_LINES)) {
            String l = lines.get(i);
            if (isProse(l)) {
                if (++prose > PROSE_OVER_HEADLINE) {
                    return start;
                }
            } else if (prose > 0 && !notHeadline(l) && Text.wordCount(l) >= 4 && Text.wordCount(l) <= 30
                    && capitalisedShare(l) >= SENTENCE_CASE_SHARE && !PHOTO_CAPTION.matcher(l).find()
                    && overBylineOrDateline(lines, i)) {
                return i + 1;
            }
        }
        return start;
    }

    /** Whether a labelled byline or a dateline follows line {@code i}, past one standfirst. */
    private static boolean overBylineOrDateline(List<String> lines, int i) {
        for (int k : linesNextTo(lines, i, 1, 2)) {
            String b = lines.get(k);
            if (dateline(b) || namingByline(b)) {
                return true;
            }
            if (!isProse(b)) {
                return false;
            }
        }
        return false;
    }

    /** The indexes of the first {@code count} lines with text of the run {@code [start, end]}. */
    static List<Integer> runLines(List<String> lines, int start, int end, int count) {
        List<Integer> out = linesNextTo(lines, start - 1, 1, count);
        out.removeIf(i -> i > end);
        return out;
    }

    /** A photo's caption or credit: "... last week.Credit...Anna Moneymaker", "Thea Traff, The New York Times/Redux". */
    private static final Pattern PHOTO_CAPTION = Pattern.compile("\\bCredits?\\b|/\\s*\\p{Lu}[\\p{L}.]*\\s*$");

    /** How far into a run a headline is looked for, and how many prose lines may stand over it. */
    private static final int HEADLINE_IN_RUN_LINES = 10;
    private static final int PROSE_OVER_HEADLINE = 2;

    /**
     * Weighs nothing the runs that readers wrote: comments, each under its writer's name and the time of posting
     * ("Rebecca Vigil says" / "July 31, 2017 at 8:53 am", "Emma" / "December 18, 2025, 9:59 pm", "by Tschaine (
     * 10502969 ) on Saturday December 20, 2025 @01:16AM"), where the page prints two such headers or more; and reviews
     * signed by a first name and an initial ("Mallory R.", "Brittany M."), two or more in one run; not the first run
     * with text, which a byline and a time may head; nor any run after such a comment, the thread's replies, whose
     * headers may give no time ("Re: (Score:1)" / "by Shaitan ( 22585 )"). A run with such reviews keeps only the
     * text over them ({@link ReadersLines#testimonialsStart}). A long thread of comments or a wall of testimonials is then not taken
     * for the article.
     */
    private static void readersOwn(List<String> lines, List<int[]> runs) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (commentHeader(lines, i)) {
                headers.add(i);
            }
        }
        boolean textBefore = false;
        boolean comments = false; // a comment seen: the runs after it are the thread's replies
        for (int[] run : runs) {
            boolean comment = headers.size() >= 2 && headerAbove(lines, headers, run[0]);
            if (textBefore && (comment || comments)) {
                comments = true;
                run[2] = 0;
            } else if (textBefore && signedReviews(lines, run[0], run[1]) >= 2) {
                // the text over the wall of testimonials, if any, is the run, weighing what its prose does
                int wall = testimonialsStart(lines, run[0], run[1]);
                run[2] = 0;
                if (wall > run[0]) {
                    run[1] = linesNextTo(lines, wall, -1, 1).get(0);
                    for (int k = run[0]; k <= run[1]; k++) {
                        run[2] += isProse(lines.get(k)) ? weight(lines.get(k)) : 0;
                    }
                }
            }
            textBefore |= run[2] > 0;
        }
    }

    /** The most lines with text between a comment's header and its first line. */
    private static final int HEADER_LINES_ABOVE = 3;

    /** Whether a comment's header stands within {@value #HEADER_LINES_ABOVE} lines with text above line {@code i}. */
    private static boolean headerAbove(List<String> lines, List<Integer> headers, int i) {
        for (int above : linesNextTo(lines, i, -1, HEADER_LINES_ABOVE)) {
            if (Collections.binarySearch(headers, above) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The runs with those joined that are the items of one list article: runs parted by a few short lines that repeat
     * between other runs of the page ("Book Now", "map", "See it at Amazon", "Plant Care Tips" under every item), not
     * by a list of other articles, a prompt, a date or a reply button (teasers and comments repeat their lines too).
     */
    private static List<int[]> listItems(List<String> lines, List<int[]> runs) {
        List<Set<String>> gaps = new ArrayList<>();
        for (int k = 0; k + 1 < runs.size(); k++) {
            int[] run = runs.get(k);
            int[] next = runs.get(k + 1);
            // an item of paragraphs may have a box of facts, pros and cons under it; a line's blurb (a menu's) may not
            boolean paragraphs = paragraphs(lines, run) && paragraphs(lines, next);
            gaps.add(gapLines(lines, run[1], next[0], paragraphs ? MAX_ITEM_BOX_LINES : MAX_ITEM_GAP_LINES));
        }
        List<int[]> out = new ArrayList<>();
        int[] current = null;
        for (int k = 0; k < runs.size(); k++) {
            int[] run = runs.get(k);
            boolean joins = current != null && itemGap(gaps, k - 1);
            current = joins ? new int[] {current[0], run[1], current[2] + run[2]} : run.clone();
            if (joins) {
                out.set(out.size() - 1, current);
            } else {
                out.add(current);
            }
        }
        return out;
    }

    /** Whether a run is two prose lines or more, one of them a paragraph's length rather than a blurb's. */
    private static boolean paragraphs(List<String> lines, int[] run) {
        if (run[1] == run[0]) {
            return false;
        }
        for (int k = run[0]; k <= run[1]; k++) {
            if (Text.wordCount(lines.get(k)) >= ITEM_PARAGRAPH_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** The words of an item's paragraph; a shop menu's blurb under a product's name has fewer. */
    private static final int ITEM_PARAGRAPH_WORDS = 30;

    /** The most lines between two items of a list article. */
    private static final int MAX_ITEM_GAP_LINES = 10;
    /**
     * The most lines between two items of a list article that are paragraphs (runs of two prose lines or more): a
     * box of facts, pros and cons and a shop's button between them ("Fast Facts", "Cost: ...", "Pros and Cons", "Pros",
     * "Clothing is very affordable", ..., "Try Stitch Fix").
     */
    private static final int MAX_ITEM_BOX_LINES = 30;

    /**
     * The lines between two runs, or null when they cannot part two items of one list: too many, or a list of other
     * articles, a prompt, a comments label, a date or a reply button among them.
     */
    private static Set<String> gapLines(List<String> lines, int from, int to, int max) {
        Set<String> out = new HashSet<>();
        for (int k = from + 1; k < to; k++) {
            String l = lines.get(k);
            if (l.isEmpty()) {
                continue;
            }
            if (out.size() >= max || commentsLabel(l) || REPLY.matcher(l).matches()
                    || Dates.find(l) != null) {
                return null;
            }
            out.add(l);
        }
        return otherList(lines, from, to) ? null : out;
    }

    private static final Pattern REPLY = Pattern.compile("(?i)reply|report|like|\\d+ likes?");

    /** Whether the gap {@code k} (after run {@code k}) parts two items: a line of it repeats in the gap before or after. */
    private static boolean itemGap(List<Set<String>> gaps, int k) {
        Set<String> gap = gaps.get(k);
        if (gap == null || gap.isEmpty()) {
            return false;
        }
        for (int other = k - 1; other <= k + 1; other += 2) {
            if (other >= 0 && other < gaps.size() && gaps.get(other) != null
                    && gaps.get(other).stream().anyMatch(gap::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the lines between two prose lines hold the label of a list of other articles ("Related Posts", "Most
     * Popular") or a prompt ("Share this article", "Sign up for our newsletter").
     */
    private static boolean otherList(List<String> lines, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String l = lines.get(k);
            if (!l.isEmpty() && (otherListLabel(l) || BoilerplateLines.isBoilerplate(l))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line labels a list of other articles: "Related Posts", "Most Popular", "More Washington Examiner". */
    private static boolean otherListLabel(String l) {
        return l.length() <= 60 && (HtmlBody.relatedHeading(l) || OTHER_LIST_LABEL.matcher(l).matches()
                || MORE_FROM_SITE.matcher(l).matches());
    }

    /**
     * Whether the lines between two prose lines are a block of links to other articles set in the article ("Related",
     * "Read more", "Leggi anche", then a few headlines): such a label (not a sidebar's "Most Read"), and headlines of
     * at most {@value #MAX_LINK_WORDS} words; not a prompt ("Give Feedback"), an "About Us" over a site's own text, a
     * comment's header ("Pam says", "May 2, 2017 at 9:20 am"), nor a list whose headlines come again as teasers
     * ("Browns place Morgan Burnett on injured reserve First season in Cleveland is done ...").
     */
    private static boolean linksBetween(List<String> lines, int from, int to) {
        boolean label = false;
        for (int k = from + 1; k < to; k++) {
            String l = lines.get(k);
            if (l.isEmpty()) {
                continue;
            }
            if (l.length() <= 60 && (HtmlBody.relatedHeading(l) || LINKS_LABEL.matcher(l).matches())) {
                label = true;
            } else if (!linkLine(lines, k, to)) {
                return false;
            }
        }
        return label;
    }

    /** Whether line {@code k}, above line {@code to}, is a link to another story, not a paragraph, notice or comment. */
    private static boolean linkLine(List<String> lines, int k, int to) {
        String l = lines.get(k);
        return l.isEmpty() || Text.wordCount(l) <= MAX_LINK_WORDS && !isProse(l) && !BoilerplateLines.isBoilerplate(l)
                && !ABOUT_LABEL.matcher(l).matches() && !teaserFollows(lines, l, k, to) && !commentHeader(lines, k)
                && !commenterLine(lines, k);
    }

    /** Whether a line after line {@code k}, up to line {@code to}, starts with its text and goes on: a teaser. */
    private static boolean teaserFollows(List<String> lines, String headline, int k, int to) {
        for (int m = k + 1; m <= to; m++) {
            if (lines.get(m).length() > headline.length() && lines.get(m).startsWith(headline)) {
                return true;
            }
        }
        return false;
    }

    /** The label over a site's or a writer's own text: "About Us", "About the author". */
    private static final Pattern ABOUT_LABEL = Pattern.compile("(?i)about(?: us| the (?:author|company))?\\W{0,3}");

    /**
     * A note that the article goes on after a gallery or an advertisement: "Story continues below gallery", "Article
     * continues after advertisement", "Continue reading below".
     */
    private static final Pattern CONTINUES_BELOW = Pattern.compile("(?i)(?:advertisement\\W+)?(?:(?:the )?(?:story|article"
            + "|text|post) continues|continue reading) (?:below|after)\\b");

    /** How far below such a note the article's text is looked for. */
    private static final int CONTINUES_BELOW_LINES = 40;

    /** The first prose line within {@value #CONTINUES_BELOW_LINES} lines below line {@code i}; -1 if none. */
    private static int nextProse(List<String> lines, int i, boolean[] prose) {
        for (int k = i + 1; k < Math.min(lines.size(), i + CONTINUES_BELOW_LINES); k++) {
            if (prose[k]) {
                return k;
            }
        }
        return -1;
    }

    /** A gallery's counter over a picture: "Image 1 of 5", "Photo 2 / 10", "3 of 6", "1 / 4", "Image 1 of / 4". */
    private static final Pattern GALLERY_COUNTER = Pattern.compile("(?i)(?:(?:image|photo|picture|slide) )?\\d{1,3}"
            + " (?:of|/|of /) \\d{1,3}|(?:image|photo|picture|slide) \\d{1,3}/\\d{1,3}");

    /** The most lines with text between two counters of a gallery, and after its last (a caption, a credit). */
    private static final int GALLERY_ITEM_LINES = 3;

    /**
     * The last line of the gallery whose first counter is line {@code first}: its last counter's caption and credit
     * (up to {@value #GALLERY_ITEM_LINES} lines with text, ending at a credit or before two paragraphs), each counter
     * within as many lines of the one before.
     */
    private static int galleryEnd(List<String> lines, int first) {
        int counter = first;
        for (boolean more = true; more; ) {
            more = false;
            for (int k : linesNextTo(lines, counter, 1, GALLERY_ITEM_LINES + 1)) {
                if (GALLERY_COUNTER.matcher(lines.get(k)).matches()) {
                    counter = k;
                    more = true;
                    break;
                }
            }
        }
        int last = counter;
        for (int k : linesNextTo(lines, counter, 1, GALLERY_ITEM_LINES)) {
            String l = lines.get(k);
            if (isProse(l) && proseFollows(lines, k)) {
                break; // the article's paragraphs again
            }
            last = k;
            if (leftOut(l) || FIGURE_SOURCE.matcher(l).lookingAt()
                    || l.startsWith("(")) {
                break; // the credit ends the picture's lines
            }
        }
        return last;
    }

    /** The label of a block of links to other stories: "Related", "More on this story", "Most read in world news". */
    private static boolean linksLabel(String l) {
        return l.length() <= 60 && (HtmlBody.relatedHeading(l) || LINKS_LABEL.matcher(l).matches()
                || OTHER_LIST_LABEL.matcher(l).matches());
    }

    /** The most lines of a block of links set in an article, its label's included. */
    private static final int MAX_LINKS_BLOCK_LINES = 24;

    /**
     * The first line of the article's text after a block of links to other stories under the label at line
     * {@code label}: the block's lines are links ({@link #linksBetween}) under that one label (a second list of them
     * is the page's, after the article), and the article's paragraphs go on after it ({@link #textGoesOn}); else -1.
     */
    private static int linksBlockEnd(List<String> lines, int label, Set<Integer> teasers) {
        for (int k = label + 1; k < Math.min(lines.size(), label + MAX_LINKS_BLOCK_LINES); k++) {
            if (isProse(lines.get(k))) {
                for (int m = label + 1; m < k; m++) {
                    if (linksLabel(lines.get(m)) || !linkLine(lines, m, k)) {
                        return -1;
                    }
                }
                return textGoesOn(lines, k, teasers) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether two of the four lines with text from line {@code i} on, the page's labels and buttons aside
     * ("Advertisement"), are paragraphs, none of them a notice or a teaser of another story.
     */
    private static boolean textGoesOn(List<String> lines, int i, Set<Integer> teasers) {
        int paragraphs = 0;
        int seen = 0;
        for (int k = i; k < lines.size() && seen < 4; k++) {
            String l = lines.get(k);
            if (l.isEmpty() || leftOut(l)) {
                continue;
            }
            if (teasers.contains(k) || notice(l)) {
                return false;
            }
            seen++;
            paragraphs += isProse(l) ? 1 : 0;
        }
        return paragraphs >= 2;
    }

    /**
     * Whether the article goes on after the label of a block of links at line {@code label}: within the
     * {@value #MAX_LINKS_BLOCK_LINES} lines after it, {@value #PARAGRAPHS_IN_A_ROW} paragraphs in a row (the page's
     * labels and buttons aside), or a paragraph right after the one link that a label of links set in articles stands
     * over ("Related Links" / "European Space Agency website"; not "You might also like" over a headline and its
     * teaser), none of them another story's teaser. A list of other stories under a label holds a teaser's sentence
     * here and there, never paragraphs in a row.
     */
    private static boolean paragraphsAfter(List<String> lines, int label, Set<Integer> teasers) {
        int inRow = 0;
        int seen = 0;
        for (int k = label + 1; k < Math.min(lines.size(), label + MAX_LINKS_BLOCK_LINES); k++) {
            String l = lines.get(k);
            if (l.isEmpty() || leftOut(l)) {
                continue;
            }
            boolean paragraph = isProse(l) && !teasers.contains(k);
            if (++seen == 2 && paragraph && inRow == 0 && LINKS_LABEL.matcher(lines.get(label)).matches()) {
                return true; // one link, then the article's text
            }
            inRow = paragraph ? inRow + 1 : 0;
            if (inRow >= PARAGRAPHS_IN_A_ROW) {
                return true;
            }
        }
        return false;
    }

    /** How many paragraphs in a row after a block of links tell that the article goes on. */
    private static final int PARAGRAPHS_IN_A_ROW = 2;

    /** Whether the next line with text after line {@code i} is prose too: the article goes on in paragraphs. */
    private static boolean proseFollows(List<String> lines, int i) {
        List<Integer> next = linesNextTo(lines, i, 1, 1);
        return !next.isEmpty() && isProse(lines.get(next.get(0)));
    }

    /**
     * A label over links set in an article that {@link HtmlBody#RELATED_HEADING} (which has "Read more", "See also",
     * "Leggi anche") lacks: "Related", "Related Content", "More on this story", "Also read".
     */
    private static final Pattern LINKS_LABEL = Pattern.compile("(?i)(?:related(?: content| links| coverage)?"
            + "|more on this(?: story)?|also read|more:)\\W{0,3}");

    /** The most words of a line in a block of links set in an article. */
    private static final int MAX_LINK_WORDS = 20;

    /**
     * The lines of a list of other stories that run each headline into its teaser ({@link #gluedTeaser},
     * {@link #teaserUnderDateline}), where the page has two such lines or more: they weigh nothing in their run, so a
     * ticker of teasers is not taken for the article.
     */
    private static Set<Integer> teasers(List<String> lines) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (gluedTeaser(lines.get(i)) || teaserUnderDateline(lines.get(i))) {
                out.add(i);
            }
        }
        return out.size() >= 2 ? out : Set.of();
    }

    /**
     * Whether a line is a headline followed by its teaser's dateline and text ("Newly-elected Lankan president accepts
     * Imran Khan's invitation to visit Pakistan COLOMBO: Newly-elected Sri Lankan President ..."): a place in capitals
     * and a colon after five words or more, the last in small letters; an article's own dateline opens its first
     * paragraph.
     */
    static boolean teaserUnderDateline(String line) {
        return DATELINE_INSIDE.matcher(line).lookingAt();
    }

    private static final Pattern DATELINE_INSIDE = Pattern.compile("(?:\\S+\\s+){4,40}\\S*\\p{Ll}\\s+"
            + "(?:\\p{Lu}{2,}[ .]){0,2}\\p{Lu}{4,}(?:[ .]\\p{Lu}{2,})?:\\s+[\\p{Lu}‘“\"]");

    /**
     * Whether a line is a headline run into its teaser, as a page's list of other stories is copied ("Tape Gaffe Ends
     * Hamlin's Title RunDenny Hamlin's championship run was foiled by the tale of the tape."): four words or more in
     * title case, the last ending in small letters or a question mark, glued to a capitalised word that opens
     * {@value #MIN_TEASER_WORDS} words or more, a good share of them in small letters (not a table's row of names).
     */
    static boolean gluedTeaser(String line) {
        Matcher glue = GLUE.matcher(line);
        while (glue.find()) {
            String headline = line.substring(0, glue.start());
            String[] teaser = line.substring(glue.start()).split("\\s+");
            int words = Text.wordCount(headline);
            if (words >= MIN_GLUED_HEADLINE_WORDS && words <= MAX_GLUED_HEADLINE_WORDS
                    && Character.isUpperCase(headline.charAt(0)) && capitalisedShare(headline) == 1
                    && LONGER_WORD.matcher(headline).results().count() >= MIN_GLUED_HEADLINE_WORDS
                    && teaser.length >= MIN_TEASER_WORDS
                    && Arrays.stream(teaser).filter(w -> Character.isLowerCase(w.charAt(0))).count()
                    >= TEASER_SMALL_SHARE * teaser.length) {
                return true;
            }
        }
        return false;
    }

    /**
     * The end of a headline's word (three letters, the last two small; two and a question mark; a number; a closing
     * bracket) glued to the capitalised word that opens a teaser ("RunDenny", "SteakhouseA party", "11/15You",
     * "Morning)Some").
     */
    private static final Pattern GLUE = Pattern.compile("(?<=\\p{L}\\p{Ll}{2}|\\p{Ll}{2}[?!]|\\d{2}|\\p{Ll}\\))"
            + "(?=\\p{Lu}\\p{Ll}*[\\s,])");

    /** A word of four letters or more (a headline's word that title case capitalises). */
    private static final Pattern LONGER_WORD = Pattern.compile("\\p{L}{4,}");

    private static final int MIN_GLUED_HEADLINE_WORDS = 4;
    private static final int MAX_GLUED_HEADLINE_WORDS = 16;
    private static final int MIN_TEASER_WORDS = 6;
    private static final double TEASER_SMALL_SHARE = 0.4;

    /**
     * Whether the line gives a blog post's day and writer, however long what follows them ("Posted on December 20, 2025
     * by Jean-Luc Aufranc (CNXSoft) - 5 Comments on Do you need 14 USB ports on your Raspberry Pi 5?"): the header's,
     * over the headline, not the article's first paragraph.
     */
    private static boolean postedLine(String line) {
        return POSTED_BY.matcher(line).lookingAt() && dateline(line);
    }

    private static final Pattern POSTED_BY = Pattern.compile("(?i)(?:posted|published)(?: on)?\\s+\\S.{0,30}?\\sby\\s+\\S");

    /** What a prose line weighs in its run: its length, none for a notice (copyright, cookies, disclaimers). */
    private static int weight(String prose) {
        return notice(prose) || prose.length() <= MAX_NOTICE_CHARS && BoilerplateLines.isBoilerplate(prose)
                ? 0 : prose.length();
    }

    /**
     * Whether the line is a site's notice: its copyright, its use of cookies ("We use cookies to ..."). Plain look-ups
     * first: one case-blind expression of alternatives read every long paragraph slowly.
     */
    private static boolean notice(String line) {
        if (line.indexOf('©') >= 0) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("copyright") || lower.contains("all rights reserved")
                || lower.contains("cookies")
                && (USES_COOKIES.matcher(lower).find() || BoilerplateLines.isCookieNotice(line))
                || (lower.contains("purposes only") || lower.contains("information only") || lower.contains("advice"))
                && DISCLAIMER.matcher(lower).find();
    }

    /**
     * What a site's disclaimer says: "for informational purposes only", "for general information only", "is not
     * intended to replace the advice of a qualified advisor", "does not constitute financial advice".
     */
    private static final Pattern DISCLAIMER = Pattern.compile("for (?:general )?information(?:al)? (?:purposes )?only"
            + "|(?:is|are) not intended (?:to|as) (?:replace|be|constitute|provide|serve as)[^.]{0,40}advice"
            + "|do(?:es)? not constitute (?:legal|financial|investment|tax|medical|professional) advice");

    /**
     * Whether the line opens what a page prints under an article: a prompt to rate it ("Was this page helpful?", "Rate
     * this article"), the author's box ("About the Author", "THE AUTHOR", and in the languages around: "Sobre o autor",
     * "Über den Autor") or the button to republish it ("Republish",
     * "Republish this article"). (Not "Why trust us?" nor "How we tested ...": review sites print those as part of the
     * review.)
     */
    private static boolean afterArticleLabel(String line) {
        return line.length() <= 60 && (AFTER_ARTICLE_LABEL.matcher(line).matches()
                || ForeignLabels.in(ForeignLabels.ABOUT_THE_AUTHOR, line));
    }

    private static final Pattern AFTER_ARTICLE_LABEL = Pattern.compile("(?i)(?:was this (?:article|page|post|story"
            + "|guide|information|answer|content)(?: \\w+)? (?:helpful|useful)"
            + "|did you (?:find|like|enjoy) this (?:article|post|page|story|guide)(?: \\w+)?"
            + "|about the (?:authors?|writer)|meet the (?:authors?|writer)|the authors?"
            + "|rate this (?:article|post|story|page)|republish(?: this (?:article|story|post))?)\\W{0,4}");

    /**
     * A site's label over more of its articles, its name right after "More": "More Washington Examiner" ("More from
     * Dawgs By Nature" is a {@link HtmlBody#RELATED_HEADING}).
     */
    private static final Pattern MORE_FROM_SITE = Pattern.compile("(?:More|MORE)(?: \\p{Lu}[\\p{L}'’&.-]*){1,4}");

    /** The label of a list of other articles: "Most Popular", "Trending News", "Top Stories", "Editor's Picks". */
    private static final Pattern OTHER_LIST_LABEL = Pattern.compile("(?i)(?:most (?:popular|read|viewed|shared)"
            + "(?: (?:in|on|from) [\\p{L} &'’-]{1,30})?"
            + "|trending(?: now| news| stories)?|top stories|editor'?s'? picks?|don't miss|must reads?)\\W{0,4}");

    /** The longest prose line read as a possible notice or credit (they are a sentence or two). */
    private static final int MAX_NOTICE_CHARS = 400;

    /** A site's word on its use of cookies: "We use cookies to ...", "This website uses cookies". */
    private static final Pattern USES_COOKIES = Pattern.compile("\\b(?:we|site|website) uses? cookies");

    /** A one-sentence paragraph of a few words ("Now get prepping!"): the article's, between its longer ones. */
    private static boolean shortSentence(String l) {
        return Text.wordCount(l) >= 4 && SHORT_SENTENCE.matcher(l).matches() && !RIGHTS.matcher(l).find()
                && linkLike(l) < 0.3;
    }

    /**
     * A sentence: a capital, a quotation mark or a bracket, or any letter of a script without capitals (Japanese,
     * Chinese, Arabic: "これでようやく元の操作性を取り戻せました。"), to its stop.
     */
    private static final Pattern SHORT_SENTENCE = Pattern.compile("[\\p{Lu}\\p{Lo}\"“‘'(「『（※].*[.!?。！？][\"”’)」』）]?");
    private static final Pattern RIGHTS = Pattern.compile("(?i)" + COPYRIGHT_WORDS + "|cookies");

    /**
     * The index of the last of the short sentences that follow the article's last long paragraph ("Price details
     * were not available."): a one-line closing paragraph is still the article. A line that is not a sentence
     * ("Related Posts") ends them, and none follows a last paragraph that ends in a magazine's end mark.
     */
    private static int lastShortSentence(List<String> lines, int end) {
        if (END_MARK.matcher(lines.get(end)).find()) {
            return end;
        }
        int last = end;
        for (int i = end + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            if (!shortSentence(l) || afterArticleLabel(l) || testimonialAt(lines, i)) {
                break;
            }
            last = i;
        }
        return last;
    }

    /**
     * The index of the last line of the list that the article's last paragraph announces with a colon ("Here are the
     * winners and their instructors:"): an article does not end on a colon, so the lines under it are its own. A
     * numbered list is read for as long as its numbers follow each other (one or two lines, an item's link or blurb,
     * between two numbers); other lines up to {@value #MAX_LIST_ITEMS}. A line that is no item ends the list: a
     * paragraph of more than {@value #MAX_ITEM_WORDS} words, a label of what follows an article, of comments, of a
     * list of other articles or of a table of contents, a reader's testimonial or comment.
     *
     * @return {@code end} when its line ends in no colon
     */
    static int announcedList(List<String> lines, int end) {
        if (!lines.get(end).endsWith(":")) {
            return end;
        }
        int last = end;
        int items = 0;
        int number = 0;
        int sinceNumber = 0;
        for (int i = end + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            if (Text.wordCount(l) > MAX_ITEM_WORDS || afterArticleLabel(l) || commentsLabel(l) || otherListLabel(l)
                    || PastedLines.CONTENTS_LABEL.matcher(l).matches() || testimonialAt(lines, i)
                    || commenterLine(lines, i)) {
                break;
            }
            Matcher numbered = RepeatedText.ITEM_NUMBER.matcher(l);
            if (numbered.find() && Integer.parseInt(numbered.group(1)) == number + 1) {
                number++;
                sinceNumber = 0;
            } else if (number > 0 && ++sinceNumber > MAX_LINES_BETWEEN_NUMBERS) {
                break;
            }
            if (number == 0 && ++items > MAX_LIST_ITEMS) {
                break;
            }
            last = i;
        }
        return last;
    }

    /**
     * The index of the last line of a schedule printed under the article, its heading over it or not ("The Doobie
     * Brothers Tour Dates" / "June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre" / "June 10 – ..."): at least
     * {@value #MIN_DATED_ITEMS} lines in a row that each open with a month and a day and a dash, colon, "@" or bar
     * before their text ({@link #DATED_ITEM}). A page's lists of other articles put their dates apart from their
     * headlines, not before them in this way.
     *
     * @return {@code end} when no schedule follows it
     */
    static int datedList(List<String> lines, int end) {
        List<Integer> next = linesNextTo(lines, end, 1, 1);
        if (next.isEmpty()) {
            return end;
        }
        int first = next.get(0);
        String heading = lines.get(first);
        if (!DATED_ITEM.matcher(heading).lookingAt()) {
            if (Text.wordCount(heading) > MAX_SCHEDULE_HEADING_WORDS || isProse(heading) || afterArticleLabel(heading)
                    || otherListLabel(heading) || commentsLabel(heading) || BoilerplateLines.isBoilerplate(heading)) {
                return end;
            }
            next = linesNextTo(lines, first, 1, 1);
            if (next.isEmpty()) {
                return end;
            }
            first = next.get(0);
        }
        int last = -1;
        int items = 0;
        for (int i = first; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!l.isEmpty() && !DATED_ITEM.matcher(l).lookingAt()) {
                break;
            }
            if (!l.isEmpty()) {
                last = i;
                items++;
            }
        }
        return items >= MIN_DATED_ITEMS ? last : end;
    }

    /**
     * A schedule's line: "June 9 – West Palm Beach, FL", "Sept. 12 -- Shoreline Amphitheatre", "April 15: Last day to
     * file".
     */
    private static final Pattern DATED_ITEM = Pattern.compile("(?i)" + Dates.ENGLISH_MONTH
            + "\\.? \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\s*(?:–|—|--?|:|@|\\|)\\s*\\S");

    /** The fewest lines of a schedule under an article ({@link #datedList}). */
    private static final int MIN_DATED_ITEMS = 3;

    /** The most words of the heading over such a schedule. */
    private static final int MAX_SCHEDULE_HEADING_WORDS = 12;

    /** The most words of an item of a list an article's last paragraph announces ({@link #announcedList}). */
    private static final int MAX_ITEM_WORDS = 40;
    /** The most lines between two numbered items of such a list: an item's link, its blurb. */
    private static final int MAX_LINES_BETWEEN_NUMBERS = 2;

    /**
     * The indexes of up to {@code count} lines with text next to line {@code from}, nearest first: above it for a
     * {@code step} of -1, below it for 1.
     */
    static List<Integer> linesNextTo(List<String> lines, int from, int step, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int i = from + step; i >= 0 && i < lines.size() && out.size() < count; i += step) {
            if (!lines.get(i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

}
