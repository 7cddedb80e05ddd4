package news.analysis.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;

/**
 * The words {@link EntityDetector} looks names up in: the sections of {@code entity/lexicon.txt} (roles, cues,
 * honorifics, organisation head words, known organisations, words that are never names) and {@code entity/names.txt}
 * (given names, family names written first or last), each entry normalised as the tokenizer writes words. Filled
 * once, then read only.
 */
final class EntityLexicon {

    /** The roles ("foreign minister") by their first word, longest first. */
    final Map<String, List<List<String>>> rolesByFirstWord = new HashMap<>();
    final Set<String> personCues = new HashSet<>();
    final Set<String> speakerCues = new HashSet<>();
    final Set<String> honorifics = new HashSet<>();
    final Set<String> orgHeads = new HashSet<>();
    final Set<String> orgFirstWords = new HashSet<>();
    /** Organisations known by an abbreviation that is also a word ("WHO"): only so when written in capitals. */
    final Set<String> capitalOrgs = new HashSet<>();
    /** @return true when the word is an organisation known by an abbreviation and written in capitals ("WHO") */
    boolean capitalOrg(Token word) {
        return capitalOrgs.contains(word.norm()) && word.surface().equals(word.surface().toUpperCase(Locale.ROOT));
    }

    /** Heads that name a trade ("Securities", "Power"): they close no name before "and" and none before a role. */
    final Set<String> tradeHeads = new HashSet<>();
    final Set<String> orgs = new HashSet<>();
    /** Roles of one who leads or speaks for an organisation ("CEO", "Founder", "Spokesman"), each also a role. */
    final Set<String> bodyRoles = new HashSet<>();
    /** Jobs in small letters before "at" or "with" and a workplace ("strategist at Miller Tabak"). */
    final Set<String> workplaceJobs = new HashSet<>();
    /** Kinds of organisation in small letters right before one's name ("the journal Nature Astronomy"). */
    final Set<String> orgKinds = new HashSet<>();
    /** Words before "Center" that make it a building for shows, fairs or shops ("Riverbend Music Center"). */
    final Set<String> venueWords = new HashSet<>();
    /** Words that make a heading of capitalised words an institution's or a firm's name ("Columbia Business School"). */
    final Set<String> institutionWords = new HashSet<>();
    /** One-word roles written short with a full stop ("Rep.", "Gov.", "Gen."). */
    final Set<String> shortRoles = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    /** Groups of people ("Officials", "Dealers"), also {@link #notNames}. */
    final Set<String> groups = new HashSet<>();
    final Set<String> placeWords = new HashSet<>();
    /**
     * Last words of firms named by their trade or form that are also common nouns ("Stanley Works", "Houston Oil
     * Trust"), also {@link #placeWords}: such a name is no person's, and a firm's where it speaks ("Stanley Works
     * said"), not wherever its words are capitalised ("Zero Trust principles", "Database Engines").
     */
    final Set<String> firmWords = new HashSet<>();
    final Set<String> givenNames = new HashSet<>();
    final Set<String> familyNames = new HashSet<>();
    final Set<String> wordLikeGivenNames = new HashSet<>();
    /** Family names written first that as often start a place's or a firm's name ("Park Avenue", "Park Chan-wook"). */
    final Set<String> wordLikeFamilyNames = new HashSet<>();
    final Set<String> surnames = new HashSet<>();
    final List<List<String>> roles = new ArrayList<>();
    /** The words a government's portfolios are named with ("Finance", "Foreign", "Affairs", "Mines", "Energy"). */
    final Set<String> portfolios = new HashSet<>();
    /** The organisations known by a name the runs of capitalised words cannot find ("House of Representatives"). */
    final WrittenNames writtenNames = new WrittenNames(orgHeads);

    private EntityLexicon() {
    }

