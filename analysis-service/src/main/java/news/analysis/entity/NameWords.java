package news.analysis.entity;

import java.util.List;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * How the words of a name are written: which tokens are name words, particles ("bin", "von der", "al-"), initials,
 * suffixes ("Jr"), possessives, and where a clause or a line ends around them. Plain static functions of the text and
 * its tokens.
 */
final class NameWords {

    private NameWords() {
    }

    /** Words that end a person's name after the surname: "Jr", "III". */
    static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    /** @return true when {@code left} is an initial whose full stop is all before {@code right}: "Thomas M. Hoenig" */
    static boolean afterInitial(String text, Token left, Token right) {
        int gap = right.start() - left.end();
        return left.surface().length() == 1 && Character.isUpperCase(left.surface().charAt(0))
                && (gap == 1 || gap == 2 && text.charAt(left.end() + 1) == ' ') && text.charAt(left.end()) == '.';
    }

    /**
     * @return true when an ampersand alone joins two words of at least two letters: "Procter & Gamble", "Pacific Gas &
     *         Electric Co" (a company's name, never a person's; "R&D" is no name)
     */
    static boolean ampersand(String text, Token left, Token right) {
        String gap = text.substring(left.end(), right.start());
        return (gap.equals(" & ") || gap.equals("&")) && left.surface().length() > 1 && right.surface().length() > 1;
    }


    /**
     * Small words that stand inside a person's name between capitalised ones, written in small letters and counted as
     * no word of the name: with a space after them in European and Arabic names ("Ursula von der Leyen", "Luiz Inácio
     * Lula da Silva", "Mohammed bin Salman"), and with a hyphen after them in Arabic ones ("Bashar al-Assad", "Abdel
     * Fattah el-Sisi"); "as" and "at" only so, being English words too.
     */
    static final Set<String> PARTICLES = Set.of("bin", "bint", "ibn", "von", "van", "der", "den", "de", "da",
            "dos", "das", "di", "du", "des", "del", "della", "la", "le", "ter");

    private static final Set<String> HYPHENED_PARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az");

    /**
     * @return true for a word that links the parts of a name and counts as none: a particle, "Al" of "Al Thani", or a
     *         particle written capitalised inside a name, where it starts the family name ("David F. La Roche", "L.
     *         Jack Van Fossen")
     */
    static boolean linkInName(String text, Token t) {
        return particle(text, t) || "Al".equals(t.surface()) || t.end() < text.length() && text.charAt(t.end()) == ' '
                && Character.isUpperCase(t.surface().charAt(0)) && PARTICLES.contains(t.norm());
    }

    /**
     * @return true for a capitalised word after a French or Italian particle cut short by an apostrophe, one token
     *         written in small letters: "d'Estaing", "d'Electricite", "dell'Agricoltura"
     */
    static boolean elidedParticle(Token t) {
        String s = t.surface();
        int apostrophe = s.startsWith("d'") || s.startsWith("d\u2019") ? 1
                : s.startsWith("dell'") || s.startsWith("dell\u2019") ? 4 : -1;
        return apostrophe > 0 && s.length() > apostrophe + 2 && Character.isUpperCase(s.charAt(apostrophe + 1));
    }

