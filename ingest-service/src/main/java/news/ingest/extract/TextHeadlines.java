package news.ingest.extract;

import static news.ingest.extract.HeaderLines.BYLINE_LABEL;
import static news.ingest.extract.HeaderLines.HEADER_FURNITURE;
import static news.ingest.extract.HeaderLines.LABEL_ALONE;
import static news.ingest.extract.HeaderLines.MENU_LIKE;
import static news.ingest.extract.HeaderLines.SENTENCE_CASE_SHARE;
import static news.ingest.extract.HeaderLines.TITLE_CASE_SHARE;
import static news.ingest.extract.HeaderLines.bylineNames;
import static news.ingest.extract.HeaderLines.capitalisedShare;
import static news.ingest.extract.HeaderLines.dateline;
import static news.ingest.extract.HeaderLines.looksLikeByline;
import static news.ingest.extract.HeaderLines.nextToDate;
import static news.ingest.extract.HeaderLines.notHeadline;
import static news.ingest.extract.HeaderLines.pictureCredit;
import static news.ingest.extract.HeaderLines.plainName;
import static news.ingest.extract.HeaderLines.unglued;
import static news.ingest.extract.PastedLines.CONTENTS_LABEL;
import static news.ingest.extract.TextHeader.DATE_LABEL_ALONE;
import static news.ingest.extract.TextHeader.HEADER_WINDOW;
import static news.ingest.extract.TextHeader.LEAD_LINES;
import static news.ingest.extract.TextPage.isProse;
import static news.ingest.extract.TextPage.linesNextTo;
import static news.ingest.extract.TextPage.runLines;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where a pasted page's headline stands over its article's run of lines {@code [start, end]} ({@link TextHeader}):
 * over a block of bylines and datelines, over a subtitle, a standfirst or a list of topics, written twice, named by a
 * breadcrumb trail. Each way says where the line is, or -1; whether a line is about the article is whether the
 * article uses its longer words ({@link #articleWords}).
 */
final class TextHeadlines {

    private final List<String> lines;
    private final int start;
    private final int end;

    /** Whether a name read without a byline's label reads as a person's ({@link TextHeader}'s rule). */
    private final Predicate<String> personLike;

    TextHeadlines(List<String> lines, int start, int end, Predicate<String> personLike) {
        this.lines = lines;
        this.start = start;
        this.end = end;
        this.personLike = personLike;
    }

    /**
     * The headline over a block of datelines and bylines that stands above the title-like line {@code near} (at most
     * one line between them): a page prints headline, byline and date, then a sub-heading, a category list or a
     * promotion before the article. Where {@code near} is right under the block (a dateline over the headline is
     * printed too), the line over the block is the headline only when more of its words are the article's.
     *
     * @return the headline's index, or -1 when no such line is there and {@code near} is the headline
     */
    int overBlock(int near) {
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
            double used = articleWords(l);
            return used >= MIN_HEADLINE_WORDS_USED && (between > 0 || used > articleWords(lines.get(near)))
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
    int ofTheArticle(int near) {
        double nearUsed = articleWords(lines.get(near));
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
            double used = articleWords(l);
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
    double articleWords(String line) {
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

    /**
     * The headline over the nearest byline or dateline within {@value #FAR_BLOCK_LINES} lines above the article's run,
     * for a page whose header the walk up from the run could not read (an author's note, a disclosure or a teaser in
     * prose stands between) or read as a heading over no byline or dateline (a sign-up widget's "Want to see your
     * potential revenue?" between the headline and the text): the line over the block, past the block's labels and
     * names and at most one standfirst, when it is title-like and about the article ({@link #aboutTheArticle}): "Remote work: 5 tips to maximize
     * productivity" / "Remote workers can easily lose motivation. ..." / "By" / "Tariqul Ayan" / "March 30, 2023"; a
     * line of two or three words only when the article uses all of them ("Internet of Things"). A date's label on a
     * line of its own is the block's too ("Updated on" / "April 19, 2025"). -1 if none.
     */
    int overFarBlock() {
        boolean block = false;
        int standfirsts = 0;
        for (int i : linesNextTo(lines, start, -1, FAR_BLOCK_LINES)) {
            String l = lines.get(i);
            int words = Text.wordCount(l);
            List<String> names = words <= 8 && looksLikeByline(lines, i) ? bylineNames(l) : List.of();
            // a line the page prints twice is a byline when it names a person or a team, not a menu's item
            boolean byline = !names.isEmpty() && (nextToDate(lines, i)
                    || names.stream().anyMatch(n -> personLike.test(n) || AuthorNames.teamName(n) != null));
            if (dateline(l) || byline || block && (LABEL_ALONE.matcher(l).matches()
                    || DATE_LABEL_ALONE.matcher(l).matches() || words <= 4 && plainName(lines, i))) {
                block = true;
                continue;
            }
            if (!block) {
                continue;
            }
            if (isProse(l) || words > 30) {
                if (++standfirsts > 1) {
                    block = false; // a quote's speaker or a teaser's byline: the next block up may be the header
                    standfirsts = 0;
                }
                continue;
            }
            boolean headline = !notHeadline(l) || shortTitle(l);
            if (!headline || !aboutTheArticle(l)) {
                block = false;
                standfirsts = 0;
                continue;
            }
            int over = overDek(i); // the line a subtitle written as a sentence stands under
            return over >= 0 ? over : i;
        }
        return -1;
    }

    /**
     * Where no headline was found near the article: the line over a byline naming the author read, within
     * {@value #FAR_BLOCK_LINES} lines above the article (a "By" on a line of its own passed over), when it is a
     * headline's length and about the article: a page whose header the walk up could not reach for the furniture
     * between ("Jennifer Stitt" / "is a graduate student ..." / "1,100 words" / "Edited by ..." / "Republish" twice
     * over the text), or whose headline has a second sentence ("This cartoon explains why Elon Musk thinks we're
     * characters in a computer simulation. He might be right.", which the article's run may start with, its byline
     * read among the run's first lines). -1 if none.
     */
    int overByline(String author) {
        List<Integer> near = new ArrayList<>(runLines(lines, start, end, LEAD_LINES));
        near.addAll(linesNextTo(lines, start, -1, FAR_BLOCK_LINES));
        for (int i : near) {
            String l = lines.get(i);
            if (!l.contains(author) || Text.wordCount(l) > 12) {
                continue;
            }
            List<Integer> above = linesNextTo(lines, i, -1, 2);
            if (above.isEmpty()) {
                continue;
            }
            int k = LABEL_ALONE.matcher(lines.get(above.get(0))).matches() && above.size() > 1 ? above.get(1)
                    : above.get(0);
            String headline = lines.get(k);
            int words = Text.wordCount(headline);
            if (words >= 4 && words <= 30 && !headline.contains(author) && !HEADER_FURNITURE.matcher(headline).find()
                    && !MENU_LIKE.matcher(headline).find() && !pictureCredit(headline) && !dateline(headline)
                    && !BYLINE_LABEL.matcher(headline).lookingAt() && aboutTheArticle(headline)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the article {@code [start, end]} uses half the line's longer words ({@link #articleWords}), two at least:
     * a headline's, not a menu's or a promotion's.
     */
    boolean aboutTheArticle(String line) {
        long longer = Arrays.stream(WORDS.split(line)).filter(w -> w.length() >= 4).count();
        double used = articleWords(line);
        return used >= MIN_HEADLINE_WORDS_USED && longer * used >= 2;
    }

    /**
     * The line right over the article's run when it is a headline of two or three words ({@link #shortTitle}: the
     * article uses all its longer words) written as a title, not a byline, a dateline, a label, a credit or a menu's
     * item ("Web Courses Defined", "Vibe Coding" over the text): for a page whose header gives no other; else -1.
     */
    int shortTitleOverRun() {
        List<Integer> above = linesNextTo(lines, start, -1, 1);
        if (above.isEmpty()) {
            return -1;
        }
        int i = above.get(0);
        String l = lines.get(i);
        return Character.isUpperCase(l.codePointAt(0)) && shortTitle(l) && !looksLikeByline(lines, i)
                && !personLike.test(l) && !dateline(l) && !pictureCredit(l) && !HEADER_FURNITURE.matcher(l).find()
                && !MENU_LIKE.matcher(l).find() && !LABEL_ALONE.matcher(l).matches() ? i : -1;
    }

    /**
     * The line right under the dateline over the article's run, the run or one line (its subtitle) under it, when it is
     * written as a headline whose longer words the article uses, not a byline, a label, a credit or a menu's item
     * ("December 16, 2025" / "Vibe Coding" / the text; "Dec 17, 2025" / "Hardware-Attested Builds" / "More confidence
     * in your builds." / the text): for a page whose header gives no other; else -1.
     */
    int underDateline() {
        List<Integer> above = linesNextTo(lines, start, -1, 3);
        for (int k = 1; k < above.size(); k++) {
            if (!dayFirstOnLine(lines.get(above.get(k)))) {
                continue;
            }
            List<Integer> over = linesNextTo(lines, above.get(k), -1, 1);
            String overDay = over.isEmpty() ? "" : lines.get(over.get(0));
            if (!overDay.isEmpty() && (BYLINE_LABEL.matcher(unglued(overDay)).lookingAt() || personLike.test(overDay))) {
                return -1; // a header of headline, byline and dateline, over a heading of the article
            }
            int i = above.get(k - 1);
            String l = lines.get(i);
            boolean subtitle = k == 1 || !isProse(lines.get(above.get(0))) && !dateline(lines.get(above.get(0)));
            // a name's shape next to a date is a byline's, unless it reads as no person's and the article uses its words
            boolean titled = Text.wordCount(l) <= 3 ? shortTitle(l)
                    : !notHeadline(l) && articleWords(l) >= MIN_HEADLINE_WORDS_USED;
            return subtitle && titled && Character.isUpperCase(l.codePointAt(0))
                    && Text.wordCount(l) <= MAX_DATED_HEADLINE_WORDS && !isProse(l) && !personLike.test(l)
                    && !BYLINE_LABEL.matcher(unglued(l)).lookingAt() && !dateline(l) && !pictureCredit(l)
                    && !HEADER_FURNITURE.matcher(l).find() && !MENU_LIKE.matcher(l).find()
                    && !LABEL_ALONE.matcher(l).matches() ? i : -1;
        }
        return -1;
    }

    /**
     * Whether the line is a dateline that opens with its day, or with a label before it ("December 16, 2025", "Dec 17,
     * 2025Julian K. Arni", "Published: 12 May 2024"): not a headline with a day in it ("Metasploit Wrap-Up 12/19/2025").
     */
    private static boolean dayFirstOnLine(String l) {
        Dates.Found day = HeaderLines.datelineDate(l);
        return day != null && DAY_LABEL.matcher(l.substring(0, day.start()).strip()).matches();
    }

    /** What a dateline may print before its day: nothing, or a label ("Published:", "Posted on", "Updated"). */
    private static final Pattern DAY_LABEL = Pattern.compile("(?i)(?:(?:published|posted|updated|last updated|date)"
            + "(?: on)?\\s*:?)?");

    /** The most words of a headline read under a dateline ({@link #underDateline}). */
    private static final int MAX_DATED_HEADLINE_WORDS = 20;

    /**
     * Whether a line of two or three words, which alone says too little to be a headline, is one where something else
     * says so (a byline under it, the page writing it twice): the article uses all its longer words ("Internet of
     * Things") and it does not end as a label or a sentence does.
     */
    private boolean shortTitle(String l) {
        return Text.wordCount(l) <= 3 && !l.matches(".*[.,;:]$") && !CONTENTS_LABEL.matcher(l).matches()
                && articleWords(l) >= SHORT_TITLE_WORDS_USED;
    }

    /** The share of its longer words a headline of two or three words has in common with the article. */
    private static final double SHORT_TITLE_WORDS_USED = 0.99;

    /**
     * How far above the article's run the byline or dateline under a headline is looked for: a listicle prints its
     * product boxes between its byline and its text (135 to 155 lines on four corpus pages; 80 lines missed them).
     */
    private static final int FAR_BLOCK_LINES = 300;

    /**
     * The line right above {@code near}, which stands over the byline and dateline, when {@code near} is the subtitle
     * under the headline, written as a sentence ("My LLM coding workflow going into 2026" / "Best practices for staying
     * in control while coding with AI" / "Addy Osmani" / "Dec 18, 2025"): a title-like line of four words or more, no
     * menu's or breadcrumb's (which may end in the headline), about the article ({@link #aboutTheArticle}), or in title
     * case over a long subtitle right over the dateline or byline ({@link #overHeaderBlock}); else -1.
     */
    int overSubtitle(int near) {
        String subtitle = lines.get(near);
        if (capitalisedShare(subtitle) > SENTENCE_CASE_SHARE) {
            return -1; // a headline in title case over its byline, not a subtitle
        }
        boolean longOverBlock = Text.wordCount(subtitle) >= MIN_LONG_DEK_WORDS && overHeaderBlock(near);
        for (int above : linesNextTo(lines, near, -1, 1)) {
            String l = lines.get(above);
            int words = Text.wordCount(l);
            if (words >= 4 && words <= 30 && !notHeadline(l) && !isProse(l) && !looksLikeByline(lines, above)
                    && !l.contains(subtitle) && !l.equals(l.toUpperCase(Locale.ROOT))
                    && !MENU_LIKE.matcher(l).find()
                    && (aboutTheArticle(l) || longOverBlock && capitalisedShare(l) >= TITLE_CASE_SHARE)) {
                return above;
            }
        }
        return -1;
    }

    /**
     * The line right above {@code near} when {@code near} is a short list of the article's topics or categories under
     * its headline, and the headline's dateline stands over it ("May 06, 2025" / "An introduction to social commerce:
     * What brands need to know in 2026" / "Customer Care Social Commerce"): a title-like line of six words or more,
     * twice as many as {@code near} has at least, about the article ({@link #aboutTheArticle}); else -1.
     */
    int overTopics(int near) {
        int nearWords = Text.wordCount(lines.get(near));
        List<Integer> above = linesNextTo(lines, near, -1, 2);
        if (nearWords > MAX_TOPICS_WORDS || above.size() < 2 || !dateline(lines.get(above.get(1)))) {
            return -1;
        }
        String l = lines.get(above.get(0));
        int words = Text.wordCount(l);
        return words >= MIN_TOPICS_HEADLINE_WORDS && words >= 2 * nearWords && words <= 30 && !notHeadline(l)
                && !isProse(l) && !MENU_LIKE.matcher(l).find() && aboutTheArticle(l)
                ? above.get(0) : -1;
    }

    /** The most words of a list of topics under a headline ({@link #overTopics}). */
    private static final int MAX_TOPICS_WORDS = 5;

    /** The least words of a headline over a list of topics ({@link #overTopics}). */
    private static final int MIN_TOPICS_HEADLINE_WORDS = 6;

    /**
     * A headline the page writes twice in a row, a little above the title-like line {@code near}: a breadcrumb's last
     * item and the headline under it ("Certificate vs Certification" / "Certificate vs Certification" / "What is the
     * Difference and Which is Right for You?"), or the headline and its copy in capitals ("Tips for Online Success" /
     * "TIPS FOR ONLINE SUCCESS"). Of the two, the one not in capitals; it must be about the article
     * ({@link #aboutTheArticle}), which a menu item the page repeats ("Contact Us") is not.
     *
     * @return its index, or -1 when no line is written twice there
     */
    int doubled(int near) {
        List<Integer> above = linesNextTo(lines, near, -1, DOUBLED_HEADLINE_LINES);
        List<Integer> pairs = new ArrayList<>(above.size() + 1);
        pairs.add(near);
        pairs.addAll(above);
        for (int k = 0; k + 1 < pairs.size(); k++) {
            String lower = lines.get(pairs.get(k));
            String upper = lines.get(pairs.get(k + 1));
            if (!lower.equalsIgnoreCase(upper) || k == 0 && lower.equals(upper)) {
                continue;
            }
            int headline = upper.equals(upper.toUpperCase(Locale.ROOT)) ? pairs.get(k) : pairs.get(k + 1);
            String l = lines.get(headline);
            boolean title = Text.wordCount(l) <= 30 && (!notHeadline(l) || shortTitle(l))
                    && !isProse(l) && !MENU_LIKE.matcher(l).find() && !l.equals(l.toUpperCase(Locale.ROOT))
                    && (k == 1 && lower.equals(upper) && Text.wordCount(l) >= MIN_REPEATED_HEADLINE_WORDS
                    || aboutTheArticle(l));
            return title && headline != near ? headline : -1;
        }
        return -1;
    }

    /**
     * The headline that a breadcrumb trail above the article names as its last step, on one of the two lines under the
     * trail ("Home » 34 Top Photography Trends in 2025" / "34 Top Photography Trends in 2025"; "Car Talk / Car Reviews /
     * Best EVs of 2026" / "Best EVs of 2026"): the page says which of its lines is the article's title, however many
     * widgets stand between it and the text. The trail nearest the article; a last step of two words or more, about
     * the article ({@link #aboutTheArticle}). A step cut short names the line under it that it starts ("What Are the
     * Latest Scientific Trends..." / "What Are the Latest Scientific Trends in Psychiatry and How Will They Impact
     * Care?"), a trail of one step on a line of its own too. A trail right over the text names the line it ends in
     * further up ("Smartphone Basics for Older Adults: Unlocking the Digital World" / its byline and date / a sign-up
     * box / "Home » Blogs » Smartphone Basics for Older Adults: Unlocking the Digital World" / the text), when that is a
     * headline of four words or more. -1 if none.
     */
    int underBreadcrumb() {
        for (int i = start; i >= 0; i--) {
            String[] steps = CRUMB_MARK.split(lines.get(i));
            if (steps.length == 0) {
                continue; // marks alone
            }
            String last = steps[steps.length - 1].strip();
            String cut = Text.isTruncated(last) ? TRUNCATION_MARK.matcher(last).replaceFirst("") : null;
            if (cut != null ? Text.wordCount(cut) < MIN_CUT_HEADLINE_WORDS
                    : steps.length < 2 || Text.wordCount(last) < 2) {
                continue;
            }
            for (int under : linesNextTo(lines, i, 1, CRUMBED_HEADLINE_LINES)) {
                String l = lines.get(under);
                boolean named = cut == null ? l.equals(last) : l.length() > cut.length() && l.startsWith(cut);
                if ((under < start || i == start) && named && aboutTheArticle(l)) {
                    return under;
                }
            }
            // a trail right over the text names a headline of the page's further up, over its byline, a sign-up box
            // between: a headline's length and printed as a line of its own are the page's word for it
            if (cut == null && steps.length > 1 && linesNextTo(lines, i, 1, 1).contains(start)
                    && Text.wordCount(last) >= MIN_REPEATED_HEADLINE_WORDS && !notHeadline(last)) {
                for (int above : linesNextTo(lines, i, -1, FAR_BLOCK_LINES)) {
                    if (lines.get(above).equals(last)) {
                        return above;
                    }
                }
            }
        }
        return -1;
    }

    /** How many lines under a breadcrumb trail the headline it names is looked for. */
    private static final int CRUMBED_HEADLINE_LINES = 4;

    /** An ellipsis and the spaces before it, which end a step that a breadcrumb trail cut short. */
    private static final Pattern TRUNCATION_MARK = Pattern.compile("\\s*(?:\\.\\.\\.|…)\\W{0,3}$");

    /** How many words a trail's step cut short keeps at least, for the line under it that it starts to name it. */
    private static final int MIN_CUT_HEADLINE_WORDS = 4;

    /** The marks between a breadcrumb trail's steps: "»", "›", "→", or a spaced "/", ">" or "|". */
    private static final Pattern CRUMB_MARK = Pattern.compile("\\s+[/>|]\\s+|\\s*[»›→]\\s*|(?<=\\p{L})/(?=\\p{L})");

    /**
     * How many words a line printed twice right over the title-like line nearest the article has at least, to be its
     * headline whatever words the article uses ("Tax 101: Understanding the basics" twice over its standfirst); a
     * menu's item the page repeats is shorter.
     */
    private static final int MIN_REPEATED_HEADLINE_WORDS = 4;

    /** How many lines above the title-like line nearest the article a headline written twice is looked for. */
    private static final int DOUBLED_HEADLINE_LINES = 3;

    /**
     * The line right above {@code near} when {@code near} is the subtitle under a headline: six words or more written
     * as a sentence, its longer words in small letters ("From breath meditation to yoga nidra, all types of meditation
     * aim to help you feel calmer"), under a headline's line in title case and no longer ("What Meditation Can Do for
     * You (and How To Get Started)"), not a menu's or a breadcrumb's; a line without the small words of a title in
     * title case ("for", "of") must be about the article ({@link #aboutTheArticle}): "Home News Business Sport Contact"
     * over a headline written as a sentence is a menu. A headline written as a sentence itself stands over a long subtitle
     * ({@link #MIN_LONG_DEK_WORDS}), and is about the article or names its subject again ({@link #toldAgain}); else -1.
     */
    int overDek(int near) {
        String dek = lines.get(near);
        int dekWords = Text.wordCount(dek);
        if (dekWords < MIN_DEK_WORDS || capitalisedShare(dek) > SENTENCE_CASE_SHARE) {
            return -1;
        }
        for (int above : linesNextTo(lines, near, -1, 1)) {
            String l = lines.get(above);
            int words = Text.wordCount(l);
            if (notHeadline(l) || words > dekWords || isProse(l) || looksLikeByline(lines, above)
                    || l.equals(l.toUpperCase(Locale.ROOT)) || MENU_LIKE.matcher(l).find()) {
                continue;
            }
            boolean titleCase = capitalisedShare(l) >= TITLE_CASE_SHARE;
            if (titleCase && (TITLE_SMALL_WORD.matcher(l).find() || aboutTheArticle(l))
                    || !titleCase && dekWords >= MIN_LONG_DEK_WORDS && words >= MIN_SENTENCE_HEADLINE_WORDS
                    && dekWords >= LONG_DEK_SHARE * words && (aboutTheArticle(l) || toldAgain(l, dek))) {
                return above;
            }
        }
        return -1;
    }

    /**
     * Whether the line under {@code near} is the header's dateline or byline: a long subtitle right over it stands
     * under the headline, whatever its words ("Are AI Evangelists In Heat?" / "What Hollywood legends ..." / "December
     * 18, 2025"); a short line there may be the headline under a menu ("Home News Business Sport Contact").
     */
    private boolean overHeaderBlock(int near) {
        List<Integer> below = linesNextTo(lines, near, 1, 1);
        return !below.isEmpty() && (dateline(lines.get(below.get(0))) || looksLikeByline(lines, below.get(0)));
    }

    /**
     * Whether a headline's longer word is one its subtitle and its article use both: "The Anglosphere: new enthusiasm
     * for an old dream" / "... as the hub of a far-flung Anglosphere", where the article's opening uses that word alone.
     */
    private boolean toldAgain(String headline, String dek) {
        Set<String> dekWords = new HashSet<>(Arrays.asList(WORDS.split(dek.toLowerCase(Locale.ROOT))));
        return Arrays.stream(WORDS.split(headline.toLowerCase(Locale.ROOT)))
                .anyMatch(w -> w.length() >= 4 && dekWords.contains(w) && articleWords(w) > 0);
    }

    private static final int MIN_DEK_WORDS = 6;

    /**
     * A headline written as a sentence stands over a subtitle of this many words or more, which is half as long again:
     * "The best 4 website builders for small business" / "We compare 4 of the best website builders on the market to
     * help you find the right platform to create an awesome online presence".
     */
    private static final int MIN_LONG_DEK_WORDS = 12;
    private static final double LONG_DEK_SHARE = 1.5;
    /** The words of a headline written as a sentence, over a long subtitle: fewer make a section's label. */
    private static final int MIN_SENTENCE_HEADLINE_WORDS = 5;

    /** The words a title in title case writes small: "What Meditation Can Do for You", "Top 10 List of Tips". */
    private static final Pattern TITLE_SMALL_WORD = Pattern.compile("\\s(?:a|an|the|and|but|or|nor|for|of|to|in|on|at|by"
            + "|from|with|as|vs)\\s");
}