    /** Reads the resources in order, each with sections {@code [roles]}, {@code [person-cues]}, ..., one entry a line. */
    static EntityLexicon fromClasspath(String... resources) {
        EntityLexicon lexicon = new EntityLexicon();
        for (String resource : resources) {
            try (InputStream in = EntityLexicon.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("entity lexicon not found: " + resource);
                }
                lexicon.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read entity lexicon " + resource, e);
            }
        }
        lexicon.indexRoles();
        return lexicon;
    }

    /** Reads one lexicon: sections {@code [roles]}, {@code [person-cues]}, ... one entry a line. */
    static EntityLexicon read(InputStream in) throws IOException {
        EntityLexicon lexicon = new EntityLexicon();
        lexicon.load(in);
        lexicon.indexRoles();
        return lexicon;
    }

    private void load(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String section = null;
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line.substring(1, line.length() - 1);
                continue;
            }
            String norm = key(line);
            switch (section == null ? "" : section) {
                case "roles" -> {
                    roles.add(List.of(norm.split(" ")));
                    if (line.endsWith(".") && norm.indexOf(' ') < 0) {
                        shortRoles.add(norm);
                    }
                }
                case "person-cues" -> personCues.add(norm);
                case "speaker-cues" -> speakerCues.add(norm);
                case "honorifics" -> honorifics.add(norm);
                case "org-heads" -> orgHeads.add(norm);
                case "trade-heads" -> {
                    orgHeads.add(norm);
                    tradeHeads.add(norm);
                }
                case "orgs" -> {
                    if (!writtenNames.add(line)) {
                        orgs.add(norm); // (a name with a possessive is matched only as written: "Kohl's" is no "Kohl")
                    }
                }
                case "org-first-words" -> orgFirstWords.add(norm);
                case "body-roles" -> bodyRoles.add(norm);
                case "workplace-jobs" -> workplaceJobs.add(norm);
                case "org-kinds" -> orgKinds.add(norm);
                case "venue-words" -> venueWords.add(norm);
                case "institution-words" -> institutionWords.add(norm);
                case "orgs-in-capitals" -> capitalOrgs.add(norm);
                case "not-names" -> notNames.add(norm);
                case "groups" -> {
                    notNames.add(norm);
                    groups.add(norm);
                }
                case "place-words" -> placeWords.add(norm);
                case "firm-words" -> {
                    placeWords.add(norm);
                    firmWords.add(norm);
                }
                // a hyphenated given name ("Jean-Claude") is looked up by its first word
                case "given-names" -> givenNames.add(norm.split(" ")[0]);
                case "family-names" -> familyNames.add(norm);
                case "word-like-given-names" -> wordLikeGivenNames.add(norm);
                case "word-like-family-names" -> wordLikeFamilyNames.add(norm);
                case "surnames" -> surnames.add(norm);
                case "portfolios" -> portfolios.add(norm);
                default -> throw new IOException("entity lexicon: entry outside a known section: " + line);
            }
        }
    }

    private void indexRoles() {
        roles.sort(Comparator.comparingInt((List<String> r) -> r.size()).reversed());
        roles.forEach(role -> rolesByFirstWord.computeIfAbsent(role.get(0), w -> new ArrayList<>()).add(role));
    }

    /** @return true when the word (normal form) is a given name or a family name written first: "elon", "kim" */
    boolean startsPersonName(String word) {
        return givenNames.contains(word) || familyNames.contains(word);
    }

    /**
     * @return true when one word may be an organisation's whole name: no given or family name, and no organisation's
     *         head or first word, place word, honorific or word that is never a name
     */
    boolean bodyName(String word) {
        return !givenNames.contains(word) && !familyNames.contains(word) && !wordLikeFamilyNames.contains(word)
                && !surnames.contains(word) && !orgHeads.contains(word) && !orgFirstWords.contains(word)
                && !placeWords.contains(word) && !honorifics.contains(word) && !notNames.contains(word);
    }

    static String key(String s) {
        return key(TextTokenizer.tokenizeApart(s)); // (a name: the article's texts stay the thread's last tokenised)
    }

    /** The normalised words of the tokens, one space apart: how names are looked up. */
    static String key(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens) {
            sb.append(sb.isEmpty() ? "" : " ").append(t.norm());
        }
        return sb.toString();
    }

    /** Roles that name their portfolios after "of" or "for", or after the portfolios ("Oil Minister"). */
    private static final Set<String> PORTFOLIO_ROLES = Set.of("minister", "secretary", "commissioner");

    /** Links between a role and its portfolios: "Minister of Finance", "Minister for Foreign Affairs". */
    static final Set<String> PORTFOLIO_LINKS = Set.of("of", "for");

    /**
     * A role named with the portfolios it holds: "Minister of Finance", "Minister for Foreign Affairs", "Secretary of
     * the Treasury", "Minister of Agriculture, Fisheries and Food", "Minister of State for Trade Policy", and before the
     * role, "Oil Minister", "Mines and Energy Minister". Portfolios are capitalised words of {@link #portfolios}, and
     * any capitalised word before "Affairs".
     *
     * @return how many tokens from {@code k} (before {@code to}) the role takes; 0 when none starts there
     */
    int portfolioRoleLength(String text, List<Token> tokens, int k, int to) {
        if (k >= to) {
            return 0;
        }
        if (PORTFOLIO_ROLES.contains(tokens.get(k).norm())) {
            return portfoliosAfter(text, tokens, k, to);
        }
        int listEnd = portfoliosEnd(text, tokens, k, to);
        return listEnd > k && listEnd < to && PORTFOLIO_ROLES.contains(tokens.get(listEnd).norm())
                && TextTokenizer.joinable(text, tokens.get(listEnd - 1), tokens.get(listEnd)) ? listEnd + 1 - k : 0;
    }

    /** Bodies named with their portfolios after "of" or "for": "Ministry of International Trade and Industry". */
    private static final Set<String> PORTFOLIO_BODIES = Set.of("ministry", "department", "office", "secretariat");

    /**
     * A ministry or department named with the portfolios it holds: "Ministry of International Trade and Industry",
     * "Department of Agriculture, Fisheries and Food", "Ministry of the Interior".
     *
     * @return how many tokens from {@code k} (before {@code to}) the name takes; 0 when none starts there
     */
    int portfolioBodyLength(String text, List<Token> tokens, int k, int to) {
        return k < to && PORTFOLIO_BODIES.contains(tokens.get(k).norm()) ? portfoliosAfter(text, tokens, k, to) : 0;
    }

    /**
     * @return how many tokens the head word at {@code k} and the portfolios after its "of" or "for" (and a second
     *         "of" or "for": "Minister of State for Trade Policy") take; 0 when no portfolio follows
     */
    private int portfoliosAfter(String text, List<Token> tokens, int k, int to) {
        int end = k + 1;
        for (int links = 0; links < 2 && end + 1 < to && PORTFOLIO_LINKS.contains(tokens.get(end).surface()); links++) {
            int first = "the".equals(tokens.get(end + 1).surface()) ? end + 2 : end + 1;
            int listEnd = portfoliosEnd(text, tokens, first, to);
            if (listEnd == first) {
                break;
            }
            end = listEnd;
        }
        return end > k + 1 ? end - k : 0;
    }

    /**
     * The most portfolios one role or ministry lists ("Agriculture, Fisheries and Food": three), and the most words of
     * one ("Homeland Security", "International Cooperation"): a text that lists a portfolio 20,000 times is read no
     * further than a real name, not once more for every word of it (which took seconds).
     */
    private static final int MAX_PORTFOLIOS = 6;
    private static final int MAX_PORTFOLIO_WORDS = 3;

    /**
     * @return the end of the portfolios listed from {@code k}: capitalised words of {@link #portfolios}, parted by a
     *         comma or "and" ("Agriculture, Fisheries and Food"), at most {@link #MAX_PORTFOLIOS} of up to
     *         {@link #MAX_PORTFOLIO_WORDS} words; {@code k} when none stands there
     */
    private int portfoliosEnd(String text, List<Token> tokens, int k, int to) {
        int end = k;
        int at = k;
        for (int items = 0; items < MAX_PORTFOLIOS && at < to && portfolioAt(text, tokens, at, to); items++) {
            int item = at + 1;
            while (item < to && item - at < MAX_PORTFOLIO_WORDS && portfolioAt(text, tokens, item, to)
                    && TextTokenizer.joinable(text, tokens.get(item - 1), tokens.get(item))) {
                item++;
            }
            end = item;
            if (item + 1 < to && "and".equals(tokens.get(item).surface())
                    && TextTokenizer.joinable(text, tokens.get(item - 1), tokens.get(item))) {
                at = item + 1; // "Mines and Energy"
            } else if (item < to && text.substring(tokens.get(item - 1).end(), tokens.get(item).start()).strip()
                    .equals(",")) {
                at = item; // "Agriculture, Fisheries and Food"
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * @return true when a portfolio's word stands at {@code k}: a capitalised word of {@link #portfolios}, or any
     *         capitalised word before "Affairs" ("Corporate Affairs", "Consumer Affairs")
     */
    private boolean portfolioAt(String text, List<Token> tokens, int k, int to) {
        Token word = tokens.get(k);
        return Character.isUpperCase(word.surface().charAt(0)) && (portfolios.contains(word.norm())
                || k + 1 < to && "Affairs".equals(tokens.get(k + 1).surface())
                && TextTokenizer.joinable(text, word, tokens.get(k + 1)));
    }

    List<String> roleAt(List<Token> tokens, int k, int to) {
        if (k >= to) {
            return null;
        }
        List<List<String>> starting = rolesByFirstWord.get(tokens.get(k).norm());
        for (int s = 0; starting != null && s < starting.size(); s++) {
            List<String> role = starting.get(s);
            if (k + role.size() > to) {
                continue;
            }
            boolean ok = true;
            for (int r = 0; r < role.size() && ok; r++) {
                ok = tokens.get(k + r).norm().equals(role.get(r));
            }
            if (ok) {
                return role;
            }
        }
        return null;
    }
}
