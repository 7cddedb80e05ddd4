package news.ingest.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs {@link ArticleExtractor} over a second set of news pages: the fixtures of the npm package
 * {@code @postlight/mercury-parser} 1.1.1, about a hundred pages saved in 2016 and 2017 from the New York Times, the
 * Washington Post, the Guardian, CNN, NPR, Reuters, Bloomberg, Politico, Wired, the Verge and others. Its per-site
 * tests say, for each page, the title, author, publication time and the first words of the article that Mercury's
 * hand-written site rules were made to find. The extractor was not made on these pages, but rules of 2 December 2026
 * were found on them (captions' dates, kickers above the headline, co-authors), and of 3 December (a headline printed
 * in pieces, an h1 marked as the alternative headline): they are no longer unseen.
 *
 * <p>For every page it prints whether the body begins with those words (quotes, case and white space aside),
 * whether the title is the same (white space and quotes aside), whether the authors hold the same words, and whether
 * the publication date is the same day; then the totals, and the totals of the same checks on each page pasted as
 * text ({@link PastedTextBenchmark#copiedText}; rules of 7 December were found on these). A program, not a test: the
 * package is fetched by {@code ./bench.sh site-fixtures}.
 */
public final class SiteFixturesBenchmark {

    private static final Pattern FIXTURE = Pattern.compile("readFileSync\\(\\s*'\\./(fixtures/[^']+\\.html)'");
    private static final Pattern URL = Pattern.compile("\\burl\\s*=\\s*'([^']+)'");
    private static final Pattern ASSERTION = Pattern.compile(
            "assert\\.equal\\(\\s*(title|author|date_published|first13),\\s*((?:'(?:[^'\\\\]|\\\\.)*'|`[^`]*`"
            + "|\"(?:[^\"\\\\]|\\\\.)*\"|\\s*\\+\\s*)+|null)\\s*\\)");
    private static final Pattern LITERAL = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|`([^`]*)`|\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Set<String> NOT_NAME_WORDS = Set.of("by", "and", "the", "staff", "writer", "contributor");

    private SiteFixturesBenchmark() {
    }

    /** One page and what Mercury's tests expect of it (a field is null when the test says nothing of it). */
    public record Fixture(String name, Path html, String url, Map<String, String> expected) {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "ingest-service/target/site-fixtures/package");
        List<Fixture> fixtures = fixtures(dir);
        ArticleExtractor extractor = new ArticleExtractor();
        int[] counts = new int[10]; // text expected/at start, title …/same, author …/same, date …, time …
        int[] pasted = new int[10]; // the same, each page pasted as text (its time of day left uncounted)
        int[] addressed = new int[10]; // the same, each text sent with the page's address
        System.out.printf("SiteFixturesBenchmark: %d pages in %s%n", fixtures.size(), dir);
        System.out.printf("  %-42s %-8s %-5s %-6s %-5s %-28s %s%n", "page", "text", "title", "author", "date",
                "authors", "title");
        for (Fixture f : fixtures) {
            String html = asServed(Files.readString(f.html(), StandardCharsets.UTF_8));
            ExtractedArticle a = extractor.fromHtml(html, f.url());
            String[] v = verdicts(counts, f, a); // text, title, author, date
            String copied = PastedTextBenchmark.copiedText(html);
            verdicts(pasted, f, extractor.fromText(copied));
            verdicts(addressed, f, extractor.fromText(copied, f.url()));
            String time = f.expected().get("date_published");
            if (time != null && hasTimeOfDay(Instant.parse(time))) {
                counts[8]++;
                counts[9] += a.publishedAt() != null && a.publishedAt().toInstant().equals(Instant.parse(time)) ? 1 : 0;
            }
            System.out.printf("  %-42s %-8s %-5s %-6s %-5s %-28s %s%n", NewsFixturesBenchmark.clip(f.name(), 42),
                    v[0], v[1], v[2], v[3],
                    a.authors().isEmpty() ? "-" : NewsFixturesBenchmark.clip(String.join(", ", a.authors()), 28),
                    NewsFixturesBenchmark.clip(a.title(), 60));
        }
        System.out.printf(Locale.ROOT, "text at the body's start %d of %d, title %d of %d, authors %d of %d,"
                + " date (day) %d of %d%n", counts[1], counts[0], counts[3], counts[2], counts[5], counts[4],
                counts[7], counts[6]);
        System.out.printf(Locale.ROOT, "time of day, where the expected date has one: the same instant %d of %d%n",
                counts[9], counts[8]);
        System.out.printf(Locale.ROOT, "pasted as text (each page's text as a browser copies it): text at the body's start"
                + " %d of %d, title %d of %d, authors %d of %d, date (day) %d of %d%n", pasted[1], pasted[0], pasted[3],
                pasted[2], pasted[5], pasted[4], pasted[7], pasted[6]);
        System.out.printf(Locale.ROOT, "pasted as text with the page's address: text at the body's start %d of %d, title"
                + " %d of %d, authors %d of %d, date (day) %d of %d%n", addressed[1], addressed[0], addressed[3],
                addressed[2], addressed[5], addressed[4], addressed[7], addressed[6]);
    }

    /**
     * Whether an expected instant gives a time of day: not midnight in UTC nor in US Pacific or Eastern time (Mercury's
     * tests read a day given alone as midnight in the zone of the machine they ran on, Pacific or Eastern).
     */
    private static boolean hasTimeOfDay(Instant expected) {
        return Stream.of("UTC", "America/Los_Angeles", "America/New_York")
                .noneMatch(zone -> expected.atZone(ZoneId.of(zone)).toLocalTime().equals(java.time.LocalTime.MIDNIGHT));
    }

    /**
     * The page as its site served it. Mercury saved its fixtures after its own clean-up had moved each meta tag's
     * {@code content} into a {@code value} attribute (and {@code property} into {@code name}), which no site writes;
     * the content goes back where it was.
     */
    static String asServed(String html) {
        return META.matcher(html).replaceAll(tag -> Matcher.quoteReplacement(tag.group().contains(" content=")
                ? tag.group() : tag.group().replaceFirst("\\svalue=", " content=")));
    }

    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    /** The verdicts on the article's body start, title, authors and day, counted into {@code counts}. */
    private static String[] verdicts(int[] counts, Fixture f, ExtractedArticle a) {
        return new String[] {
            verdict(counts, 0, f.expected().get("first13"), want -> textVerdict(want, a.body())),
            verdict(counts, 2, f.expected().get("title"), want -> a.title() != null
                    && NewsFixturesBenchmark.key(want).equals(NewsFixturesBenchmark.key(a.title())) ? "same" : "OTHER"),
            verdict(counts, 4, f.expected().get("author"), want -> authorVerdict(want, a.authors())),
            verdict(counts, 6, f.expected().get("date_published"), want -> dateVerdict(want, a))};
    }

    /** "-" when nothing is expected; else the check's verdict, counted as right when it is "start" or "same". */
    private static String verdict(int[] counts, int at, String want, java.util.function.Function<String, String> check) {
        if (want == null || want.isBlank()) {
            return "-";
        }
        String verdict = check.apply(want);
        counts[at]++;
        counts[at + 1] += verdict.equals("start") || verdict.equals("same") ? 1 : 0;
        return verdict;
    }

    /**
     * "start" when the body begins with the expected words, or with their end: Mercury's content often starts with
     * a photo's caption or credit, which the extractor leaves out ("Getty Images Sometimes (okay, a lot of the time),
     * if …"), so any run of the expected words' last six or more counts. White space is ignored, since Mercury's
     * text joins paragraphs without it ("awards.With his …").
     */
    static String textVerdict(String want, String body) {
        String got = squeezed(body);
        String[] words = want.strip().split("\\s+");
        int best = -1;
        for (int from = 0; from <= Math.max(0, words.length - 6); from++) {
            String tail = squeezed(String.join(" ", Arrays.copyOfRange(words, from, words.length)));
            int at = got.indexOf(tail);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best < 0 ? "MISSING" : best == 0 ? "start" : "at " + best;
    }

    private static String squeezed(String s) {
        return NewsFixturesBenchmark.key(s).replaceAll("\\s+", "");
    }

    /**
     * "same" when the publication day agrees: the day of the extracted time as the page gives it, against the
     * expected instant's day in UTC or in US Pacific time (Mercury's tests read a time given without an offset in
     * the zone of the machine they ran on, which was Pacific: 19:30 on a page is 02:30Z the next day in its tests).
     */
    private static String dateVerdict(String want, ExtractedArticle a) {
        if (a.publishedAt() == null) {
            return "NONE";
        }
        Instant expected = Instant.parse(want);
        LocalDate got = a.publishedAt().toLocalDate();
        return got.equals(expected.atZone(ZoneOffset.UTC).toLocalDate())
                || got.equals(expected.atZone(ZoneId.of("America/Los_Angeles")).toLocalDate()) ? "same" : "OTHER";
    }

    /** "same" when the authors hold the expected name's words, "part" when some of them, else "NONE" or "OTHER". */
    private static String authorVerdict(String want, List<String> authors) {
        if (authors.isEmpty()) {
            return "NONE";
        }
        Set<String> wanted = nameWords(want);
        Set<String> got = nameWords(String.join(" ", authors));
        if (wanted.equals(got)) {
            return "same";
        }
        return got.stream().anyMatch(wanted::contains) ? "part" : "OTHER";
    }

    private static Set<String> nameWords(String names) {
        return Arrays.stream(names.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’.-]+"))
                .map(w -> w.replaceAll("^[.'’-]+|[.'’-]+$", ""))
                .filter(w -> !w.isEmpty() && !NOT_NAME_WORDS.contains(w))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The pages of the package's per-site tests: each {@code readFileSync} of a fixture starts a case, whose address
     * is the {@code url} set in the case before its first assertion (or the last one set before it), and whose
     * expectations are the case's {@code assert.equal}s on title, author, date_published and the content's first 13
     * words.
     */
    static List<Fixture> fixtures(Path dir) throws IOException {
        List<Path> tests;
        try (Stream<Path> files = Files.walk(dir.resolve("src/extractors/custom"))) {
            tests = files.filter(f -> f.getFileName().toString().equals("index.test.js")).sorted().toList();
        }
        Map<String, Fixture> fixtures = new LinkedHashMap<>();
        for (Path test : tests) {
            String js = Files.readString(test, StandardCharsets.UTF_8);
            Matcher page = FIXTURE.matcher(js);
            List<int[]> cases = new ArrayList<>();
            List<String> files = new ArrayList<>();
            while (page.find()) {
                cases.add(new int[] {page.start(), js.length()});
                files.add(page.group(1));
                if (cases.size() > 1) {
                    cases.get(cases.size() - 2)[1] = page.start();
                }
            }
            for (int i = 0; i < cases.size(); i++) {
                String part = js.substring(cases.get(i)[0], cases.get(i)[1]);
                Path html = dir.resolve(files.get(i));
                if (!Files.exists(html)) {
                    continue;
                }
                Map<String, String> expected = new LinkedHashMap<>();
                Matcher assertion = ASSERTION.matcher(part);
                int firstAssertion = part.length();
                while (assertion.find()) {
                    firstAssertion = Math.min(firstAssertion, assertion.start());
                    expected.putIfAbsent(assertion.group(1), literal(assertion.group(2)));
                }
                String url = null;
                Matcher inCase = URL.matcher(part.substring(0, firstAssertion));
                if (inCase.find()) {
                    url = inCase.group(1);
                } else {
                    Matcher before = URL.matcher(js.substring(0, cases.get(i)[0]));
                    while (before.find()) {
                        url = before.group(1);
                    }
                }
                String name = files.get(i).substring("fixtures/".length());
                Fixture known = fixtures.get(name);
                if (known != null) {
                    expected.forEach(known.expected()::putIfAbsent);
                } else if (!expected.isEmpty()) {
                    fixtures.put(name, new Fixture(name, html, url, expected));
                }
            }
        }
        return List.copyOf(fixtures.values());
    }

    /** The value of a JavaScript string expression: literals joined by '+', or null. */
    private static String literal(String expression) {
        if (expression.equals("null")) {
            return null;
        }
        StringBuilder value = new StringBuilder();
        Matcher m = LITERAL.matcher(expression);
        while (m.find()) {
            String s = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            value.append(s.replaceAll("\\\\(.)", "$1"));
        }
        return value.toString();
    }
}
