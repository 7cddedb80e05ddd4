package news.ingest.extract;

import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a page prints twice: a teaser of its lead, a print copy of the article, a pull quote. Each paragraph's 4-word
 * shingles are compared with those of the paragraphs emitted above it; a passage of repeats is dropped, and a repeat
 * standing alone between new paragraphs is kept (a question put to each person interviewed), and so is one paragraph
 * printed again and again (an offer's terms, once per region under the region's label).
 */
final class RepeatedText {

    /** Share of a paragraph's 4-word shingles already emitted above which it is a repeat (teaser, print copy). */
    private static final double REPEAT_SHARE = 0.8;

    /** A paragraph too short (under 5 shingles) to be judged a repeat; its shingles are recorded all the same. */
    static final int SHORT = 0;
    /** A paragraph mostly new. */
    static final int NEW = 1;
    /** A paragraph most of whose shingles were already emitted. */
    static final int REPEAT = 2;

    private RepeatedText() {
    }

    /**
     * Reads the next paragraph of the article: whether it is {@link #SHORT}, {@link #NEW} or a {@link #REPEAT} of the
     * paragraphs read before it, and which of them it repeats.
     */
    static final class Reader {
        private final Long2IntMap seen = new Long2IntOpenHashMap();
        private int read;

        Paragraph read(String text, boolean heading, BooleanSupplier quoted) {
            int index = read++;
            int source = repeatOf(text, seen, index);
            int state = source >= 0 ? REPEAT : source == NOT_JUDGED ? SHORT : NEW;
            return new Paragraph(text, state, Math.max(source, -1), heading, state == REPEAT && quoted.getAsBoolean());
        }
    }

    /** What {@link #repeatOf} gives for a paragraph mostly new. */
    private static final int NEW_TEXT = -1;
    /** What {@link #repeatOf} gives for a paragraph too short to be judged. */
    private static final int NOT_JUDGED = -2;

    /**
     * @return the index of the paragraph read before whose text this one mostly repeats (the first to print the first
     *         of its shingles seen before), or {@link #NEW_TEXT} or {@link #NOT_JUDGED}; the shingles of a paragraph
     *         not a repeat are recorded as the paragraph {@code index}'s
     */
    private static int repeatOf(String paragraph, Long2IntMap seen, int index) {
        long[] shingles = shingles(paragraph);
        if (shingles.length >= 5) {
            int known = 0;
            int source = NEW_TEXT;
            for (long shingle : shingles) {
                int at = seen.getOrDefault(shingle, NEW_TEXT);
                if (at >= 0) {
                    known++;
                    source = source >= 0 ? source : at;
                }
            }
            if (known >= REPEAT_SHARE * shingles.length) {
                return source;
            }
        }
        for (long shingle : shingles) {
            seen.putIfAbsent(shingle, index);
        }
        return shingles.length >= 5 ? NEW_TEXT : NOT_JUDGED;
    }