    /** @return true for a name particle ("bin", "von", the "al" of "al-Assad") */
    static boolean particle(String text, Token t) {
        int end = t.end();
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end); // looked at first: most words are followed by neither, and need no lookup
        return next == ' ' && PARTICLES.contains(t.surface())
                || (next == '-' || next == '\u2010') && HYPHENED_PARTICLES.contains(t.surface());
    }

    /** @return the first name particle in the run {@code [from, to)}, or -1 */
    static int firstParticle(String text, List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (particle(text, tokens.get(k))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * @return how many particles (one or two) stand at {@code at}, joined to the run before them and followed by a
     *         capitalised word: 1 for "bin" in "Mohammed bin Salman", 2 for "von der" in "Ursula von der Leyen"; else 0
     */
    static int particlesBeforeName(String text, List<Token> tokens, int at) {
        int k = at;
        while (k < tokens.size() && k - at < 2 && particle(text, tokens.get(k))
                && TextTokenizer.joinable(text, tokens.get(k - 1), tokens.get(k))) {
            k++;
        }
        return k > at && k < tokens.size() && nameWord(tokens.get(k))
                && TextTokenizer.joinable(text, tokens.get(k - 1), tokens.get(k)) ? k - at : 0;
    }

    static boolean nameWord(Token t) {
        return t.capitalised() || (t.surface().length() > 1 && Character.isUpperCase(t.surface().charAt(1))
                && Character.isLetter(t.surface().charAt(0)));
    }

    /**
     * @return true when a line break stands in {@code text[from, to)} (looked for there only: an {@code indexOf} from
     *         {@code from} reads on to the text's end when the text has no more line break)
     */
    static boolean lineBreakBetween(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** @return the first token of the run that starts a new line, or -1 */
    static int lineBreakBefore(String text, List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (lineBreakBetween(text, tokens.get(k - 1).end(), tokens.get(k).start())) {
                return k;
            }
        }
        return -1;
    }

    /** @return how many words the tokens make, a hyphenated name ("Liu-Shiu-Cheong") counting as one */
    static int words(String text, List<Token> tokens, int from, int to) {
        int words = particle(text, tokens.get(from)) ? 0 : 1;
        for (int k = from + 1; k < to; k++) {
            char before = text.charAt(tokens.get(k).start() - 1);
            boolean hyphen = before == '-' || before == '\u2010';
            boolean newWord = tokens.get(k).start() > tokens.get(k - 1).end()
                    && (!hyphen || particle(text, tokens.get(k - 1)));
            // "el-Sisi" is one word, "von der Leyen" and "Al Thani" too
            words += newWord && !linkInName(text, tokens.get(k)) && !NAME_SUFFIXES.contains(tokens.get(k).norm())
                    ? 1 : 0; // nor "Jr"
        }
        return words;
    }

    /** @return true for "Musk", "McConnell", "O'Brien", an initial ("J", "T.J.", "JD"); false for "SAYS" or "Musk2" */
    static boolean writtenAsName(String surface) {
        if (!Character.isUpperCase(surface.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int c = 1; c < surface.length(); c++) {
            char ch = surface.charAt(c);
            if (Character.isDigit(ch)) {
                return false;
            }
            lower |= Character.isLowerCase(ch);
        }
        return lower || surface.length() <= 2 || surface.indexOf('.') > 0;
    }

    private static final Set<String> CLAUSE_GOES_ON = Set.of("of", "who");

    /** @return true when the run ending before {@code to} ends its clause: a comma, a full stop, "of" or "who" next */
    static boolean endsClause(String text, List<Token> tokens, int to) {
        int k = tokens.get(to - 1).end();
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= text.length() || ",.;".indexOf(text.charAt(k)) >= 0) {
            return true;
        }
        return to < tokens.size() && tokens.get(to).start() == k && CLAUSE_GOES_ON.contains(tokens.get(to).norm());
    }

    /** @return true when only spaces stand between a sentence's end (or the text's start) and {@code at} */
    static boolean startsSentence(String text, int at) {
        int k = at - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return k < 0 || ".!?\n\"|".indexOf(text.charAt(k)) >= 0;
    }

    /**
     * @return true when the token is written with a possessive 's ("Japan" of "Japan's foreign minister", "MOODY'S"):
     *         the tokenizer leaves it out of the word
     */
    static boolean possessive(String text, Token t) {
        int at = t.end();
        return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019')
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S');
    }

    /**
     * @return true when no comma, colon, semicolon, bracket or full stop (but that of an abbreviation: "U.S.") stands
     *         between the tokens at {@code from} and {@code to}
     */
    static boolean sameClause(String text, List<Token> tokens, int from, int to) {
        for (int c = tokens.get(from).start(); c < tokens.get(to).start(); c++) {
            char ch = text.charAt(c);
            boolean abbreviation = ch == '.' && c > 0 && Character.isUpperCase(text.charAt(c - 1));
            if (".,;:()".indexOf(ch) >= 0 && !abbreviation) {
                return false;
            }
        }
        return true;
    }
}
