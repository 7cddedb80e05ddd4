package news.ingest.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Pasted texts built to hurt the extractor's text path, as {@link HostilePages} has pages: a long read with no line
 * break, and a megabyte of one kind of line each ({@link HostilePastedTextTest}, {@code ./bench.sh hostile-pages}).
 */
final class HostileTexts {

    static final String SENTENCE = "Ministers met on Thursday to discuss the trade agreement, officials said in a "
            + "statement after the talks. ";

    private HostileTexts() {
    }

    /** An 8,800-word report on one line: sentences numbered 0 to 399, 22 words each. */
    static String longReadOnOneLine() {
        return IntStream.range(0, 400).mapToObj(i -> "Sentence " + i + " of the report says the delegates met again "
                + "on the second day to settle what the first had left open.").collect(Collectors.joining(" "));
    }

    /** Every text above, by name. */
    static Map<String, String> all() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("8,800 words on one line", longReadOnOneLine());
        texts.put("one sentence on one line", SENTENCE.repeat(9_000));
        texts.put("a word per line", "word\n".repeat(200_000));
        texts.put("a menu item per line", "Home\nNews\nSport\nBusiness\n".repeat(40_000));
        texts.put("a menu on one line", "Home | News | Sport | Business ".repeat(32_000));
        texts.put("a byline per line", "By John Smith\n".repeat(70_000));
        texts.put("a day per line", "January 11, 2025\n".repeat(60_000));
        texts.put("headline, byline, day again",
                "The Headline Of The Story Here\nBy John Smith\nJanuary 11, 2025\n".repeat(16_000));
        texts.put("lines cut at 70 characters", (SENTENCE.substring(0, 70) + "\n").repeat(14_000));
        texts.put("text without spaces", "日本の外務大臣が中国を訪問した。".repeat(60_000));
        return texts;
    }
}
