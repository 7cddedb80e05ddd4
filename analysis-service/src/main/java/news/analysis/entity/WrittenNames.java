package news.analysis.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * The organisations {@link EntityDetector}'s runs of capitalised words cannot find, matched as written before the runs
 * are read: known names with a possessive ("People's Liberation Army", "Moody's"), small words ("Centers for Disease
 * Control and Prevention", "House of Representatives") or commas ("Ministry of Economy, Trade and Industry") in them,
 * and one word with a possessive before company endings ("McDonald's Corp"). Plain Java; filled once, then read only.
 */
final class WrittenNames {

    private final Map<String, List<WrittenName>> byFirstWord = new HashMap<>();
    /** The detector's organisation head words: "Corp's Inc" names no company. */
    private final Set<String> orgHeads;

    WrittenNames(Set<String> orgHeads) {
        this.orgHeads = orgHeads;
    }

    /**
     * Keeps a known organisation's name when the runs of capitalised words cannot find it.
     *
     * @return true when the name has a possessive, and must be found only as written ("Kohl's" is no "Kohl")
     */
    boolean add(String name) {
        WrittenName written = WrittenName.of(name);
        if (written.matters()) {
            byFirstWord.computeIfAbsent(written.words().get(0), w -> new ArrayList<>()).add(written);
        }
        return written.hasPossessive();
    }

    /**
     * An organisation's name as written, which a text must write so: its possessives ("Kohl's" the retailer, not
     * "Helmut Kohl"), small words and punctuation between its words.
     *
     * @param words the normal forms of its words
     * @param small for each word, whether it is written in small letters ("for", "and", "of the")
     * @param gaps  what stands between each word and the next, normalised ({@link #gap}): " ", "'s ", ", ", "-"
     * @param endsInPossessive whether the name ends in its possessive ("Moody's")
     */
    private record WrittenName(List<String> words, boolean[] small, String[] gaps, boolean endsInPossessive) {

        static WrittenName of(String name) {
            List<Token> tokens = TextTokenizer.tokenizeApart(name);
            boolean[] small = new boolean[tokens.size()];
            String[] gaps = new String[Math.max(0, tokens.size() - 1)];
            for (int k = 0; k < tokens.size(); k++) {
                small[k] = !NameWords.nameWord(tokens.get(k));
                if (k > 0) {
                    gaps[k - 1] = gap(name, tokens.get(k - 1), tokens.get(k));
                }
            }
            return new WrittenName(tokens.stream().map(Token::norm).toList(), small, gaps,
                    NameWords.possessive(name, tokens.get(tokens.size() - 1)));
        }

        /** @return true when the name has a possessive */
        boolean hasPossessive() {
            return endsInPossessive || Arrays.stream(gaps).anyMatch(g -> g.startsWith("'s"));
        }

        /** @return true when the runs of capitalised words cannot find the name: it has more than words and spaces */
        boolean matters() {
            boolean smallWord = false;
            for (boolean b : small) {
                smallWord |= b;
            }
            return smallWord || hasPossessive() || Arrays.stream(gaps).anyMatch(g -> g.contains(","));
        }
    }

    /**
     * @return what stands between two tokens, in lower case, typographic apostrophes plain and white space one space
     *         (a line break of hard-wrapped text too); null when a blank line parts them
     */
    private static String gap(String text, Token left, Token right) {
        StringBuilder out = new StringBuilder(right.start() - left.end());
        int lineBreaks = 0;
        for (int c = left.end(); c < right.start(); c++) {
            char ch = text.charAt(c);
            if (ch == '\n' && ++lineBreaks > 1) {
                return null;
            }
            if (Character.isWhitespace(ch)) {
                if (out.isEmpty() || out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else {
                out.append(ch == '’' ? '\'' : Character.toLowerCase(ch));
            }
        }
        return out.toString();
    }

    /**
     * @return the key ({@link EntityLexicon#key}) of a name of two words or more without the company's legal form it
     *         ends in ("tracor" of "Tracor Inc"), or null when it ends in none
     */
    static String withoutLegalForm(String name) {
        String k = EntityLexicon.key(name);
        int space = k.lastIndexOf(' ');
        return space > 0 && LegalForms.ENDINGS.contains(k.substring(space + 1)) ? k.substring(0, space) : null;
    }

    /**
     * @return for each token, the end of an organisation's name that starts there and that the runs of capitalised
     *         words cannot find, or 0; null when there is none: a known one written as known ({@link WrittenName}:
     *         "People's Liberation Army", "Centers for Disease Control and Prevention", "Standard and Poor's", with the
     *         company endings after it: "Moody's Investors Service Inc") or one word with a possessive before company
     *         endings alone ("McDonald's Corp", not "Japan's Toshiba Corp")
     */
    int[] ends(String text, List<Token> tokens) {
        int[] ends = null;
        for (int k = 0; k < tokens.size(); k++) {
            int end = NameWords.nameWord(tokens.get(k)) ? writtenNameAt(text, tokens, k) : 0;
            if (end > 0) {
                if (ends == null) {
                    ends = new int[tokens.size()];
                }
                ends[k] = end;
                k = end - 1;
            }
        }
        return ends;
    }

    private int writtenNameAt(String text, List<Token> tokens, int k) {
        List<WrittenName> known = byFirstWord.getOrDefault(tokens.get(k).norm(), List.of());
        if (known.isEmpty() && !NameWords.possessive(text, tokens.get(k))) {
            return 0; // most words: neither a known name's first word nor followed by 's
        }
        int end = 0;
        Token prev = k > 0 ? tokens.get(k - 1) : null;
        boolean joined = prev != null && TextTokenizer.joinable(text, prev, tokens.get(k));
        // a name of one word and its possessive, after a capitalised word, is that of a person: "Chris Christie's"
        boolean afterName = joined && NameWords.nameWord(prev);
        for (WrittenName name : known) {
            if (k + name.words().size() > end && (name.words().size() > 1 || !afterName)
                    && writtenAt(text, tokens, k, name)) {
                end = k + name.words().size();
            }
        }
        // "McDonald's Corp": one word, the company's own, not the end of a longer name ("Robert Maxwell's ...",
        // "Standard and Poor's Corp", "Procter & Gamble's ...") or an organisation's ("Corp's Inc")
        boolean alone = !afterName && !(joined && "and".equals(prev.norm()))
                && !(prev != null && NameWords.ampersand(text, prev, tokens.get(k)));
        if (end == 0 && alone && k + 1 < tokens.size() && possessiveGap(text, tokens.get(k), tokens.get(k + 1))
                && LegalForms.ENDINGS.contains(tokens.get(k + 1).norm()) && NameWords.nameWord(tokens.get(k + 1))
                && !orgHeads.contains(tokens.get(k).norm())) {
            end = k + 1;
        }
        while (end > 0 && end < tokens.size() && LegalForms.ENDINGS.contains(tokens.get(end).norm())
                && NameWords.nameWord(tokens.get(end)) && (TextTokenizer.joinable(text, tokens.get(end - 1), tokens.get(end))
                        || possessiveGap(text, tokens.get(end - 1), tokens.get(end)))) {
            end++;
        }
        // "House of Commons Finance Committee": capitalised words right after the name that end in a head word go with it
        int next = end;
        while (end > 0 && next < tokens.size() && NameWords.nameWord(tokens.get(next))
                && TextTokenizer.joinable(text, tokens.get(next - 1), tokens.get(next))) {
            next++;
        }
        if (next > end && orgHeads.contains(tokens.get(next - 1).norm())) {
            end = next;
        }
        return end;
    }

    /**
     * @return the last word of the name {@code [from, end)} as written, with its possessive when the name ends in one
     *         ("Moody's said")
     */
    Token lastWord(String text, List<Token> tokens, int from, int end) {
        Token last = tokens.get(end - 1);
        if (!endsInPossessive(text, tokens, from, end)) {
            return last;
        }
        return new Token(text.substring(last.start(), last.end() + 2), last.norm(), last.stem(), last.start(),
                last.end() + 2);
    }

    /** @return true when the tokens {@code [from, end)} are a known name that ends in its possessive: "Moody's" */
    private boolean endsInPossessive(String text, List<Token> tokens, int from, int end) {
        for (WrittenName name : byFirstWord.getOrDefault(tokens.get(from).norm(), List.of())) {
            int n = name.words().size();
            if (n == end - from && name.endsInPossessive() && writtenAt(text, tokens, from, name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the tokens from {@code k} are the name's words, capitalised where it has them so, with what
     *         the name has between them ("People's Daily", "Standard & Poor's", "Ministry of Economy, Trade and
     *         Industry") and its final possessive ("Moody's")
     */
    private static boolean writtenAt(String text, List<Token> tokens, int k, WrittenName name) {
        List<String> words = name.words();
        if (k + words.size() > tokens.size()) {
            return false;
        }
        for (int r = 0; r < words.size(); r++) {
            Token t = tokens.get(k + r);
            if (!t.norm().equals(words.get(r)) || !name.small()[r] && !NameWords.nameWord(t)
                    || r > 0 && !name.gaps()[r - 1].equals(gap(text, tokens.get(k + r - 1), t))) {
                return false;
            }
        }
        return !name.endsInPossessive() || NameWords.possessive(text, tokens.get(k + words.size() - 1));
    }

    /**
     * @return true when a possessive and white space stand between the two tokens ("People's Daily"; a line break of
     *         hard-wrapped text too, not a blank line)
     */
    private static boolean possessiveGap(String text, Token left, Token right) {
        return "'s ".equals(gap(text, left, right));
    }
}
