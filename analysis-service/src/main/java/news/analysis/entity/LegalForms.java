package news.analysis.entity;

import java.util.Set;

/**
 * The legal forms that end a company's name as news writes them ("McDonald's Corp", "Moody's Investors Service Inc",
 * "Enel SpA", "Nokia Oyj"), in lower case and without full stops: the entity detector reads where a company's name
 * ends by them, and the story clusterer leaves them out when it compares two articles' names.
 */
public final class LegalForms {

    /**
     * The legal forms. SE and ASA are left out: "Macintosh SE", "FT-SE" are no companies; so are "AS" and "NL", which
     * are words or abbreviations of other things too ("as", "the NL East").
     */
    public static final Set<String> ENDINGS = Set.of("corp", "corporation", "inc", "incorporated", "co", "company",
            "cos", "ltd", "limited", "plc", "llc", "llp", "lp", "ag", "gmbh", "kgaa", "sa", "spa", "sarl", "srl", "oyj",
            "ab", "bhd", "nv", "bv", "kk");

    private LegalForms() {
    }
}
