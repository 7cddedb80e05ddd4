package news.ingest.extract;

import static news.ingest.extract.TextPage.SENTENCE_END;
import static news.ingest.extract.TextPage.linesNextTo;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a pasted page that its readers wrote, or that stand over what they wrote ({@link TextPage}): a
 * comment's header (its writer's name and the time of posting), the label over the comments ("Leave a Reply"), a
 * review signed by a first name and an initial, a wall of testimonials.
 */
final class ReadersLines {

    private ReadersLines() {
    }

    /**
     * Whether line {@code i} heads a reader's comment: the time it was posted (a date, or a day told from today, and a
     * time of day) under a writer's name ("Rebecca Vigil says", "Emma", "Nick A" over "2 days ago at 07:47 am"), or
     * after it ("by Tschaine ( 10502969 ) on Saturday December 20, 2025 @01:16AM").
     */
    static boolean commentHeader(List<String> lines, int i) {
        String l = lines.get(i);
        if (l.isEmpty() || l.length() > MAX_HEADER_CHARS || !TIME_OF_DAY.matcher(l).find()
                || Dates.find(l) == null && !Dates.DAY_FROM_TODAY.matcher(l).find()) {
            return false;
        }
        if (l.startsWith("by ") || WRITER_SAYS.matcher(l).matches()) {
            return true; // "by Tschaine ( 10502969 ) on ...", "Milan Griffes on September 12, 2018 at 4:47 pm said:"
        }
        List<Integer> above = linesNextTo(lines, i, -1, 1);
        if (above.isEmpty()) {
            return false;
        }
        String name = lines.get(above.get(0));
        return WRITER_SAYS.matcher(name).matches() || Text.wordCount(name) <= 3 && WRITER.matcher(name).matches();
    }


    /** The longest line read as a comment's header. */
    private static final int MAX_HEADER_CHARS = 120;

    /** A time of day: "8:53 am", "9:59 pm", "@01:16AM", "13:05". */
    static final Pattern TIME_OF_DAY = Pattern.compile("\\b\\d{1,2}:\\d{2}\\s?(?:[ap]\\.?m\\b\\.?|[AP]M\\b)?");

    /** A comment's writer who "says" ("Jill Winger says", "thelastchargersfan says:") or "wrote". */
    private static final Pattern WRITER_SAYS = Pattern.compile("\\S.{0,60} (?:says|said|wrote):?");

    /** A writer's name alone on its line: one to three words, a capital first, no digits and no sentence's stop. */
    private static final Pattern WRITER = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?: [\\p{L}'’.-]+){0,2}");

    /**
     * Where the testimonials in the run {@code [from, to]} begin: the first of the quotes, each under or over its
     * writer's short signature ("Mallory R.", "TeeLox23", "Stacey"), that run up to the first signature of a first name
     * and an initial; {@code to + 1} when there is none.
     */
    static int testimonialsStart(List<String> lines, int from, int to) {
        int signature = -1;
        for (int k = from; k <= to && signature < 0; k++) {
            signature = REVIEWER.matcher(lines.get(k)).matches() ? k : -1;
        }
        if (signature < 0) {
            return to + 1;
        }
        int start = signature;
        for (int k = signature; ; ) {
            List<Integer> quote = linesNextTo(lines, k, -1, 1);
            if (quote.isEmpty() || quote.get(0) < from || Text.wordCount(lines.get(quote.get(0))) < MIN_QUOTE_WORDS) {
                return start;
            }
            start = quote.get(0);
            List<Integer> over = linesNextTo(lines, start, -1, 1);
            if (over.isEmpty() || over.get(0) < from || !signatureLike(lines.get(over.get(0)))) {
                return start;
            }
            k = over.get(0);
        }
    }

    /**
     * Whether line {@code i} opens testimonials: it and the next two quotes, sentences each, over a short signature
     * (not a list of other articles, their headlines over their writers).
     */
    static boolean testimonialAt(List<String> lines, int i) {
        List<Integer> next = linesNextTo(lines, i, 1, 5);
        for (int k = 0; k < next.size(); k++) {
            String l = lines.get(next.get(k));
            if (k % 2 == 0 ? !signatureLike(l) : Text.wordCount(l) < MIN_QUOTE_WORDS || !QUOTE_END.matcher(l).find()) {
                return false;
            }
        }
        return next.size() == 5;
    }

    /** How a testimonial's quote ends: a sentence's stop, maybe a closing quote mark (a teaser's headline has none). */
    private static final Pattern QUOTE_END = Pattern.compile("[.!?][\"”’]?$");

    /** The fewest words of a testimonial's quote. */
    private static final int MIN_QUOTE_WORDS = 5;

    /** A reviewer's short signature: a name or handle of three words at most, no sentence's stop ("Adam K 82"). */
    private static boolean signatureLike(String l) {
        return l.length() <= 30 && Text.wordCount(l) <= 3 && !SENTENCE_END.matcher(l).find();
    }

    /** How many lines of the run {@code [from, to]} sign a review: a first name and an initial ("Mallory R."). */
    static int signedReviews(List<String> lines, int from, int to) {
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
     * Whether the line labels what follows as readers' comments: "Comments", "Leave a Reply", "34 responses to
     * “Headline”"; in the languages around, "12 comentários", "Lascia un commento", "Добавить отзыв"
     * ({@link ForeignLabels#COMMENTS}).
     */
    static boolean commentsLabel(String line) {
        return line.length() <= 150 && (COMMENTS_LABEL.matcher(line).matches()
                || ForeignLabels.in(ForeignLabels.COMMENTS, line));
    }

    /**
     * Whether line {@code i} opens a reader's comment as blogs print them: a name that "says:", the date of the comment
     * on the next line ("thelastchargersfan says:" / "November 19, 2019 at 6:34 am").
     */
    static boolean commenterLine(List<String> lines, int i) {
        String l = lines.get(i);
        return l.endsWith(" says:") && Text.wordCount(l) <= 6
                && linesNextTo(lines, i, 1, 1).stream().anyMatch(k -> Dates.find(lines.get(k)) != null);
    }

    /**
     * The label over readers' comments: "Comments", "3 Responses", "Leave a Reply", "Join the discussion", "Discussion
     * about this post", "View Comments", "blog comments powered by Disqus", "Top Rated Comments", "[ 167 comments ]".
     */
    private static final Pattern COMMENTS_LABEL = Pattern.compile("(?i)(?:(?:\\d+ )?(?:comments?|responses?|replies"
            + "|leave a (?:reply|comment)|post a comment|join the (?:discussion|conversation)"
            + "|discussion about this (?:post|article|story)"
            + "|(?:view|show|load|read|see) (?:all )?(?:\\d+ )?comments|(?:blog )?comments powered by \\w+"
            + "|(?:top(?: rated)?|most recent|newest|latest|best) comments|\\[ ?\\d+ comments? ?\\])\\W{0,4}"
            + "|(?:\\d+|one) (?:comments?|responses?|replies|thoughts?) (?:on|to) \\W?\\p{L}.*)");
}
