package news.analysis.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import news.analysis.ArticleAnalyzer;
import news.events.EntityMention;

/**
 * Scores the people and organisations {@link EntityDetector} finds (as the analyser runs it, with the article's
 * countries) on English bodies of {@code shared/corpora/article-extraction} whose people and organisations were coded
 * by hand ({@code src/test/resources/entities/}, the rules in its README): precision, recall and F1 of the distinct
 * names per article, for the set the rules were tuned on and the one kept apart. A person counts when its first and
 * last word (without a "Jr."-like suffix) are a coded person's; an organisation when its name is a coded one's,
 * ignoring case, a leading "the", full stops, apostrophes and a closing Inc/Corp/Co/Ltd. A program, not a test.
 *
 * <p>Usage: {@code EntityBenchmark [--errors]} ({@code ./bench.sh entities}); {@code --errors} lists every name
 * missed or wrongly found.
 */
public final class EntityBenchmark {

    private EntityBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String shared = System.getProperty("shared.dir", "../../shared");
        boolean listErrors = Arrays.asList(args).contains("--errors");
        JsonNode bodies = new ObjectMapper().readTree(new File(shared, "corpora/article-extraction/ground-truth.json"));
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromClasspath();
        System.out.println("EntityBenchmark: people and organisations named in hand-coded article-extraction bodies");
        System.out.printf("%-13s %-9s %8s %6s %6s %6s %6s %6s%n", "", "set", "articles", "coded", "found", "P", "R",
                "F1");
        score("people", "people-gold.tsv", EntityMention.PERSON, EntityBenchmark::personKey, bodies, analyzer,
                listErrors);
        score("organisations", "organisations-gold.tsv", EntityMention.ORGANIZATION,
                EntityBenchmark::organisationKey, bodies, analyzer, listErrors);
    }

    private static void score(String what, String resource, String type, UnaryOperator<String> key, JsonNode bodies,
                              ArticleAnalyzer analyzer, boolean listErrors) throws IOException {
        for (Map.Entry<String, Map<String, Set<String>>> set : read(resource, key).entrySet()) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            List<String> errors = new ArrayList<>();
            for (Map.Entry<String, Set<String>> article : set.getValue().entrySet()) {
                String body = bodies.get(article.getKey()).get("articleBody").asText();
                Set<String> found = new LinkedHashSet<>();
                for (EntityMention m : analyzer.analyze(null, body).entities()) {
                    if (m.type().equals(type)) {
                        found.add(key.apply(m.name()));
                    }
                }
                for (String f : found) {
                    boolean right = article.getValue().contains(f);
                    tp += right ? 1 : 0;
                    fp += right ? 0 : 1;
                    if (!right) {
                        errors.add(article.getKey().substring(0, 8) + " wrongly found " + f);
                    }
                }
                for (String c : article.getValue()) {
                    if (!found.contains(c)) {
                        fn++;
                        errors.add(article.getKey().substring(0, 8) + " missed " + c);
                    }
                }
            }
            System.out.printf("%-13s %-9s %8d %6d %6d %6.3f %6.3f %6.3f%n", what, set.getKey(), set.getValue().size(),
                    tp + fn, tp + fp, tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn),
                    2.0 * tp / Math.max(1, 2 * tp + fp + fn));
            if (listErrors) {
                errors.forEach(e -> System.out.println("  " + e));
            }
        }
    }

    /** "Patrick Carlineo Jr." and "Patrick W. Carlineo" are both "patrick carlineo". */
    private static String personKey(String name) {
        String[] words = name.replaceAll("[.,]", "").replaceAll("\\s+(Jr|Sr|II|III|IV)$", "").strip().split("\\s+");
        return (words[0] + " " + words[words.length - 1]).toLowerCase(Locale.ROOT);
    }

    /** "The Walt Disney Co." and "Walt Disney" are both "walt disney". */
    private static String organisationKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("^the ", "").replaceAll("[.,'’]", "")
                .replaceAll("\\s+(inc|corp|co|ltd|llc|plc)$", "").replaceAll("\\s+", " ").strip();
    }

    /** @return set -> article id -> the coded names' keys */
    private static Map<String, Map<String, Set<String>>> read(String resource, UnaryOperator<String> key)
            throws IOException {
        Map<String, Map<String, Set<String>>> coded = new LinkedHashMap<>();
        try (InputStream in = EntityBenchmark.class.getResourceAsStream("/entities/" + resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] f = lines[i].split("\t", -1);
                Set<String> names = coded.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
                        .computeIfAbsent(f[1], k -> new LinkedHashSet<>());
                if (!f[2].isBlank()) {
                    names.add(key.apply(f[2]));
                }
            }
        }
        return coded;
    }
}
