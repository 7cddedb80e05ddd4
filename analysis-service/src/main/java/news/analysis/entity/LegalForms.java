package news.analysis.entity;

import java.util.Set;

/**
 * The legal forms that end a company's name as news writes them ("McDonald's Corp", "Moody's Investors Service Inc",
 * "Enel SpA", "Nokia Oyj"), in lower case and without full stops: the entity detector reads where a company's name
 * ends by them, an article's company named with and without them is one organisation, and the story clusterer leaves
 * them out when it compares two articles' names.
 */
public final class LegalForms {

    /**
     * The legal forms. SE and ASA are left out: "Macintosh SE", "FT-SE" are no companies; so are "AS" and "NL", which
     * are words or abbreviations of other things too ("as", "the NL East").
     */
    public static final Set<String> ENDINGS = Set.of("corp", "corporation", "inc", "incorporated", "co", "company",
            "cos", "ltd", "limited", "plc", "llc", "llp", "lp", "ag", "gmbh", "kgaa", "sa", "spa", "sarl", "srl", "oyj",
            "ab", "bhd", "nv", "bv", "kk");

    /** Words that, after its legal form or alone, end a company's name as a whole ("SoftBank Group Corp"). */
    private static final Set<String> GROUP_WORDS = Set.of("group", "holding", "holdings");

    private LegalForms() {
    }

    /**
     * @param name a name in lower case, its words parted by single spaces
     * @return the name without the legal forms and group words it ends in ("softbank" of "softbank group corp",
     *         "boeing" of "boeing co"), its first word always kept; the name itself when it ends in none
     */
    public static String companyName(String name) {
        String base = name;
        for (int space = base.lastIndexOf(' '); space > 0; space = base.lastIndexOf(' ')) {
            String last = base.substring(space + 1);
            if (!ENDINGS.contains(last) && !GROUP_WORDS.contains(last)) {
                break;
            }
            base = base.substring(0, space);
        }
        return base;
    }
}
