package news.ingest.extract;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the article in plain text, which may be a clean article or a whole web page copied as text with its
 * menus, headline lists and footer.
 *
 * <p>Lines are classed as prose (long, with sentence punctuation) or not. The article is the first run of prose
 * lines with nearly the most text (comments and other articles' teasers come below it), where short lines between
 * prose lines (sub-headings, one-sentence paragraphs, numbered items, a list under a label ending in a colon) are
 * kept, and so are up to a dozen lines of a few words each (a review's product facts); a run ends at a longer
 * stretch of other short lines, at lines of a word or two (menus), at a list of other articles ("Related Posts",
 * "Most Popular") and at readers' comments. The lines just above the run are read as the header:
 * the nearest title-like line is the title, person-name lines are bylines, date lines are the dateline
 * ("updated" dates give the modification time). A text that starts with its first paragraph has no title (null):
 * the extractor does not invent one.
 */
final class TextPage {

    /**
     * A sentence's end: its stop, up to two closing marks ("content.’’", "(he said.)") and a space or the line's end;
     * or, at the line's end, a footnote's number after them ("... but that don't love you back.1", "... back.[2]").
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"”’)»]{0,2}(\\s|$)"
            + "|(?<=\\p{L})[.!?][\"”’)»]{0,2}(?:\\d{1,2}|\\[\\d{1,2}]|[¹²³⁴-⁹])$");
    /**
     * The mark a magazine sets after an article's last word ("... is not reassuring. ♦"): what follows it is not the
     * article.
     */
    private static final Pattern END_MARK = Pattern.compile("[.!?\"”’]\\s*[♦■◆∎]$");
    private static final Pattern UPDATED = Pattern.compile("(?i)updated|modified|edited|aktualisiert|mis à jour|actualizado");
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
    private static final int HEADER_WINDOW = 12;
    /** How many lines above the headline are read for a dateline or byline ("Travel · September 8, 2021", "By ..."). */
    private static final int TITLE_DATELINE_LINES = 3;
    /**
     * A line of the header that is no title: a breadcrumb ("Home » Blogs » ..."), an editor's or reviewer's credit,
     * an update stamp, a count of readers or shares, a prompt to follow the site, a "Skip to content" link, a call to
     * act ("Get started with ...", "Try ...", "Subscribe", "Listen to the audio version"), a share prompt ("Share this
     * with Twitter", "Share All sharing options for: ..."), "More on ...", a stamp of time ago ("2 days ago at 07:47
     * am"), a share price's change ("-5.44%"), a mail or web address.
     */
    private static final Pattern HEADER_FURNITURE = Pattern.compile("(?i)^(?:home\\b.*(?:»|›|>|/)|(?:edited|reviewed"
            + "|written|fact[- ]checked|medically reviewed|updated|last updated|published|posted)\\b"
            + "|add .* as a preferred source|skip to\\b|you are here\\b|listen to (?:the|this)\\b"
            + "|learn (?:more )?about our|(?:get started|try|unlock|subscribe|sign up|download)\\b"
            + "|share (?:this|on|all|via|with)\\b|show more sharing|more (?:on|from)\\b|you are signed in|reading time\\b"
            + "|lorem ipsum\\b|story continues\\b|media playback is\\b|these are external links\\b"
            + "|continue reading\\b|brought to you by\\b|supported by\\b|sponsored by\\b|presented by\\b|donate\\b"
            + "|reported by \\p{L}|(?-i:By \\p{Lu}))"
            + "|\\bmake a (?:one-off |one-time |monthly )?donation\\b"
            + "|\\bdelivered to your inbox\\W*$|\\bwill open in a new (?:window|tab)\\W*$"
            + "|\\b\\d[\\d,.]*[km]? (?:shares?|views|likes?)\\W*$|\\blikes? this\\W*$|\\bmin(?:ute)?s? read\\b"
            + "|\\b\\d+ (?:minutes?|hours?|days?|weeks?) ago\\b|[-+]\\d+(?:\\.\\d+)?%|\\S@\\S+\\.\\w|^(?:https?://|www\\.)\\S+$|\\S \\> \\S.* \\> \\S|»|›");

    final String title;
    final List<String> authors = new ArrayList<>();
    OffsetDateTime publishedAt;
    OffsetDateTime modifiedAt;
    final List<String> paragraphs = new ArrayList<>();
    /** The lines of the article's run; empty where the page has none. */
    private List<String> articleLines = List.of();
    /** Whether the article's text is English ({@link #english()}), once asked. */
    private Boolean english;

    /** The share of common English words from which a text is English ({@link CommonWords#share}). */
    private static final double ENGLISH_SHARE = 0.4;

    /** How much of the article's opening {@link #english()} reads. */
    private static final int ENGLISH_SAMPLE_CHARS = 2000;

    /** The page's lines, and the words it writes in small letters (see {@link #personLike}), made when first asked. */
    private final List<String> pageLines;
    private Set<String> smallWords;

    TextPage(String text) {
        List<String> lines = withoutContents(logicalLines(text == null ? "" : text));
        pageLines = lines;
        Set<Integer> otherArticles = new HashSet<>();
        int[] run = bestRun(lines, otherArticles);
        String foundTitle = null;
        if (run != null) {
            run[1] = lastShortSentence(lines, run[1]);
            run[0] = afterHeadlineInRun(lines, run[0], run[1]);
            articleLines = lines.subList(run[0], run[1] + 1);
            foundTitle = readHeader(lines, run[0], run[1]);
            // a headline over its byline or dateline further up, where the line the walk up took stands over none and
            // the article uses fewer of its words (a widget's or a promotion's heading between headline and text)
            int far = foundTitle == null || !headerOverBlock ? headlineOverFarBlock(lines, run[0], run[1]) : -1;
            if (far >= 0 && foundTitle != null && articleWords(lines.get(far), lines, run[0], run[1])
                    <= articleWords(foundTitle, lines, run[0], run[1])) {
                far = -1;
            }
            if (far >= 0) {
                readAbove(lines, far);
                readBlock(lines, far, run[0]);
                foundTitle = lines.get(far);
            }
            Set<Integer> lead = readLead(lines, run[0], run[1], foundTitle == null ? "" : foundTitle);
            for (int i = run[0]; i <= run[1]; i++) {
                if (!lines.get(i).isEmpty() && !lead.contains(i) && !otherArticles.contains(i)) {
                    paragraphs.add(lines.get(i));
                }
            }
            readTrailer(lines, run[1]);
            if (authors.isEmpty()) {
                readLabelledByline(lines, run[0]);
            }
            if (authors.isEmpty() && foundTitle != null) {
                readNameUnderHeadline(lines, foundTitle, run[0]);
            }
            if (authors.isEmpty()) {
                readClosingCredit(lines, run[1]);
            }
            withoutClosingAuthorNote();
            if (publishedAt == null && modifiedAt == null) {
                readDatelineAbove(lines, run[0]);
            }
        }
        title = foundTitle;
        if (publishedAt == null) {
            publishedAt = modifiedAt;
        }
    }

    /**
     * Ends the article before a note about its author among its last paragraphs ("Greg McKeown is the author of
     * ..."), and what follows the note (the site's promotions): the author's box, not the article.
     */
    private void withoutClosingAuthorNote() {
        for (int i = Math.max(1, paragraphs.size() - CLOSING_NOTE_PARAGRAPHS); i < paragraphs.size(); i++) {
            if (HtmlBody.isAuthorNote(paragraphs.get(i), authors)) {
                paragraphs.subList(i, paragraphs.size()).clear();
                return;
            }
        }
    }

    /** How many of the article's last paragraphs may be its author's note and what follows it. */
    private static final int CLOSING_NOTE_PARAGRAPHS = 4;

    /**
     * Lines with whitespace normalised; hard-wrapped paragraphs (blank-line separated, or each begun by an indented
     * line as in wire copy) are joined first.
     */
    private static List<String> logicalLines(String text) {
        List<String> out = new ArrayList<>();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').split("\\n\\s*\\n")) {
            for (String paragraph : indentedParagraphs(block.split("\\n"))) {
                String[] raw = paragraph.split("\\n");
                if (looksWrapped(raw)) {
                    out.add(Text.normalize(paragraph));
                } else {
                    for (String line : raw) {
                        out.add(Text.normalize(line));
                    }
                }
            }
            out.add("");
        }
        return out;
    }

    private static final Pattern INDENT = Pattern.compile("^(?: {2,}|\t)\\S.*");

    /**
     * The block cut before each indented line, when lines that are not indented follow it: text wrapped at a fixed
     * width that starts each paragraph with an indent instead of a blank line. A block indented throughout (a quote,
     * code) stays whole.
     */
    private static List<String> indentedParagraphs(String[] lines) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            boolean startsParagraph = i > 0 && indented(lines[i]) && i + 1 < lines.length
                    && !indented(lines[i + 1]) && !lines[i + 1].isBlank();
            if (startsParagraph && !current.isEmpty()) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.append(current.isEmpty() ? "" : "\n").append(lines[i]);
        }
        out.add(current.toString());
        return out;
    }

    /** Whether the line is indented ({@link #INDENT}); most lines start with neither a space nor a tab. */
    private static boolean indented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && INDENT.matcher(line).matches();
    }

    private static boolean looksWrapped(String[] lines) {
        if (lines.length < 2) {
            return false;
        }
        int ended = 0;
        for (int i = 0; i < lines.length - 1; i++) {
            String l = lines[i].strip();
            if (l.length() < 45 || l.length() > 120) {
                return false;
            }
            if (SENTENCE_END.matcher(l).find() && l.matches(".*[.!?。”\"]$")) {
                ended++;
            }
        }
        return ended * 2 < lines.length - 1;
    }

    static boolean isProse(String line) {
        int words = Text.wordCount(line);
        boolean cjk = Text.weightedLength(line) > line.length() * 1.5;
        int minWords = cjk ? 25 : 15;
        return words >= minWords && SENTENCE_END.matcher(line).find() && linkLike(line) < 0.3;
    }

    /** Share of the line made of URL-ish or pipe/bullet-separated fragments. */
    private static double linkLike(String line) {
        long separators = line.chars().filter(c -> c == '|' || c == '•' || c == '·').count();
        return line.contains("http") ? 1.0 : separators / (double) Math.max(1, Text.wordCount(line));
    }

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

    /**
     * The [first, last] line indexes of the article's prose run, or null when there is no prose: the first run with
     * {@link #FIRST_RUN_SHARE} of the most text any run has, notices (copyright, cookies, disclaimers) weighing
     * nothing.
     */
    private static int[] bestRun(List<String> lines, Set<Integer> otherArticles) {
        boolean[] prose = proseLines(lines);
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!prose[i]) {
                i++;
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
                if (prose[j]) {
                    if (gap > 0 && linksBetween(lines, end, j) && proseFollows(lines, j)) {
                        for (int k = end + 1; k < j; k++) {
                            otherArticles.add(k);
                        }
                    } else if (gap > MAX_GAP_LINES
                            && (gapWords < GAP_WORDS_PER_LINE * gap || otherList(lines, end, j))) {
                        break; // (a menu's words between, or a list of other articles or of prompts)
                    }
                    end = j;
                    chars += weight(l);
                    gap = 0;
                    gapWords = 0;
                    listed = 0;
                    if (END_MARK.matcher(l).find()) {
                        break;
                    }
                } else if (Text.wordCount(l) > 40 || commentsLabel(l) || afterArticleLabel(l)
                        || commenterLine(lines, j)) {
                    break;
                } else if (l.endsWith(":") && Text.wordCount(l) <= 8) {
                    listed = MAX_LIST_ITEMS;
                } else if (!shortSentence(l) && !RepeatedText.ITEM_NUMBER.matcher(l).find() && (listed-- <= 0)) {
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
        for (int[] run : runs) {
            if (run[2] > 0 && run[2] >= FIRST_RUN_SHARE * bestChars) {
                return new int[] {run[0], run[1]};
            }
        }
        return null;
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
            if (dateline(b) || labelledByline(b) && !bylineNames(b).isEmpty()) {
                return true;
            }
            if (!isProse(b)) {
                return false;
            }
        }
        return false;
    }

    /** The indexes of the first {@code count} lines with text of the run {@code [start, end]}. */
    private static List<Integer> runLines(List<String> lines, int start, int end, int count) {
        List<Integer> out = linesNextTo(lines, start - 1, 1, count);
        out.removeIf(i -> i > end);
        return out;
    }


    /** A photo's caption or credit: "... last week.Credit...Anna Moneymaker", "Thea Traff, The New York Times/Redux". */
    private static final Pattern PHOTO_CAPTION = Pattern.compile("\\bCredits?\\b|/\\s*\\p{Lu}[\\p{L}.]*\\s*$");

    /** How far into a run a headline is looked for, and how many prose lines may stand over it. */
    private static final int HEADLINE_IN_RUN_LINES = 8;
    private static final int PROSE_OVER_HEADLINE = 2;

    /**
     * Weighs nothing the runs that readers wrote: comments, each under its writer's name and the time of posting
     * ("Rebecca Vigil says" / "July 31, 2017 at 8:53 am", "Emma" / "December 18, 2025, 9:59 pm", "by Tschaine (
     * 10502969 ) on Saturday December 20, 2025 @01:16AM"), where the page prints two such headers or more; and reviews
     * signed by a first name and an initial ("Mallory R.", "Brittany M."), two or more in one run; not the first run
     * with text, which a byline and a time may head. A long thread of comments or a wall of testimonials is then not
     * taken for the article.
     */
    private static void readersOwn(List<String> lines, List<int[]> runs) {
        List<Integer> headers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (commentHeader(lines, i)) {
                headers.add(i);
            }
        }
        boolean textBefore = false;
        for (int[] run : runs) {
            boolean comment = headers.size() >= 2 && headerAbove(lines, headers, run[0]);
            if (textBefore && (comment || signedReviews(lines, run[0], run[1]) >= 2)) {
                run[2] = 0;
            } else {
                textBefore |= run[2] > 0;
            }
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
     * Whether line {@code i} heads a reader's comment: the time it was posted (a date, or a day told from today, and a
     * time of day) under a writer's name ("Rebecca Vigil says", "Emma", "Nick A" over "2 days ago at 07:47 am"), or
     * after it ("by Tschaine ( 10502969 ) on Saturday December 20, 2025 @01:16AM").
     */
    private static boolean commentHeader(List<String> lines, int i) {
        String l = lines.get(i);
        if (l.isEmpty() || l.length() > MAX_HEADER_CHARS || !TIME_OF_DAY.matcher(l).find()
                || Dates.find(l) == null && !DAY_FROM_TODAY.matcher(l).find()) {
            return false;
        }
        if (l.startsWith("by ")) {
            return true;
        }
        List<Integer> above = linesNextTo(lines, i, -1, 1);
        if (above.isEmpty()) {
            return false;
        }
        String name = lines.get(above.get(0));
        return WRITER_SAYS.matcher(name).matches() || Text.wordCount(name) <= 3 && WRITER.matcher(name).matches();
    }

    /** A day told from today: "2 days ago", "an hour ago", "yesterday", "today". */
    private static final Pattern DAY_FROM_TODAY = Pattern.compile(
            "(?i)\\b(?:(?:\\d+|an?|one) (?:minutes?|hours?|days?|weeks?) ago|yesterday|today)\\b");
    /** The longest line read as a comment's header. */
    private static final int MAX_HEADER_CHARS = 120;
    /** A time of day: "8:53 am", "9:59 pm", "@01:16AM", "13:05". */
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\b\\d{1,2}:\\d{2}\\s?(?:[ap]\\.?m\\b\\.?|[AP]M\\b)?");
    /** A comment's writer who "says" ("Jill Winger says", "thelastchargersfan says:") or "wrote". */
    private static final Pattern WRITER_SAYS = Pattern.compile("\\S.{0,60} (?:says|said|wrote):?");
    /** A writer's name alone on its line: one to three words, a capital first, no digits and no sentence's stop. */
    private static final Pattern WRITER = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: [\\p{L}'’.-]+){0,2}");

    /** How many lines of the run {@code [from, to]} sign a review: a first name and an initial ("Mallory R."). */
    private static int signedReviews(List<String> lines, int from, int to) {
        int signed = 0;
        for (int i = from; i <= to; i++) {
            if (REVIEWER.matcher(lines.get(i)).matches()) {
                signed++;
            }
        }
        return signed;
    }

    private static final Pattern REVIEWER = Pattern.compile("[-–—~ ]*\\p{Lu}\\p{Ll}+ \\p{Lu}\\.?");

    /**
     * The runs with those joined that are the items of one list article: runs parted by a few short lines that repeat
     * between other runs of the page ("Book Now", "map", "See it at Amazon", "Plant Care Tips" under every item), not
     * by a list of other articles, a prompt, a date or a reply button (teasers and comments repeat their lines too).
     */
    private static List<int[]> listItems(List<String> lines, List<int[]> runs) {
        List<Set<String>> gaps = new ArrayList<>();
        for (int k = 0; k + 1 < runs.size(); k++) {
            gaps.add(gapLines(lines, runs.get(k)[1], runs.get(k + 1)[0]));
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

    /** The most lines between two items of a list article. */
    private static final int MAX_ITEM_GAP_LINES = 10;

    /**
     * The lines between two runs, or null when they cannot part two items of one list: too many, or a list of other
     * articles, a prompt, a comments label, a date or a reply button among them.
     */
    private static Set<String> gapLines(List<String> lines, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int k = from + 1; k < to; k++) {
            String l = lines.get(k);
            if (l.isEmpty()) {
                continue;
            }
            if (out.size() >= MAX_ITEM_GAP_LINES || commentsLabel(l) || REPLY.matcher(l).matches()
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
            if (!l.isEmpty() && (l.length() <= 60 && (HtmlBody.RELATED_HEADING.matcher(l).matches()
                    || OTHER_LIST_LABEL.matcher(l).matches() || MORE_FROM_SITE.matcher(l).matches())
                    || BoilerplateLines.isBoilerplate(l))) {
                return true;
            }
        }
        return false;
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
            if (l.length() <= 60
                    && (HtmlBody.RELATED_HEADING.matcher(l).matches() || LINKS_LABEL.matcher(l).matches())) {
                label = true;
            } else if (Text.wordCount(l) > MAX_LINK_WORDS || isProse(l) || BoilerplateLines.isBoilerplate(l)
                    || ABOUT_LABEL.matcher(l).matches() || teaserFollows(lines, l, k, to) || commentHeader(lines, k)
                    || commenterLine(lines, k)) {
                return false;
            }
        }
        return label;
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
            + "|more on this(?: story)?|also read)\\W{0,3}");
    /** The most words of a line in a block of links set in an article. */
    private static final int MAX_LINK_WORDS = 20;

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
                || lower.contains("cookies") && USES_COOKIES.matcher(lower).find();
    }

    /**
     * Whether the line labels what follows as readers' comments: "Comments", "Leave a Reply", "34 responses to
     * “Headline”".
     */
    private static boolean commentsLabel(String line) {
        return line.length() <= 150 && COMMENTS_LABEL.matcher(line).matches();
    }

    /**
     * Whether the line opens what a page prints under an article: a prompt to rate it ("Was this page helpful?", "Rate
     * this article") or the author's box ("About the Author", "THE AUTHOR"). (Not "Why trust us?" nor "How we tested
     * ...": review sites print those as part of the review.)
     */
    private static boolean afterArticleLabel(String line) {
        return line.length() <= 60 && AFTER_ARTICLE_LABEL.matcher(line).matches();
    }

    private static final Pattern AFTER_ARTICLE_LABEL = Pattern.compile("(?i)(?:was this (?:article|page|post|story"
            + "|guide|information|answer|content)(?: \\w+)? (?:helpful|useful)"
            + "|did you (?:find|like|enjoy) this (?:article|post|page|story|guide)(?: \\w+)?"
            + "|about the (?:authors?|writer)|meet the (?:authors?|writer)|the authors?"
            + "|rate this (?:article|post|story|page))\\W{0,4}");

    /**
     * Whether line {@code i} opens a reader's comment as blogs print them: a name that "says:", the date of the comment
     * on the next line ("thelastchargersfan says:" / "November 19, 2019 at 6:34 am").
     */
    private static boolean commenterLine(List<String> lines, int i) {
        String l = lines.get(i);
        return l.endsWith(" says:") && Text.wordCount(l) <= 6
                && linesNextTo(lines, i, 1, 1).stream().anyMatch(k -> Dates.find(lines.get(k)) != null);
    }

    /**
     * A site's label over more of its articles, its name right after "More": "More Washington Examiner" ("More from
     * Dawgs By Nature" is a {@link HtmlBody#RELATED_HEADING}).
     */
    private static final Pattern MORE_FROM_SITE = Pattern.compile("(?:More|MORE)(?: \\p{Lu}[\\p{L}'’&.-]*){1,4}");
    /** The label of a list of other articles: "Most Popular", "Trending News", "Top Stories", "Editor's Picks". */
    private static final Pattern OTHER_LIST_LABEL = Pattern.compile("(?i)(?:most (?:popular|read|viewed|shared)"
            + "|trending(?: now| news| stories)?|top stories|editor'?s'? picks?|don't miss|must reads?)\\W{0,4}");

    /**
     * The label over readers' comments: "Comments", "3 Responses", "Leave a Reply", "Join the discussion", "View
     * Comments", "blog comments powered by Disqus", "Top Rated Comments", "[ 167 comments ]".
     */
    private static final Pattern COMMENTS_LABEL = Pattern.compile("(?i)(?:(?:\\d+ )?(?:comments?|responses?|replies"
            + "|leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)"
            + "|(?:view|show|load|read|see) (?:all )?(?:\\d+ )?comments|(?:blog )?comments powered by \\w+"
            + "|(?:top(?: rated)?|most recent|newest|latest|best) comments|\\[ ?\\d+ comments? ?\\])\\W{0,4}"
            + "|(?:\\d+|one) (?:comments?|responses?|replies|thoughts?) (?:on|to) \\W?\\p{L}.*)");

    /** The longest prose line read as a possible notice or credit (they are a sentence or two). */
    private static final int MAX_NOTICE_CHARS = 400;

    /** A site's word on its use of cookies: "We use cookies to ...", "This website uses cookies". */
    private static final Pattern USES_COOKIES = Pattern.compile("\\b(?:we|site|website) uses? cookies");

    /** A one-sentence paragraph of a few words ("Now get prepping!"): the article's, between its longer ones. */
    private static boolean shortSentence(String l) {
        return Text.wordCount(l) >= 4 && SHORT_SENTENCE.matcher(l).matches() && !RIGHTS.matcher(l).find()
                && linkLike(l) < 0.3;
    }

    private static final Pattern SHORT_SENTENCE = Pattern.compile("[\\p{Lu}\"“‘'(].*[.!?。！？][\"”’)]?");
    private static final Pattern RIGHTS = Pattern.compile("(?i)©|copyright|all rights reserved|cookies");

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
            if (!shortSentence(l) || afterArticleLabel(l)) {
                break;
            }
            last = i;
        }
        return last;
    }

    /**
     * The indexes of up to {@code count} lines with text next to line {@code from}, nearest first: above it for a
     * {@code step} of -1, below it for 1.
     */
    private static List<Integer> linesNextTo(List<String> lines, int from, int step, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int i = from + step; i >= 0 && i < lines.size() && out.size() < count; i += step) {
            if (!lines.get(i).isEmpty()) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * Reads title, bylines and dates from the lines above the article's run {@code [start, end]}; returns the title or
     * null. A table of contents between headline and article (its label, and lines the article has as its
     * sub-headings) is passed over without counting towards the lines read.
     */
    private String readHeader(List<String> lines, int start, int end) {
        Set<String> headings = new HashSet<>(lines.subList(start, end + 1));
        int read = 0;
        boolean overBlock = false; // a byline or dateline passed on the way up
        for (int i = start - 1; i >= 0 && read < HEADER_WINDOW; i--) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            if (CONTENTS_LABEL.matcher(l).matches() || contentsEntry(lines, i, start, headings)) {
                continue;
            }
            read++;
            int words = Text.wordCount(l);
            String spaced = GLUED_CAPITAL_MONTH.matcher(l).replaceFirst(" $1");
            Dates.Found dated = datelineDate(spaced);
            if (dated != null) {
                readDateline(spaced, dated);
                addDatelineAuthors(spaced, dated);
                if (authors.isEmpty()) {
                    readBylineParts(spaced); // "0 · by Dennis Moons · Updated on 8 January 2026"
                }
                overBlock = true;
                continue;
            }
            if (readBylineParts(spaced)) {
                overBlock = true;
                continue;
            }
            if (pictureCredit(l) || OTHER_CREDIT.matcher(l).find()) {
                continue;
            }
            if (words <= 8 && looksLikeByline(lines, i) || labelledByline(l)) {
                boolean labelled = BYLINE_LABEL.matcher(unglued(l)).lookingAt();
                List<String> names = bylineNames(l);
                if (!names.isEmpty()) {
                    overBlock = true;
                    if (labelled && !labelledAuthors) {
                        authors.clear(); // a labelled byline over names read from lines without a label
                    }
                    if (labelled || !labelledAuthors) {
                        addByline(l);
                    }
                    labelledAuthors |= labelled;
                    continue;
                }
            }
            if (LABEL_ALONE.matcher(l).matches() && !labelledAuthors) {
                // "Written by" on a line of its own, the name on the next: read when the walk up comes to the label
                for (int next : linesNextTo(lines, i, 1, 1)) {
                    String name = lines.get(next);
                    if (next < start && Text.wordCount(name) <= 6 && !bylineNames(name).isEmpty()
                            && !HEADER_FURNITURE.matcher(name).find()) {
                        authors.clear();
                        addAuthors(name, true);
                        labelledAuthors = true;
                    }
                }
                continue;
            }
            if (notHeadline(l)) {
                continue;
            }
            if (words <= 30 && !isProse(l)) {
                int over = headlineOverBlock(lines, i, start, end);
                if (over < 0) {
                    over = headlineOfTheArticle(lines, i, start, end);
                }
                if (over < 0) {
                    over = headlineOverDek(lines, i);
                }
                if (over < 0 && overBlock) {
                    over = headlineOverSubtitle(lines, i, start, end);
                }
                int headline = over >= 0 ? over : i;
                headerOverBlock = overBlock || over >= 0;
                readAbove(lines, i); // a dateline or byline over the headline
                if (over >= 0) {
                    readBlock(lines, over, i);
                }
                return lines.get(headline).replaceFirst("^(?i)(?:reading|title|headline)\\s*:\\s*", "");
            }
            break;
        }
        return null;
    }

    /**
     * Reads the byline, dateline and picture credit that a page prints under its standfirst, inside the article's
     * run: among the run's first {@value #LEAD_LINES} lines, after at most two paragraphs (a standfirst of two, or
     * one and a picture's caption). They are not the article's text. Where none of them is a byline, a name standing
     * alone under the standfirst ({@link #nameAlone}) is the author's.
     *
     * @param headline the title read over the run, or "" (a name standing alone must not be one of its words)
     * @return the indexes of the lines read
     */
    private Set<Integer> readLead(List<String> lines, int start, int end, String headline) {
        Set<Integer> read = new HashSet<>();
        int paragraphs = 0;
        int nameAlone = -1;
        for (int i : runLines(lines, start, end, LEAD_LINES)) {
            String l = lines.get(i);
            int words = Text.wordCount(l);
            Dates.Found dated = words <= 12 ? datelineDate(l) : null;
            if (dated == null && labelledByline(l) && !bylineNames(l).isEmpty()) {
                if (authors.isEmpty()) {
                    addByline(l); // (a long role after the name may read as a sentence: "Sr. Director of ...")
                }
                read.add(i);
            } else if (dated == null && authors.isEmpty() && readBylineParts(l)) {
                read.add(i);
            } else if (isProse(l)) {
                if (++paragraphs > 2) {
                    break;
                }
            } else if (dated != null) {
                readDateline(l, dated);
                readDatelineNames(l, dated);
                read.add(i);
            } else if (words <= 12 && pictureCredit(l)) {
                read.add(i);
            } else if (words <= 8 && nextToDate(lines, i)) {
                if (!bylineNames(l).isEmpty()) {
                    if (authors.isEmpty()) {
                        addByline(l);
                    }
                    read.add(i);
                }
            } else if (nameAlone < 0 && paragraphs > 0 && nameAlone(l, headline) && english()) {
                nameAlone = i; // a name standing alone under the standfirst: read if no byline is
            }
        }
        if (authors.isEmpty() && nameAlone >= 0) {
            String l = lines.get(nameAlone);
            if (addAuthors(nameOf(l), false)) {
                read.add(nameAlone);
            }
        }
        return read;
    }

    /**
     * Reads the credit that closes an article: a byline with its label among the run's last two lines or the three
     * after it ("Written by Cassidy Horton"), or a sentence that says who wrote it ("This post was written by Danielle
     * Padula, Head of Marketing").
     */
    private void readClosingCredit(List<String> lines, int end) {
        List<Integer> near = new ArrayList<>(linesNextTo(lines, end + 1, -1, 2));
        near.addAll(linesNextTo(lines, end, 1, 3));
        for (int i : near) {
            String l = lines.get(i);
            Matcher credit = WRITTEN_BY_SENTENCE.matcher(l);
            if (labelledByline(l) && !bylineNames(l).isEmpty()) {
                addByline(l);
                return;
            } else if (Text.wordCount(l) <= MAX_CREDIT_WORDS && credit.find()) {
                addAuthors(l.substring(credit.end()), true);
                return;
            }
        }
    }

    /** "This post was written by", "The article was written by": a sentence crediting the article's writer. */
    private static final Pattern WRITTEN_BY_SENTENCE = Pattern.compile(
            "(?i)^(?:this|the) (?:post|article|story|piece|blog post|guide) (?:was|is) (?:written|authored) by ");
    private static final int MAX_CREDIT_WORDS = 30;

    /**
     * Reads a byline and a dateline printed on one line between separators ("By Scott Levine – Updated Sep 9, 2025 at
     * 1:00 PM EST | Fact-checked by Frank Bass", too long a line for a dateline, or "0 · by Dennis Moons · Updated on
     * 8 January 2026", a dateline whose names do not open it), each part as what it is.
     *
     * @return whether the line is such a line: two parts or more, one a labelled byline that names someone
     */
    private boolean readBylineParts(String l) {
        String[] parts = PART_SEPARATOR.split(l);
        if (parts.length < 2) {
            return false;
        }
        String byline = null;
        for (int k = 0; k < parts.length && byline == null; k++) {
            if (labelledByline(parts[k]) && !bylineNames(parts[k]).isEmpty()) {
                byline = parts[k];
            }
        }
        if (byline == null) {
            return false;
        }
        for (String part : parts) {
            Dates.Found dated = part.equals(byline) ? null : datelineDate(part);
            if (dated != null) {
                readDateline(part, dated);
            }
        }
        if (!labelledAuthors) {
            authors.clear(); // a labelled byline over names read from lines without a label
        }
        addByline(byline);
        labelledAuthors = true;
        return true;
    }

    /** What parts a byline from its dateline on one line: " | ", " · ", " • ", " – ". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[|·•⋅●–—]\\s+");

    /**
     * Whether the line is a byline with its label, its names followed by a role perhaps ("By: Benjamin Johnson, Sr.
     * Director of Operations, Atlas Van Lines"), at most {@value #MAX_BYLINE_WORDS} words.
     */
    private static boolean labelledByline(String l) {
        return Text.wordCount(l) <= MAX_BYLINE_WORDS && BYLINE_LABEL.matcher(unglued(l)).lookingAt();
    }

    /**
     * @return the people a byline names, or its team ("Everfit Team"), its label ("By", "Written by") and a label run
     *         into it left out
     */
    private static List<String> bylineNames(String l) {
        String byline = byline(l).text();
        List<String> names = AuthorNames.clean(byline, null, true);
        String team = names.isEmpty() ? AuthorNames.teamName(byline) : null;
        return team == null ? names : List.of(team);
    }

    /** How many lines of the article's run may hold a byline or dateline under its standfirst. */
    private static final int LEAD_LINES = 6;

    /**
     * Whether a line of the header is surely no headline: a few words, a sentence, furniture, a picture's credit, share
     * buttons, a dateline.
     */
    private static boolean notHeadline(String l) {
        int words = Text.wordCount(l);
        return words <= 3 || l.matches(".*[.,;:]$") && words > 6 || sentence(l) || HEADER_FURNITURE.matcher(l).find()
                || CODE_LIKE.matcher(l).find() || pictureCredit(l) || captionWithCredit(l)
                || SHARE_BUTTONS.matcher(l).matches() || dateline(l) || Text.isTruncated(l) || nameWithRole(l);
    }

    /**
     * Whether the line is a person's name and role: "Jane Doe, Staff Writer" (a byline without its "By"), not a headline
     * such as "Introducing Junior Gaspard, New CEO at Experience" (a word of it is never a name's, {@link CommonWords}).
     */
    private static boolean nameWithRole(String l) {
        int comma = l.indexOf(", ");
        String role = comma < 0 ? "" : l.substring(comma + 2);
        if (!AuthorNames.isRole(role) || Text.wordCount(role) > 5 || role.contains(",")) {
            return false; // (not a headline that names someone: "Elon Musk, Tesla's chief, says he will ...")
        }
        String name = l.substring(0, comma);
        return Text.wordCount(name) <= 3 && AuthorNames.clean(name, null, true).equals(List.of(name))
                && CommonWords.noneIn(name);
    }

    /** A credit after a caption, glued to it or not: "rabbitCredit: Getty - Contributor", " Credit: EPA". */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?:\\p{Ll}|\\s)Credits?\\s*:");

    /**
     * Whether the line is a photo's caption ending in its credit: a sentence's words, then "Credit:" and a few words
     * ("... ate a rabbitCredit: Getty - Contributor"); not a headline about a credit ("Child Tax Credit: Who
     * Qualifies").
     */
    private static boolean captionWithCredit(String l) {
        Matcher credit = CAPTION_CREDIT.matcher(l);
        return credit.find() && Text.wordCount(l.substring(0, credit.start() + 1)) >= 6
                && Text.wordCount(l.substring(credit.end())) <= 8;
    }

    /** A row of share buttons: "Email Facebook Pinterest X", "Share on Facebook Share on LinkedIn Print". */
    private static final Pattern SHARE_BUTTONS = Pattern.compile("(?i)(?:(?:share(?: on| via)?|email|e-mail|facebook"
            + "|twitter|x|pinterest|linkedin|whatsapp|reddit|print|copy(?: link)?|flipboard|threads|bluesky|tumblr"
            + "|telegram|messenger|sms)\\W*){2,}");

    /**
     * Whether the line is a dateline as the header reads one: a date in a few words, or opening a longer line of bylines
     * and sections ("On January 12, 2025 By Gabby Boucher In Budget Travel"), after a label at most ("Last update on:
     * August 25, 2025 Mon, 25 Aug 2025 08:00:00 +0100").
     */
    private static boolean dateline(String l) {
        return datelineDate(l) != null;
    }

    /** @return the date of a {@link #dateline}, and where it stands in the line; null for any other line */
    private static Dates.Found datelineDate(String l) {
        int words = Text.wordCount(l);
        Dates.Found found = words <= 25 ? Dates.first(l) : null;
        return found != null && (words <= 12 || found.start() <= DATE_LABEL_CHARS) ? found : null;
    }

    /** Reads a {@link #dateline}'s date: the last change's when it says "Updated", else the publication's. */
    private void readDateline(String l, Dates.Found found) {
        OffsetDateTime date = found.date();
        if (UPDATED.matcher(l).find()) {
            modifiedAt = modifiedAt == null ? date : modifiedAt;
        } else if (publishedAt == null) {
            publishedAt = date;
        }
    }

    /** The most characters before the date of a long dateline: a label ("Last updated on:"). */
    private static final int DATE_LABEL_CHARS = 20;

    /**
     * The headline over a block of datelines and bylines that stands above the title-like line {@code near} (at most
     * one line between them): a page prints headline, byline and date, then a sub-heading, a category list or a
     * promotion before the article. Where {@code near} is right under the block (a dateline over the headline is
     * printed too), the line over the block is the headline only when more of its words are the article's.
     *
     * @return the headline's index, or -1 when no such line is there and {@code near} is the headline
     */
    private int headlineOverBlock(List<String> lines, int near, int start, int end) {
        int between = 0;
        boolean block = false;
        for (int i : linesNextTo(lines, near, -1, 8)) {
            String l = lines.get(i);
            boolean byline = Text.wordCount(l) <= 8 && looksLikeByline(lines, i) && !bylineNames(l).isEmpty();
            if (dateline(l) || byline && (block || BYLINE_LABEL.matcher(l).lookingAt())) {
                block = true;
                continue;
            }
            if (!block) {
                // a section's label of a word or three ("Blog") does not part the headline from the block
                if (Text.wordCount(l) > 3 && ++between > 1) {
                    return -1;
                }
                continue;
            }
            if (notHeadline(l) || Text.wordCount(l) > 30 || isProse(l)) {
                return -1;
            }
            double used = articleWords(l, lines, start, end);
            return used >= MIN_HEADLINE_WORDS_USED && (between > 0 || used > articleWords(lines.get(near), lines, start, end))
                    ? i : -1;
        }
        return -1;
    }

    /**
     * A title-like line a little above the title-like line {@code near} whose words the article uses far more: the
     * headline over a standfirst, share buttons and a byline box, where {@code near} is a prompt ("Manage alerts for
     * this article") or a box's heading.
     *
     * @return its index, or -1 when {@code near} is the headline
     */
    private int headlineOfTheArticle(List<String> lines, int near, int start, int end) {
        double nearUsed = articleWords(lines.get(near), lines, start, end);
        int best = -1;
        double bestUsed = Math.max(MIN_HEADLINE_WORDS_USED, nearUsed + MORE_WORDS_USED);
        for (int i : linesNextTo(lines, near, -1, HEADER_WINDOW)) {
            String l = lines.get(i);
            if (isProse(l)) {
                break;
            }
            if (notHeadline(l) || Text.wordCount(l) > 30) {
                continue;
            }
            double used = articleWords(l, lines, start, end);
            if (used >= bestUsed) {
                best = i;
                bestUsed = used;
            }
        }
        return best;
    }

    /** How much more of a headline's words than of a nearer line's the article must use to take it instead. */
    private static final double MORE_WORDS_USED = 0.35;

    /** The least share of a headline's longer words that its article uses, where a line over the byline is read. */
    private static final double MIN_HEADLINE_WORDS_USED = 0.5;

    /** The share of the line's words of four letters or more that the article's lines {@code [start, end]} use. */
    private double articleWords(String line, List<String> lines, int start, int end) {
        if (articleWords == null) {
            articleWords = new HashSet<>();
            for (int k = start; k <= end; k++) {
                articleWords.addAll(Arrays.asList(WORDS.split(lines.get(k).toLowerCase(Locale.ROOT))));
            }
        }
        int words = 0;
        int used = 0;
        for (String w : WORDS.split(line.toLowerCase(Locale.ROOT))) {
            if (w.length() >= 4) {
                words++;
                used += articleWords.contains(w) ? 1 : 0;
            }
        }
        return words == 0 ? 0 : used / (double) words;
    }

    /** The words of the article's run, lower-cased, read once when a headline is weighed against them. */
    private Set<String> articleWords;

    private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Reads the datelines and bylines between the headline at {@code headline} and the line at {@code below}. */
    private void readBlock(List<String> lines, int headline, int below) {
        for (int i = headline + 1; i < below; i++) {
            String l = lines.get(i);
            if (l.isEmpty()) {
                continue;
            }
            Dates.Found dated = datelineDate(l);
            if (dated != null) {
                readDateline(l, dated);
                readDatelineNames(l, dated);
            } else if (authors.isEmpty() && Text.wordCount(l) <= 8
                    && (BYLINE_LABEL.matcher(unglued(l)).lookingAt() || nextToDate(lines, i))) {
                addByline(l);
            }
        }
    }

    /**
     * Whether line {@code i}, above the article starting at {@code start}, is an entry of its table of contents: a
     * line the article has as a sub-heading, next to another such entry or to the table's label (a headline the
     * article repeats as a heading stands alone).
     */
    private static boolean contentsEntry(List<String> lines, int i, int start, Set<String> headings) {
        if (!headings.contains(lines.get(i))) {
            return false;
        }
        for (int step = -1; step <= 1; step += 2) {
            for (int k : linesNextTo(lines, i, step, 1)) {
                String next = lines.get(k);
                if (k < start && !next.equals(lines.get(i))
                        && (headings.contains(next) || CONTENTS_LABEL.matcher(next).matches())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The lines with each table of contents blanked: its label ("Table of Contents", "In this article") and its
     * entries, up to the last one the page writes again further down (as the article's sub-heading), where two or more
     * are.
     * The entries are not the article's text, and between the headline and the article, or between the article's first
     * paragraphs and the rest, they would part them.
     */
    private static List<String> withoutContents(List<String> lines) {
        Map<String, Integer> lastAt = null;
        for (int i = 0; i < lines.size(); i++) {
            String label = lines.get(i);
            if (!CONTENTS_LABEL.matcher(label).matches() && !(GLUED_CONTENTS_LABEL.matcher(label).lookingAt()
                    && Text.wordCount(label) <= MAX_CONTENTS_LABEL_WORDS)) {
                continue;
            }
            if (lastAt == null) {
                lastAt = new HashMap<>();
                for (int k = 0; k < lines.size(); k++) {
                    lastAt.put(contentsKey(lines.get(k)), k);
                }
            }
            int last = -1;
            int again = 0;
            int entries = 0;
            for (int k = i + 1; k < lines.size() && entries < MAX_CONTENTS_ENTRIES; k++) {
                String l = lines.get(k);
                if (l.isEmpty()) {
                    continue;
                }
                if (isProse(l) || Text.wordCount(l) > MAX_ENTRY_WORDS) {
                    break;
                }
                entries++;
                if (lastAt.getOrDefault(contentsKey(l), k) > k) {
                    last = k;
                    again++;
                }
            }
            if (again >= MIN_ENTRIES_AGAIN) {
                for (int k = i; k <= last; k++) {
                    lines.set(k, "");
                }
                i = last;
            }
        }
        return lines;
    }

    /** The most entries read under a table of contents' label, and the most words of one. */
    private static final int MAX_CONTENTS_ENTRIES = 40;
    private static final int MAX_ENTRY_WORDS = 20;
    /** How many of its entries the page must write again for a table of contents to be blanked. */
    private static final int MIN_ENTRIES_AGAIN = 2;
    private static final int MAX_CONTENTS_LABEL_WORDS = 8;
    /** A table of contents' label run into a button's words: "Table of ContentsToggle Table of Content". */
    private static final Pattern GLUED_CONTENTS_LABEL = Pattern.compile("(?i)table of contents");
    /** An entry's number or mark: "1. ", "2) ", "# ". */
    private static final Pattern ENTRY_NUMBER = Pattern.compile("^(?:\\d+[.)]|#)\\s*");

    /** A line as an entry of a table of contents and the heading it names are compared: its number aside. */
    private static String contentsKey(String line) {
        return ENTRY_NUMBER.matcher(line).replaceFirst("");
    }

    /** The label of a table of contents: "Table of Contents", "Contents", "In this article", "Jump to chapter". */
    private static final Pattern CONTENTS_LABEL = Pattern.compile("(?i)(?:(?:table of )?contents?|in this "
            + "(?:article|post|guide)|on this page|jump to(?: a)?(?: section| chapter)?|skip to section)\\W{0,3}");

    /** A picture's credit: "Credit: Reviewed / Hisense", "Photo: AP", "Tanja Ivanova//Getty Images". */
    private static final Pattern PICTURE_CREDIT = Pattern.compile("(?i)^\\(?(?:photo(?:graph)?|image|picture|credit|"
            + "illustration)s?(?: by| credit)?\\s*:|getty images|shutterstock|\\bap photo\\b|istock"
            + "|\\b(?:submitted|contributed|staff|file|courtesy) photo\\b|^media caption"
            // a caption ending in its source: "Clamdigger 1935 by Edward Hopper. Courtesy Sharon Mollerus/Flickr"
            + "|(?:^|\\.\\s+)courtesy(?: of)? (?-i:\\p{Lu})");

    /**
     * Whether the line credits a picture: {@link #PICTURE_CREDIT}, or a photographer's name and agency parted by a
     * slash ("Amy K. Dragoo/AIMMEDIA", "Jane Doe//Getty Images", "(Evan Vucci / AP)"; not "High School
     * Diploma/Equivalency", nor "Laura / House Plant House", a blogger and her blog).
     */
    private static boolean pictureCredit(String l) {
        if (PICTURE_CREDIT.matcher(l).find()) {
            return true;
        }
        Matcher credit = NAME_SLASH_AGENCY.matcher(l);
        return credit.matches() && AuthorNames.clean(credit.group(1), null, true).equals(List.of(credit.group(1)));
    }

    private static final Pattern NAME_SLASH_AGENCY = Pattern.compile("\\(?(\\p{Lu}[\\p{L}.'’ -]*\\p{L}\\.?)"
            + "(?:/{1,2}\\p{Lu}[\\p{L}&]*(?: \\p{Lu}[\\p{L}&]*)*|\\s+/\\s+\\p{Lu}{2,10})\\)?");

    /**
     * The headline over the nearest byline or dateline within {@value #FAR_BLOCK_LINES} lines above the article's run,
     * for a page whose header the walk up from the run could not read (an author's note, a disclosure or a teaser in
     * prose stands between) or read as a heading over no byline or dateline (a sign-up widget's "Want to see your
     * potential revenue?" between the headline and the text): the line over the block, past the block's labels and
     * names and at most one standfirst, when it is title-like and about the article ({@link #aboutTheArticle}): "Remote work: 5 tips to maximize
     * productivity" / "Remote workers can easily lose motivation. ..." / "By" / "Tariqul Ayan" / "March 30, 2023"; a
     * line of two or three words only when the article uses all of them ("Internet of Things"). -1 if none.
     */
    private int headlineOverFarBlock(List<String> lines, int start, int end) {
        boolean block = false;
        int standfirsts = 0;
        for (int i : linesNextTo(lines, start, -1, FAR_BLOCK_LINES)) {
            String l = lines.get(i);
            int words = Text.wordCount(l);
            boolean byline = words <= 8 && looksLikeByline(lines, i) && !bylineNames(l).isEmpty();
            if (dateline(l) || byline
                    || block && (LABEL_ALONE.matcher(l).matches() || words <= 4 && plainName(lines, i))) {
                block = true;
                continue;
            }
            if (!block) {
                continue;
            }
            if (isProse(l) || words > 30) {
                if (++standfirsts > 1) {
                    return -1;
                }
                continue;
            }
            boolean shortTitle = words <= 3 && !l.matches(".*[.,;:]$")
                    && articleWords(l, lines, start, end) >= SHORT_TITLE_WORDS_USED;
            return notHeadline(l) && !shortTitle || !aboutTheArticle(l, lines, start, end) ? -1 : i;
        }
        return -1;
    }

    /**
     * Whether the article {@code [start, end]} uses half the line's longer words ({@link #articleWords}), two at least:
     * a headline's, not a menu's or a promotion's.
     */
    private boolean aboutTheArticle(String line, List<String> lines, int start, int end) {
        long longer = Arrays.stream(WORDS.split(line)).filter(w -> w.length() >= 4).count();
        double used = articleWords(line, lines, start, end);
        return used >= MIN_HEADLINE_WORDS_USED && longer * used >= 2;
    }

    /** The share of its longer words a headline of two or three words has in common with the article. */
    private static final double SHORT_TITLE_WORDS_USED = 0.99;
    /** How far above the article's run the byline or dateline under a headline is looked for. */
    private static final int FAR_BLOCK_LINES = 80;

    /**
     * The line right above {@code near}, which stands over the byline and dateline, when {@code near} is the subtitle
     * under the headline, written as a sentence ("My LLM coding workflow going into 2026" / "Best practices for staying
     * in control while coding with AI" / "Addy Osmani" / "Dec 18, 2025"): a title-like line of four words or more, no
     * menu's or breadcrumb's (which may end in the headline), about the article ({@link #aboutTheArticle}); else -1.
     */
    private int headlineOverSubtitle(List<String> lines, int near, int start, int end) {
        if (capitalisedShare(lines.get(near)) > SENTENCE_CASE_SHARE) {
            return -1; // a headline in title case over its byline, not a subtitle
        }
        for (int above : linesNextTo(lines, near, -1, 1)) {
            String l = lines.get(above);
            int words = Text.wordCount(l);
            if (words >= 4 && words <= 30 && !notHeadline(l) && !isProse(l) && !looksLikeByline(lines, above)
                    && !l.contains(lines.get(near)) && !l.equals(l.toUpperCase(Locale.ROOT))
                    && !MENU_LIKE.matcher(l).find() && aboutTheArticle(l, lines, start, end)) {
                return above;
            }
        }
        return -1;
    }

    /**
     * The line right above {@code near} when {@code near} is the subtitle under a headline: six words or more written
     * as a sentence, its longer words in small letters ("From breath meditation to yoga nidra, all types of
     * meditation aim to help you feel calmer"), under a headline's line in title case and no longer ("What Meditation Can Do for You
     * (and How To Get Started)"), not a menu's or a breadcrumb's; else -1.
     */
    private static int headlineOverDek(List<String> lines, int near) {
        String dek = lines.get(near);
        int dekWords = Text.wordCount(dek);
        if (dekWords < MIN_DEK_WORDS || capitalisedShare(dek) > SENTENCE_CASE_SHARE) {
            return -1;
        }
        for (int above : linesNextTo(lines, near, -1, 1)) {
            String l = lines.get(above);
            int words = Text.wordCount(l);
            if (!notHeadline(l) && words <= dekWords && !isProse(l) && !looksLikeByline(lines, above)
                    && capitalisedShare(l) >= TITLE_CASE_SHARE && !l.equals(l.toUpperCase(Locale.ROOT))
                    && !MENU_LIKE.matcher(l).find()) {
                return above;
            }
        }
        return -1;
    }

    private static final int MIN_DEK_WORDS = 6;
    /** A menu's or a breadcrumb's marks: "Blog / Topics / Marketing", "News | Sport", "LiveNew YorkCityNew Jersey". */
    private static final Pattern MENU_LIKE = Pattern.compile(" / | \\| |\\p{Ll}\\p{Lu}\\p{Ll}.*\\p{Ll}\\p{Lu}\\p{Ll}");
    /** At most this share of a sentence's longer words is capitalised; at least this share of a title's. */
    private static final double SENTENCE_CASE_SHARE = 0.5;
    private static final double TITLE_CASE_SHARE = 0.8;

    /** The share of the line's words of four letters or more, after the first, that begin with a capital; 1 if none. */
    private static double capitalisedShare(String l) {
        int longer = 0;
        int capitalised = 0;
        String[] words = l.split("\\s+");
        for (int k = 1; k < words.length; k++) {
            String w = words[k].replaceAll("^\\P{L}+", "");
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                longer++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return longer == 0 ? 1 : capitalised / (double) longer;
    }

    /** A line of program code: an assignment, braces, a call, or a statement's ending (".root_module = exe_mod,"). */
    private static final Pattern CODE_LIKE = Pattern.compile("[{}]| = |\\w\\(.*\\)\\s*(?:#.*)?$|[;,]$");

    /** Whether the line is a sentence of three words or more ending in a full stop: a standfirst or slogan. */
    private static boolean sentence(String l) {
        return l.endsWith(".") && !l.endsWith("..") && Text.wordCount(l) >= 3;
    }

    /**
     * Reads a dateline and a byline ("By Jane Doe", or a name of a few words next to the date) among the few lines
     * above the headline at {@code title}, when none was read below it.
     */
    private void readAbove(List<String> lines, int title) {
        for (int i : linesNextTo(lines, title, -1, TITLE_DATELINE_LINES)) {
            String l = lines.get(i);
            if (Text.wordCount(l) > 12 || UPDATED.matcher(l).find()) {
                continue;
            }
            OffsetDateTime date = publishedAt == null ? Dates.find(l) : null;
            if (date != null) {
                publishedAt = date;
                Dates.Found found = Dates.first(l);
                if (authors.isEmpty() && found != null) {
                    addDatelineAuthors(l, found);
                }
            } else if (authors.isEmpty() && (BYLINE_LABEL.matcher(unglued(l)).lookingAt()
                    || Text.wordCount(l) <= 4 && nextToDate(lines, i) && plainName(lines, i))) {
                addByline(l);
            }
        }
    }

    /**
     * Whether line {@code i} may be a name standing alone: written once on the page (not a menu's or the headline's
     * words), no "&", and not opening with a word that opens no name ("All Insights", "Latest News").
     */
    private static boolean plainName(List<String> lines, int i) {
        String l = lines.get(i);
        String first = l.split(" ", 2)[0].toLowerCase(Locale.ROOT);
        return l.indexOf('&') < 0 && !NOT_NAME_OPENERS.contains(first)
                && lines.stream().filter(l::equals).count() == 1;
    }

    private static final Set<String> NOT_NAME_OPENERS = Set.of("all", "the", "our", "latest", "more", "new", "top",
            "best", "related", "recent", "featured", "popular", "read", "view", "see", "about");

    /** A dateline or byline just below the article (e.g. "Jane Doe January 11, 2025") fills what the header lacks. */
    private void readTrailer(List<String> lines, int end) {
        for (int i : linesNextTo(lines, end, 1, HEADER_WINDOW)) {
            String l = lines.get(i);
            if (publishedAt != null) {
                return;
            }
            if (Text.wordCount(l) > 12) {
                continue;
            }
            OffsetDateTime date = Dates.find(l);
            if (date == null || UPDATED.matcher(l).find()) {
                continue;
            }
            String who = l.replaceAll("(?i)[^\\p{L}\\s'’.-].*$", "").strip();
            boolean byAuthor = authors.stream().anyMatch(a -> l.toLowerCase().contains(a.toLowerCase()));
            if (byAuthor || authors.isEmpty() && !AuthorNames.clean(trimMonth(who), null, true).isEmpty()) {
                publishedAt = date;
                if (authors.isEmpty()) {
                    addAuthors(trimMonth(who), false);
                }
            }
        }
    }

    /**
     * Reads the authors a dateline names: before the date ("Tom Talbot October 14, 2025") or after it as a byline
     * ("October 11, 2023 by Autumn Huerter", "Jan 29, 2025 | By Jane Doe").
     */
    private void addDatelineAuthors(String line, Dates.Found date) {
        // the name stands before the date ("Moritz Bachmann publiziert am 3. März 2025", "By AMY KROUSE ROSENTHAL
        // MARCH 3, 2017"), or after it (below)
        Byline before = byline(date.start() > 0 && date.start() <= line.length() ? line.substring(0, date.start())
                : line);
        Matcher name = LEADING_NAME.matcher(before.names());
        if (before.labelled() && before.english() && JOINED_NAMES.matcher(before.names()).find()
                && before.names().indexOf(',') < 0 && addAuthors(before.keptLabel() + before.names(), true)) {
            // the names an English byline joins: "By PATRICK HEALY and ALEXANDER BURNS AUG. 24, 2016" (with a comma
            // the rest may be a role: "by Nicole Forbes, Master Horticulturalist & Garden Educator | Dec 30, 2025")
        } else if (name.lookingAt()) {
            // up to the first word in small letters ("Moritz Bachmann publiziert am ...")
            addAuthors(before.keptLabel() + name.group(), before.labelled());
        }
        if (date.end() <= line.length() && authors.isEmpty()) {
            String after = unglued(line.substring(date.end()).replaceFirst("^[\\s|·•,–—-]+", ""));
            Matcher labelInside = BY_INSIDE.matcher(after);
            if (BYLINE_LABEL.matcher(after).lookingAt()) {
                // up to a separator or a section's label ("By Sara Harberson In College Essays")
                addAuthors(BYLINE_LABEL.matcher(after).replaceFirst("").replaceFirst(NAMES_END, ""), true);
            } else if (labelInside.find()) {
                // "Published: Mar 8, 2024 · Modified: May 19, 2025 by Jessica Robinson · This post may contain ..."
                addAuthors(after.substring(labelInside.end()).replaceFirst(NAMES_END, ""), true);
            } else {
                // a name alone after the date, none of its words one that is never a name's: "Dec 26, 2025 • Mahua Das
                // in Project Management", "Dec. 19, 2025 · Niko Matsakis on behalf of ...", not "Dec 19, 2025 • Friday
                // Philosophy"
                String alone = after.replaceFirst("(?:\\s*[|·•]|\\s+(?:[Ii]n|[Oo]n)\\s).*$", "");
                if (CommonWords.noneIn(alone) && english()) {
                    addAuthors(alone, false);
                }
            }
        }
    }

    /**
     * Reads the authors a dateline names ({@link #addDatelineAuthors}), or its parts do ({@link #readBylineParts}),
     * where none were read yet.
     */
    private void readDatelineNames(String line, Dates.Found date) {
        if (authors.isEmpty()) {
            addDatelineAuthors(line, date);
        }
        if (authors.isEmpty()) {
            readBylineParts(line);
        }
    }

    /** Where the names after a dateline's date end: a separator or a section's label ("In College Essays"). */
    private static final String NAMES_END = "(?:\\s*[|·•]|\\s+(?:In|On)\\b).*$";

    /** A byline's "by" inside a dateline, before a name: "Modified: May 19, 2025 by Jessica Robinson". */
    private static final Pattern BY_INSIDE = Pattern.compile("(?<!\\p{L})by\\s+(?=\\p{Lu})");

    /** Names joined in a byline: "Jane Doe and John Roe", "Jane Doe & John Roe". */
    private static final Pattern JOINED_NAMES = Pattern.compile("\\s(?:and|AND|&)\\s");

    /** Capitalised words, and particles between them, that open a line: the name a dateline opens with. */
    private static final Pattern LEADING_NAME = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:van|von|de|der|den|da"
            + "|di|du|del|la|le|bin|al|el)\\s+)?\\p{Lu}[\\p{L}'’.-]*)*");

    /**
     * The line with its label and its name parted where the page's markup ran them together ("ByNina Pineda"), and
     * without what a label run into the name starts ("By Korin MillerPublished: Jan 29, 2025", "By Gabby BoucherIn
     * Budget Travel").
     */
    private static String unglued(String l) {
        return GLUED_LABEL.matcher(AuthorNames.GLUED_BY.matcher(l).replaceFirst("By ")).replaceFirst("");
    }

    /**
     * A day's month in capitals run into the name before it: "By AMY KROUSE ROSENTHALMARCH 3, 2017", "By ALEXANDER
     * BURNSAUG. 24, 2016" (nytimes.com; an abbreviation with its dot only, so "KUMAR 5" stays a name).
     */
    private static final Pattern GLUED_CAPITAL_MONTH = Pattern.compile("(?<=\\p{Lu}{2})(JANUARY|FEBRUARY|MARCH|APRIL|MAY"
            + "|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|(?:JAN|FEB|MAR|APR|AUG|SEPT?|OCT|NOV|DEC)\\.)"
            + "(?= \\d{1,2}, \\d{4})");
    /** A label run into the name before it, and what follows: "MillerPublished: ...", " UpdatedJanuary 2". */
    private static final Pattern GLUED_LABEL = Pattern.compile("(?:(?<=\\p{Ll})(?:Published|Updated|Posted|Last updated"
            + "|In|On)\\b|\\s(?:Published|Updated|Posted)(?=\\p{Lu})).*$");

    /**
     * Reads a name standing alone ({@link #nameAlone}) on one of the first lines under the headline, where the page
     * prints no label or date beside it ("Andrei Zakhareuski", "Jane Doe, Staff Writer").
     */
    private void readNameUnderHeadline(List<String> lines, String headline, int start) {
        int at = start - 1;
        while (at >= 0 && !lines.get(at).equals(headline)) {
            at--;
        }
        for (int next : at < 0 ? List.<Integer>of() : linesNextTo(lines, at, 1, NAME_UNDER_HEADLINE_LINES)) {
            String l = lines.get(next);
            if (next < start && nameAlone(l, headline) && english()) {
                addAuthors(nameOf(l), false);
                return;
            }
        }
    }

    /**
     * Whether the line is a person's name standing alone, or with its role after a comma ("Jane Doe, Staff Writer"):
     * two or three capitalised words ({@link AuthorNames#clean}; {@link #addAuthors} then asks {@link #personLike}),
     * none of them an acronym ("FBC Arlington") or a word that is never a name's ("Newsweek Logo",
     * {@link CommonWords}), not words of the headline ("2026 Nissan Leaf and ...", then "Nissan Leaf").
     */
    private static boolean nameAlone(String l, String headline) {
        String name = nameOf(l);
        int words = Text.wordCount(name);
        return words >= 2 && words <= 3 && AuthorNames.clean(name, null, true).equals(List.of(name))
                && !headline.contains(name) && !ACRONYM.matcher(name).find()
                && CommonWords.noneIn(name);
    }

    /** @return the name of a line "Jane Doe, Staff Writer" ({@link #nameWithRole}), else the line */
    private static String nameOf(String l) {
        return nameWithRole(l) ? l.substring(0, l.indexOf(", ")) : l;
    }

    /**
     * Whether the article's text is English (most of its words {@link CommonWords}): a name standing alone, without a
     * label or a date, is read only there, where the words that are never a name's are known ("Enviar Imprimir" is
     * Spanish for "Send Print").
     */
    private boolean english() {
        if (english == null) {
            StringBuilder opening = new StringBuilder();
            for (int k = 0; k < articleLines.size() && opening.length() < ENGLISH_SAMPLE_CHARS; k++) {
                opening.append(articleLines.get(k)).append('\n');
            }
            english = CommonWords.share(opening.toString()) >= ENGLISH_SHARE;
        }
        return english;
    }

    /** How many lines under the headline may hold its author's name standing alone (a standfirst between them). */
    private static final int NAME_UNDER_HEADLINE_LINES = 3;

    /** A word of two capitals or more: an organisation's or a product's, not a person's ("FBC", "USA"). */
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}{2,}\\b");

    /** Whether the authors were read from a labelled byline ("By ..."), which no name without a label replaces. */
    private boolean labelledAuthors;
    /** Whether the headline {@link #readHeader} found stands over a byline or dateline. */
    private boolean headerOverBlock;

    /** Credits of others than the authors: "Reviewed by", "Fact checked by", "Edited by", "Illustrations by". */
    private static final Pattern OTHER_CREDIT = Pattern.compile("(?i)^(?:edited|reviewed|medically reviewed|fact[- ]?checked"
            + "|photos?|photographs?|illustrations?|video|produced|translated)\\b[^,]{0,20}\\bby\\b");

    /**
     * Whether a name read without a byline's label reads as a person's: no word of it after the first is one the page
     * writes in small letters ("Serious Eats", "Contact Us", "Cleaning Industry Trends", "Zoho Books": "books"), but
     * for a particle ("Nick van Mead"); its first is none of the words that open a heading or a prompt ("What We
     * Like", "How We Tested", "Our Blogs"); and not all of its words are English words that are never names ("Privacy
     * Policy", "Event Type", "Last Modified", {@link CommonWords}).
     */
    private boolean personLike(String name) {
        String[] words = name.split("\\s+");
        if (HEADING_OPENERS.contains(words[0].toLowerCase(Locale.ROOT)) || CommonWords.allCommon(name)) {
            return false;
        }
        if (smallWords == null) {
            smallWords = new HashSet<>();
            for (String line : pageLines) {
                Matcher m = SMALL_WORD.matcher(line);
                while (m.find()) {
                    smallWords.add(m.group());
                }
            }
        }
        for (int k = 1; k < words.length; k++) {
            String word = words[k].toLowerCase(Locale.ROOT);
            if (smallWords.contains(word) && !NAME_PARTICLES.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Words in small letters inside a person's name: "Nick van Mead", "Ursula von der Leyen". */
    private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "del",
            "della", "dos", "das", "la", "le", "bin", "ibn", "al", "el", "ter", "y");

    /** A word in small letters, standing alone: "books" of "the books", not the "ooks" of "Books". */
    private static final Pattern SMALL_WORD = Pattern.compile("(?<![\\p{L}'’-])\\p{Ll}[\\p{Ll}'’-]*(?![\\p{L}])");
    /** First words of headings and prompts, never of a person's name. */
    private static final Set<String> HEADING_OPENERS = Set.of("what", "why", "how", "when", "where", "who", "which",
            "our", "your", "my", "we", "get", "key", "contact", "about", "more", "all", "best", "top", "new", "see",
            "read", "view", "learn", "join", "sign", "log", "share", "follow", "subscribe", "related", "latest",
            "popular", "recent", "the", "this", "these");

    /** A byline's label on a line of its own ("By", "Written by", "Author:"), the name on the line under it. */
    private static final Pattern LABEL_ALONE = Pattern.compile("(?i)(?:(?:written|posted|reported) )?by|authors?\\s*:?");

    /** The words before an English "by" that label a byline: "Written by", "Story by". */
    private static final String BY_WORDS = "(?:written|posted|reported|words|story|text|article)";

    /** The label of a byline: "By", "Written by", "Posted by", "Author:", and German, French, Spanish, Dutch "by". */
    private static final Pattern BYLINE_LABEL = Pattern.compile("(?i)^(?:" + BY_WORDS + " by"
            + "|by|author|authors|written|reporter|von|par|por|door)\\b\\s*:?\\s*");


    /** "By Jane Doe", or a name line that the page repeats or that stands next to a date line. */
    private static boolean looksLikeByline(List<String> lines, int i) {
        String l = lines.get(i);
        if (BYLINE_LABEL.matcher(unglued(l)).lookingAt()) {
            return true;
        }
        long repeats = lines.stream().filter(x -> x.equals(l) || x.startsWith(l + " ")).count();
        return repeats >= 2 || nextToDate(lines, i) && Text.wordCount(l) <= 4;
    }

    /** Whether the line next to line {@code i} above or below (blank lines passed over) holds a date. */
    private static boolean nextToDate(List<String> lines, int i) {
        return linesNextTo(lines, i, -1, 1).stream().anyMatch(k -> Dates.find(lines.get(k)) != null)
                || linesNextTo(lines, i, 1, 1).stream().anyMatch(k -> Dates.find(lines.get(k)) != null);
    }

    /**
     * A byline's line parted: its label ("By ", "Written by ", "Von ", or none; a label run into the name parted from
     * it, {@link #unglued}) and the names after it, up to what follows them ({@link #BYLINE_AGAIN}): the byline
     * printed again ("By Brian Fung By Brian Fung May 15", a name card's and the line's), the section ("by Abhimanyu
     * Ghoshal —in Gadgets").
     *
     * @param english whether the label is an English one ("By", "Written by"), which {@link AuthorNames#clean} reads
     *                itself: kept with the names, those in capitals after it are read ("By AMY KROUSE ROSENTHAL");
     *                others are left out ("Von", "Author:")
     */
    private record Byline(String label, String names, boolean english) {

        boolean labelled() {
            return !label.isEmpty();
        }

        /** @return the label, when {@link AuthorNames#clean} is to read it with the names; else "" */
        String keptLabel() {
            return english ? label : "";
        }

        /** @return the names as {@link AuthorNames#clean} reads them: the kept label, the names, no month after them */
        String text() {
            return trimMonth(keptLabel() + names);
        }
    }

    private static Byline byline(String l) {
        String line = unglued(l);
        Matcher label = BYLINE_LABEL.matcher(line);
        int end = label.lookingAt() ? label.end() : 0;
        Matcher again = BYLINE_AGAIN.matcher(line).region(end, line.length());
        return new Byline(line.substring(0, end), line.substring(end, again.find() ? again.start() : line.length()),
                end > 0 && BY_LABEL.matcher(line).lookingAt());
    }

    /** The English byline labels, which {@link AuthorNames#clean} reads itself: "By", "Written by", "Posted by". */
    private static final Pattern BY_LABEL = Pattern.compile("(?i)(?:" + BY_WORDS + " )?by\\s+\\S");

    /**
     * Where a byline's names end: the label again ("... By Brian Fung"), the section or topics it is filed in ("—in
     * Gadgets", "| Decision Making, Focus"), the picture's credit ("Illustration by Katherine Streeter"). (A reading
     * time or a count of comments after them {@link AuthorNames#clean} leaves out.)
     */
    private static final Pattern BYLINE_AGAIN = Pattern.compile(" By \\p{Lu}|\\s*[—–]\\s*in \\p{Lu}|\\s*\\|"
            + "|(?i:\\s+(?:illustrations?|photos?|photographs?|pictures?|videos?) by\\b)");

    /**
     * @return the byline without the month its date started with, where the line was cut before the day ("Jane Doe
     *         January", "Cyrus Apr"); a name's last word that only begins like a month stays ("Arlene Marturano",
     *         "Jane Martin"), and so does a month that is a name too, where it is the name's last word ("Tom May")
     */
    private static String trimMonth(String s) {
        Matcher month = MONTH_AT_END.matcher(s);
        if (!month.find()) {
            return s.strip();
        }
        String name = s.substring(0, month.start());
        boolean alsoAName = MONTHS_ALSO_NAMES.contains(month.group().strip().toLowerCase(Locale.ROOT));
        return alsoAName && Text.wordCount(AuthorNames.PREFIX.matcher(name).replaceFirst("")) < 2 ? s.strip()
                : name.strip();
    }

    /** The months whose names are people's names too ("Tom May", "Jane April"). */
    private static final Set<String> MONTHS_ALSO_NAMES = Set.of("may", "june", "april", "august");

    /** A month's name or its abbreviation ending a line. */
    private static final Pattern MONTH_AT_END = Pattern.compile("(?i)\\s+" + Dates.ENGLISH_MONTH + "\\.?\\s*$");

    /**
     * Reads the nearest byline with its label ("By Sandra Boicheva", "Written by Camila Karalyte") within
     * {@value #LABELLED_BYLINE_LINES} lines above the article, for a page that prints it away from the headline (an
     * author's box over the headline, a sidebar's); its names must read as a person's ({@link #personLike}), not a
     * menu's "Browse By Event Type".
     */
    private void readLabelledByline(List<String> lines, int start) {
        for (int i : linesNextTo(lines, start, -1, LABELLED_BYLINE_LINES)) {
            String l = lines.get(i);
            if (labelledByline(l) && !bylineNames(l).isEmpty()) {
                // further from the headline: a person's name only
                addAuthors(BYLINE_LABEL.matcher(unglued(l)).replaceFirst(""), false);
                return;
            }
        }
    }

    private static final int LABELLED_BYLINE_LINES = 40;

    /**
     * Reads the nearest dateline within {@value #LABELLED_BYLINE_LINES} lines above the article, for a page that prints
     * it away from the headline ("Tuesday February 11 2025" in an author's box over it, "Last updated: Sep 4, 2025").
     */
    private void readDatelineAbove(List<String> lines, int start) {
        for (int i : linesNextTo(lines, start, -1, LABELLED_BYLINE_LINES)) {
            Dates.Found found = datelineDate(lines.get(i));
            if (found != null) {
                readDateline(lines.get(i), found);
                return;
            }
        }
    }
    private static final int MAX_BYLINE_WORDS = 16;

    /** Adds the names of a byline's line ({@link Byline#text}). */
    private void addByline(String l) {
        Byline byline = byline(l);
        addAuthors(byline.text(), byline.labelled());
    }

    /**
     * Adds the names of a byline. Names read without a byline's label ("By", "Written by") must read as a person's
     * ({@link #personLike}).
     */
    private boolean addAuthors(String line, boolean labelled) {
        List<String> names = AuthorNames.clean(trimMonth(line.strip()), null, true);
        String team = names.isEmpty() ? AuthorNames.teamName(trimMonth(line.strip())) : null;
        if (team != null) {
            names = List.of(team);
        } else if (!labelled) {
            names = names.stream().filter(this::personLike).toList();
        }
        for (String n : names) {
            if (authors.stream().noneMatch(a -> a.equalsIgnoreCase(n))) {
                authors.add(n);
            }
        }
        return !names.isEmpty();
    }
}