    /** The text's 4-word shingles: a hash of each run of four words, in order. */
    private static long[] shingles(String text) {
        long[] words = wordHashes(text);
        long[] shingles = new long[Math.max(0, words.length - 3)];
        for (int i = 0; i < shingles.length; i++) {
            shingles[i] = ((words[i] * 0x9E3779B97F4A7C15L + words[i + 1]) * 0x9E3779B97F4A7C15L + words[i + 2])
                    * 0x9E3779B97F4A7C15L + words[i + 3];
        }
        return shingles;
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
            if (Text.letterOrNumber(cp)) {
                hash = hash * 1_000_003L + (cp < 128 ? cp >= 'A' && cp <= 'Z' ? cp + 32 : cp : Character.toLowerCase(cp));
                inWord = true;
            } else if (inWord) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = hash;
                hash = 0;
                inWord = false;
            }
        }
        if (inWord) {
            out = n == out.length ? Arrays.copyOf(out, n + 1) : out;
            out[n++] = hash;
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * An emitted paragraph, whether it repeats text above it ({@link #SHORT}, {@link #NEW}, {@link #REPEAT}), the
     * index of the paragraph it repeats (-1 when none), whether it is a heading, and is a repeat set in a quotation
     * block: a pull quote, the article's own words set large.
     */
    record Paragraph(String text, int repeat, int source, boolean heading, boolean pullQuote) {
    }

    /**
     * The paragraphs without those that continue a copy of text above them: a repeat next to the repeat of another
     * paragraph (short paragraphs such as headings between them do not count) is part of a repeated passage, a page
     * printing its article twice or a teaser of its lead. A repeat standing alone between new paragraphs is the
     * article's: a pull question put to each of the people interviewed, a step that comes back in every week of a plan;
     * and so is one paragraph printed again and again (terms and conditions, once per region under its label); but not
     * a pull quote. Then a heading with no text under it ends the article's part of the container ("You might also
     * like"), but for a list article's next numbered item set as a heading.
     */
    static List<String> withoutCopies(List<Paragraph> paragraphs) {
        List<String> out = new ArrayList<>(paragraphs.size());
        int headingsAtEnd = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (p.repeat() == REPEAT && (p.pullQuote() || copiesAnother(p, neighbour(paragraphs, i, -1))
                    || copiesAnother(p, neighbour(paragraphs, i, 1)))) {
                continue;
            }
            out.add(p.text());
            // a list article's next numbered item, written as a heading ("9. Still, Lovato will ..." after "8. ..."),
            // is an item, not a heading over nothing
            headingsAtEnd = p.heading() && !nextItem(out) ? headingsAtEnd + 1 : 0;
        }
        return out.subList(0, out.size() - headingsAtEnd);
    }

    /** How many paragraphs back the previous item is looked for (an item's text may take several). */
    private static final int ITEM_LOOK_BACK = 30;

    /** A list article's item number opening a paragraph: "2. Wire Strippers", "10) The last one". */
    static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d{1,3})[.)] ");

    /** @return true when the last paragraph is numbered one more than an earlier one: "9. ..." after "8. ..." */
    private static boolean nextItem(List<String> paragraphs) {
        Matcher last = ITEM_NUMBER.matcher(paragraphs.get(paragraphs.size() - 1));
        if (!last.find()) {
            return false;
        }
        String previous = String.valueOf(Integer.parseInt(last.group(1)) - 1);
        for (int k = paragraphs.size() - 2; k >= Math.max(0, paragraphs.size() - ITEM_LOOK_BACK); k--) {
            Matcher item = ITEM_NUMBER.matcher(paragraphs.get(k));
            if (item.find() && item.group(1).equals(previous)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the neighbour is a repeat of other text than {@code p}: of another paragraph, or of another
     *         part of the same one
     */
    private static boolean copiesAnother(Paragraph p, Paragraph neighbour) {
        return neighbour != null && neighbour.repeat() == REPEAT
                && (neighbour.source() != p.source() || !sameText(neighbour.text(), p.text()));
    }

    /** @return true when most of the 4-word shingles of {@code a} are in {@code b}: two copies of one text */
    private static boolean sameText(String a, String b) {
        LongOpenHashSet inB = new LongOpenHashSet(shingles(b));
        long[] ofA = shingles(a);
        int shared = 0;
        for (long shingle : ofA) {
            shared += inB.contains(shingle) ? 1 : 0;
        }
        return shared >= REPEAT_SHARE * ofA.length;
    }

    /**
     * The nearest paragraph in the direction that is long enough to be judged and not a pull quote (set in the
     * article's text wherever it fits, not part of a copied passage); null when none.
     */
    private static Paragraph neighbour(List<Paragraph> paragraphs, int from, int step) {
        for (int j = from + step; j >= 0 && j < paragraphs.size(); j += step) {
            if (paragraphs.get(j).repeat() != SHORT && !paragraphs.get(j).pullQuote()) {
                return paragraphs.get(j);
            }
        }
        return null;
    }
}
