package news.ingest.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import news.support.UnicodeText;

/**
 * The headline an article's address spells. Most sites make the last part of an article's address from its headline
 * ("/i-tested-5-ai-cli-tools", "/2025/01/11/redefining-dynamics-what-the-japanese-foreign-ministers-visit.html"): a
 * line over a pasted article that holds nearly all the address's words is its headline, whatever else the page
 * prints around it.
 */
final class AddressHeadline {

    /** Words an address must spell for it to name a headline ("/news/world", "/p/12345" spell none). */
    private static final int MIN_WORDS = 3;
    /** Share of the address's words a line must hold. */
    private static final double WORDS_HELD = 0.8;
    /** How many times the address's words a headline may have (an address drops a long headline's small words). */
    private static final int MAX_WORDS_FACTOR = 3;
    /** How many lines above the article's text the headline is looked for. */
    private static final int LOOK_LINES = 40;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHE = Pattern.compile("['’]");
    /** A page's extension at the end of the address ("story.html", "index.php"). */
    private static final Pattern EXTENSION = Pattern.compile("\\.(?:s?html?|php|aspx?|jsp|cms)$");
    /** An id in the address: five digits or more ("-565107452"). */
    private static final Pattern ID = Pattern.compile("\\d{5,}");

    private AddressHeadline() {
    }

    /**
     * @return the words of the address's last part (lower case, accents and apostrophes dropped, ids left out), or an
     *         empty list when it spells fewer than {@value #MIN_WORDS} words with letters or is no web address
     */
    static List<String> words(String address) {
        String path;
        try {
            path = address == null ? null : URI.create(address.strip()).getPath();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (path == null) {
            return List.of();
        }
        String last = "";
        for (String part : path.split("/")) {
            if (!part.isBlank()) {
                last = part;
            }
        }
        List<String> words = new ArrayList<>();
        int lettered = 0;
        for (String w : wordsOf(EXTENSION.matcher(last.toLowerCase(Locale.ROOT)).replaceFirst(""))) {
            if (!ID.matcher(w).matches()) {
                words.add(w);
                lettered += w.chars().anyMatch(Character::isLetter) ? 1 : 0;
            }
        }
        return lettered >= MIN_WORDS ? words : List.of();
    }

    /**
     * The nearest line over the article's first line (within {@value #LOOK_LINES} lines) that holds the address's
     * words, or -1 when none does.
     *
     * @param words the {@link #words address's words}
     * @param first the index of the article's first line
     */
    static int above(List<String> lines, int first, List<String> words) {
        if (words.isEmpty()) {
            return -1;
        }
        for (int i = first - 1; i >= 0 && i >= first - LOOK_LINES; i--) {
            if (spells(lines.get(i), words)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the line holds nearly all the address's words, and not many more. */
    static boolean spells(String line, List<String> words) {
        return line.length() <= 300 && holds(wordsOf(line), words, MAX_WORDS_FACTOR * words.size());
    }

    /**
     * Whether a headline found otherwise holds nearly all the address's words, however many more it has (the address
     * spells a long headline's first words, "/cleaning-industry-trends" for "2025 Cleaning Industry Trends to Know for
     * a Thriving Business").
     */
    static boolean heldBy(String headline, List<String> words) {
        return headline != null && holds(wordsOf(headline), words, Integer.MAX_VALUE);
    }

    private static boolean holds(List<String> own, List<String> words, int maxWords) {
        if (words.isEmpty() || own.isEmpty() || own.size() > maxWords) {
            return false;
        }
        Set<String> held = new HashSet<>(own);
        int found = 0;
        for (String w : words) {
            found += held.contains(w) ? 1 : 0;
        }
        return found >= WORDS_HELD * words.size();
    }

    /** The words of a text as an address writes them: lower case, without accents, "here’s" as "heres". */
    private static List<String> wordsOf(String text) {
        String plain = UnicodeText.withoutAccents(text);
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(APOSTROPHE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(""))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
