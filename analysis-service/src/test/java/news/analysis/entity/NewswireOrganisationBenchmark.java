package news.analysis.entity;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.analysis.ArticleAnalyzer;
import news.analysis.ReutersStories;
import news.events.ArticleIds;
import news.events.EntityMention;
import news.events.IngestedArticle;

/**
 * Company names in Reuters-21578 newswire (1987): Reuters' editors wrote many companies' names in angle brackets
 * ("said {@code <Amoco Petroleum Corp>} has found oil"), about 2,900 names in 1,900 stories. The brackets (and the
 * stock symbols some hold, "{@code <BWRLF>}") are taken out, the story analysed as a user would post it, and each
 * bracketed name looked for among the organisations found: found as written (case, a leading "The", a closing full
 * stop or possessive aside), found inside a longer one ("Siemens AG of West Germany"), only in part ("Samsung
 * Electronics" for "Samsung Electronics (UK) Ltd"), taken for a person, or not found. The brackets mark a name where
 * it is first written, not every company, so this measures recall and the extent of names, not precision. Stories
 * with even ids are the ones the rules may be tuned on, those with odd ids are kept apart. A program, not a test.
 *
 * <p>Usage: {@code NewswireOrganisationBenchmark DIR [--errors FILE]} ({@code ./bench.sh organisations-newswire}),
 * DIR holding the package's {@code reuters-*.json}; {@code --errors} writes every name not found as written, with
 * the story's id and what was found.
 */
public final class NewswireOrganisationBenchmark {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]+)>");
    /** A stock symbol, not a name: "BWRLF", "VOLV ST", "REED L", "SWPC. HK", "ainp.Pa", "crzy". */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9.&]{1,8}( [A-Z]{1,3})?|[a-z0-9]+(\\.[A-Za-z]+\\.?)?");

    private NewswireOrganisationBenchmark() {
    }

    /** What became of one bracketed name. */
    private enum Verdict { FOUND, LONGER, PART, PERSON, MISSED }

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "analysis-service/target/newswire/package/data/full");
        Path errorsFile = args.length > 2 && args[1].equals("--errors") ? Path.of(args[2]) : null;
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromClasspath();
        int[][] counts = new int[2][Verdict.values().length]; // per set (even ids, odd ids)
        int[] stories = new int[2];
        List<String> errors = new ArrayList<>();
        for (ReutersStories.Story s : ReutersStories.read(dir)) {
            Set<String> names = new LinkedHashSet<>();
            String body = withoutBrackets(s.body(), names);
            if (names.isEmpty()) {
                continue;
            }
            int set = Integer.parseInt(s.id()) % 2;
            stories[set]++;
            String title = withoutBrackets(s.title(), new HashSet<>());
            IngestedArticle article = new IngestedArticle(IngestedArticle.SCHEMA_VERSION, s.id(), null, null, "reuters",
                    title, List.of(), s.sent() == null ? null : s.sent().atOffset(ZoneOffset.UTC), "en", body,
                    ArticleIds.contentHash(title, body), s.sent());
            List<String> organisations = new ArrayList<>();
            Set<String> people = new HashSet<>();
            for (EntityMention m : analyzer.analyze(article).entities()) {
                (m.type().equals(EntityMention.ORGANIZATION) ? organisations : people).add(key(m.name()));
            }
            for (String name : names) {
                Verdict v = verdict(key(name), organisations, people);
                counts[set][v.ordinal()]++;
                if (v != Verdict.FOUND) {
                    errors.add(String.format("%s\t%s\t%s\tfound: %s", v, s.id(), name, organisations));
                }
            }
        }
        System.out.println("NewswireOrganisationBenchmark: company names Reuters bracketed in Reuters-21578 stories");
        System.out.printf("%-22s %7s %6s %7s %8s %7s %7s %7s%n", "set", "stories", "names", "found", "longer", "part",
                "person", "missed");
        for (int set = 0; set < 2; set++) {
            int total = 0;
            for (int c : counts[set]) {
                total += c;
            }
            System.out.printf(Locale.ROOT, "%-22s %7d %6d", set == 0 ? "even ids (tuned on)" : "odd ids (kept apart)",
                    stories[set], total);
            for (int c : counts[set]) {
                System.out.printf(Locale.ROOT, " %7.3f", c / (double) Math.max(1, total));
            }
            System.out.println();
        }
        if (errorsFile != null) {
            Files.write(errorsFile, errors);
            System.out.println(errors.size() + " names not found as written: " + errorsFile);
        }
    }

    /** The text without the brackets, the names they held added to {@code names}; a stock symbol goes with them. */
    static String withoutBrackets(String text, Set<String> names) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = BRACKETED.matcher(text);
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String name = m.group(1).replaceAll("\\s+", " ").strip();
            if (SYMBOL.matcher(name).matches()) {
                while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                    out.setLength(out.length() - 1);
                }
            } else {
                out.append(m.group(1));
                names.add(name);
            }
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static Verdict verdict(String name, List<String> organisations, Set<String> people) {
        if (organisations.contains(name)) {
            return Verdict.FOUND;
        }
        for (String o : organisations) {
            if (contains(o, name)) {
                return Verdict.LONGER;
            }
        }
        for (String o : organisations) {
            if (contains(name, o)) {
                return Verdict.PART;
            }
        }
        return people.contains(name) ? Verdict.PERSON : Verdict.MISSED;
    }

    /** Whether {@code outer} holds {@code inner} as whole words. */
    private static boolean contains(String outer, String inner) {
        return (" " + outer + " ").contains(" " + inner + " ");
    }

    /** A name as compared: white space, case, a leading "the", a closing full stop or possessive aside. */
    static String key(String name) {
        String k = name.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        k = k.startsWith("the ") ? k.substring(4) : k;
        k = k.endsWith("'s") || k.endsWith("’s") ? k.substring(0, k.length() - 2) : k;
        while (k.endsWith(".") || k.endsWith("'") || k.endsWith("’")) {
            k = k.substring(0, k.length() - 1);
        }
        return k;
    }
}
