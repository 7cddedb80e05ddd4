package news.analysis.entity;

import static news.analysis.entity.EntityLexicon.key;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.analysis.entity.NameRuns.Found;
import news.analysis.theme.TextTokenizer;
import news.analysis.theme.TextTokenizer.Token;
import news.events.EntityMention;
import news.events.Evidence;

/**
 * Names in lines whose capitals say nothing: a title in title case or all capitals, read only for the names the body
 * gives; the body's short headings and list labels ("Tips for Buying Homeowners Insurance", "Skill Development: ..."),
 * which name no organisation unless known by name or named with an institution's word.
 */
final class HeadingNames {

    private final EntityLexicon lexicon;

    HeadingNames(EntityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Drops the organisations found only in the body's headings whose capitals say nothing ({@link
     * #capitalsSayNothing}: "Tips for Buying Homeowners Insurance", "Additional Resources"), unless known by name,
     * found in the body's sentences too, or named with an institution's word ({@link #namesAnInstitution}) after
     * words of their own: not "Flatbread Party", "Coolant Fluid Exchange", "Cons About Travel Guard", whose other words
     * the text also writes in small letters.
     */
    void withoutHeadingOrganisations(String body, List<Found> inBody, SmallLetterPhrases inSmallLetters) {
        Map<Integer, Boolean> headingAt = new HashMap<>();
        Set<String> inSentences = new HashSet<>();
        List<Found> inHeadings = new ArrayList<>();
        List<Found> inOrder = new ArrayList<>(inBody);
        inOrder.sort(Comparator.comparingInt(x -> x.evidence().start()));
        // the last blank line before each name, looked for forwards once (a text of ten thousand names and no blank
        // line was read back to its start for each)
        int blank = -1;
        int next = body.indexOf("\n\n");
        for (Found x : inOrder) {
            if (!x.type().equals(EntityMention.ORGANIZATION)) {
                continue;
            }
            while (next >= 0 && next <= x.evidence().start()) {
                blank = next;
                next = body.indexOf("\n\n", next + 1);
            }
            int start = blank < 0 ? 0 : blank + 2;
            if (headingAt.computeIfAbsent(start, k -> isPlainHeading(body, k))) {
                inHeadings.add(x);
            } else {
                inSentences.add(key(x.name()));
            }
        }
        inHeadings.removeIf(x -> lexicon.orgs.contains(key(x.name())) || inSentences.contains(key(x.name()))
                || namesAnInstitution(x.name()) && !commonWordsBesideInstitution(x.name(), inSmallLetters));
        inBody.removeAll(new HashSet<>(inHeadings));
    }

    /**
     * @return true when the organisation found is a list item's label: several words that start a line and end at a
     *         colon ("Skill Development: Consistency is crucial ...", "Set Specific Times: Dedicate ..."), each of its
     *         words also written in small letters in the text; not a known name, or one with an institution's or a
     *         firm's word ("Contain LLC: ...")
     */
    boolean listLabel(String body, SmallLetterPhrases inSmallLetters, Found x) {
        Evidence at = x.evidence();
        if (!x.type().equals(EntityMention.ORGANIZATION) || !body.startsWith(":", at.end())
                || at.text().indexOf(' ') < 0 || lexicon.orgs.contains(key(x.name())) || namesAnInstitution(x.name())) {
            return false;
        }
        int k = at.start() - 1;
        while (k >= 0 && (body.charAt(k) == ' ' || body.charAt(k) == '\t'
                || "-*•–—".indexOf(body.charAt(k)) >= 0)) {
            k--; // a list's bullet
        }
        if (k >= 0 && body.charAt(k) != '\n') {
            return false;
        }
        return inSmallLetters.hasEveryWord(at.text()); // not "Cato Networks: Deployed ...": a vendor, no common word
    }

    /**
     * @return true when a word of the name is one of an institution or a firm ({@code [institution-words]}: "Columbia
     *         Business School", "Chubb INA Group"), not only a trade's ("Best Tax Software")
     */
    private boolean namesAnInstitution(String name) {
        for (Token t : TextTokenizer.tokenizeApart(name)) {
            if (lexicon.institutionWords.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return true when the text writes in small letters each word of the name that is not an institution's word
     *         ("flatbread" of "Flatbread Party"); false when there is no such word
     */
    private boolean commonWordsBesideInstitution(String name, SmallLetterPhrases inSmallLetters) {
        return inSmallLetters.hasEveryWordBut(name, lexicon.institutionWords);
    }

    /** Longest line of the body read as a heading. */
    private static final int HEADING_CHARS = 120;

    /**
     * @return true when the paragraph at {@code start} (paragraphs are set apart by a blank line, as the extractor
     *         writes them) is one short line that ends no sentence and whose capitals say nothing
     */
    private static boolean isPlainHeading(String body, int start) {
        int end = body.indexOf("\n\n", start);
        String line = body.substring(start, end < 0 ? body.length() : end).strip();
        // (a line set off by a dash names who wrote what is quoted above it: "— The Nigerian Senate (@NGRSenate)")
        if (line.isEmpty() || line.length() > HEADING_CHARS || line.indexOf('\n') >= 0
                || ".!?;\"”".indexOf(line.charAt(line.length() - 1)) >= 0 || "—–-".indexOf(line.charAt(0)) >= 0) {
            return false;
        }
        return capitalsSayNothing(TextTokenizer.tokenizeApart(line));
    }

    /**
     * @return true when the title's capitals tell no name from another word: most of its longer words are
     *         capitalised ("Japanese Foreign Minister Visits China", "PRESIDENT MAKES FIRST USE OF NEW VETO")
     */
    static boolean capitalsSayNothing(String title) {
        return capitalsSayNothing(TextTokenizer.tokenize(title));
    }

    static boolean capitalsSayNothing(List<Token> tokens) {
        int longer = 0;
        int capitalised = 0;
        int letters = 0;
        int upper = 0;
        for (Token t : tokens) {
            if (t.surface().length() >= 4 && Character.isLetter(t.surface().charAt(0))) {
                longer++;
                capitalised += t.capitalised() ? 1 : 0;
            }
            for (int c = 0; c < t.surface().length(); c++) {
                char ch = t.surface().charAt(c);
                letters += Character.isLetter(ch) ? 1 : 0;
                upper += Character.isUpperCase(ch) ? 1 : 0;
            }
        }
        return longer >= 2 && capitalised >= 0.8 * longer || letters >= 8 && upper >= 0.8 * letters;
    }

    /**
     * @return the organisations named with a legal form ("Tracor Inc", "E-Systems Corp"), by their names without it,
     *         each such name held by one organisation alone
     */
    private static Map<String, ArticleEntity> companiesWithoutLegalForm(Map<String, ArticleEntity> entities) {
        Map<String, ArticleEntity> out = new HashMap<>();
        Set<String> twice = new HashSet<>();
        for (ArticleEntity e : entities.values()) {
            String shortName = e.type.equals(EntityMention.ORGANIZATION) ? WrittenNames.withoutLegalForm(e.name) : null;
            if (shortName != null && out.putIfAbsent(shortName, e) != null) {
                twice.add(shortName);
            }
        }
        out.keySet().removeAll(twice);
        return out;
    }

    /**
     * @return true when the title's words {@code [from, to)} may be the first words of a company's name: before its
     *         ticker in angle brackets ("NAVISTAR <NAV> ..."), or, in a title written in capitals as wire copy's are,
     *         two words or more that end in a word, not a link or a number, and name no country ("NIPPON LIGHT METAL
     *         CONTINUES ...", not "INDIAN SUGAR OUTPUT RISES"); a web page's title in title case is left alone ("How to
     *         Choose a Digital Marketing Agency" names no "Digital Marketing Agency Ltd")
     */
    private static boolean mayBeginCompany(String title, List<Token> tokens, int from, int to,
                                           List<int[]> countrySpans) {
        Token last = tokens.get(to - 1);
        return title.startsWith(" <", last.end()) || to - from >= 2 && Character.isLetter(last.surface().charAt(0))
                && !LINKS.contains(last.norm()) && title.equals(title.toUpperCase(Locale.ROOT))
                && !EntityDetector.overlaps(tokens.get(from).start(), last.end(), countrySpans);
    }

    /** Words that link the words of a name and end none. */
    private static final Set<String> LINKS = Set.of("of", "and", "for", "the");

    /**
     * Reads a title whose capitals say nothing ({@link #capitalsSayNothing}) for the names the body gives and the
     * organisations known by name: a run of capitalised words there is no name ("Pope Meets Castro", "President Plans
     * Energy Savings"). A company the body names with its legal form is named in the title without it ("TRACOR GETS
     * NAVY CONTRACT" names "Tracor Inc"). Its other capitalised words go to {@code single}, for a person's short form
     * ("Iwaya").
     */
    void namesInPlainTitle(String title, List<int[]> countrySpans, Map<String, ArticleEntity> entities,
                           List<Token> single) {
        List<Token> tokens = TextTokenizer.tokenize(title);
        Map<String, String> typeByName = new HashMap<>();
        entities.values().forEach(e -> typeByName.putIfAbsent(key(e.name), e.type));
        Map<String, ArticleEntity> withoutLegalForm = companiesWithoutLegalForm(entities);
        NamesByContext.WrittenInFull byFirstWords = new NamesByContext.WrittenInFull(entities);
        boolean[] named = new boolean[tokens.size()];
        for (int from = 0; from < tokens.size(); from++) {
            for (int to = Math.min(tokens.size(), from + 6); to > from; to--) {
                String name = named[from] ? null : key(tokens.subList(from, to));
                // (not a ticker in angle brackets: "GTI CORP <GTI> 4TH QTR NET" names GTI Corp once)
                ArticleEntity company = name == null || typeByName.containsKey(name)
                        || title.startsWith("<", tokens.get(from).start() - 1) ? null : withoutLegalForm.get(name);
                if (company == null && name != null && !typeByName.containsKey(name)
                        && mayBeginCompany(title, tokens, from, to, countrySpans)) {
                    company = byFirstWords.get(name); // "NAVISTAR <NAV> ..." names "Navistar International Corp"
                }
                String type = name == null ? null : company != null ? company.type : typeByName.getOrDefault(name,
                        lexicon.orgs.contains(name) ? EntityMention.ORGANIZATION : null);
                int start = tokens.get(from).start();
                int end = tokens.get(to - 1).end();
                if (type == null || EntityDetector.within(start, end, countrySpans)) {
                    continue;
                }
                String written = title.substring(start, end);
                ArticleEntity e = company != null ? company : entities.computeIfAbsent(type + "|" + name,
                        k -> new ArticleEntity(type, written));
                e.evidence.add(new Evidence("title", written, start, end));
                Arrays.fill(named, from, to, true);
                break;
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!named[k] && t.capitalised() && !EntityDetector.within(t.start(), t.end(), countrySpans)) {
                single.add(t);
            }
        }
    }
}
