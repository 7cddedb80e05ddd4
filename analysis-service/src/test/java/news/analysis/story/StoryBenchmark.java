package news.analysis.story;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import news.analysis.ArticleAnalyzer;
import news.events.AnalyzedArticle;
import news.events.ArticleIds;
import news.events.IngestedArticle;

/**
 * Clusters the 181 article bodies of the article-extraction corpus (all "ingested now", undated, so time never
 * separates them) and prints the throughput of feature extraction and assignment, and every merge. Most pages are
 * about different things, but a few pairs report the same event from different outlets (Europa's water plumes,
 * NASA's lunar landers, South Dakota's meth campaign, the WeWork inquiry): those merges are right, any other is not.
 *
 * <p>{@code ./bench.sh stories} from the repository root.
 */
public final class StoryBenchmark {

    public static void main(String[] args) throws Exception {
        Path truth = Path.of(System.getProperty("shared.dir", "../../shared"))
                .resolve("corpora/article-extraction/ground-truth.json");
        JsonNode items = new ObjectMapper().readTree(Files.readAllBytes(truth));
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromClasspath();
        Instant now = Instant.now();
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        items.fields().forEachRemaining(e -> {
            String body = e.getValue().path("articleBody").asText();
            IngestedArticle a = new IngestedArticle(IngestedArticle.SCHEMA_VERSION, e.getKey().substring(0, 12), null,
                    null, "corpus", null, List.of(), null, null, body, ArticleIds.contentHash(null, body), now);
            analyzed.add(analyzer.analyze(a));
        });
        int rounds = 20;
        long featureNanos = 0;
        long assignNanos = 0;
        StoryClusterer clusterer = null;
        Map<String, StoryClusterer.Decision> decisions = new HashMap<>();
        for (int r = 0; r < rounds; r++) {
            clusterer = new StoryClusterer(StorySettings.DEFAULTS);
            for (AnalyzedArticle a : analyzed) {
                long t0 = System.nanoTime();
                StoryFeatures f = StoryFeatures.of(a);
                long t1 = System.nanoTime();
                StoryClusterer.Decision d = clusterer.assign(f, now);
                long t2 = System.nanoTime();
                if (r >= rounds / 2) {
                    featureNanos += t1 - t0;
                    assignNanos += t2 - t1;
                }
                decisions.put(a.id(), d);
            }
        }
        long n = (long) analyzed.size() * (rounds - rounds / 2);
        System.out.printf("%d articles, %d rounds measured: features %.0f µs/article, assign %.0f µs/article, "
                + "%.0f articles/s%n", analyzed.size(), rounds - rounds / 2, featureNanos / 1e3 / n,
                assignNanos / 1e3 / n, n / ((featureNanos + assignNanos) / 1e9));
        long stories = decisions.values().stream().map(d -> d.link().storyId()).distinct().count();
        long copies = decisions.values().stream().filter(d -> d.link().duplicateOf() != null).count();
        System.out.printf("stories %d, duplicates %d, joined %d%n", stories, copies,
                decisions.values().stream().filter(d -> d.closest() != null).count());
        decisions.forEach((id, d) -> {
            if (d.closest() != null) {
                System.out.printf("  %s joined %s via %s: overlap %.3f, shared %d, shingles %.3f%n", id,
                        d.link().storyId(), d.closest(), d.termOverlap(), d.sharedEntities(), d.shingles());
            }
        });
    }
}
