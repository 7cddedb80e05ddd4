package news.query.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.events.CountryMention;
import news.events.EntityMention;
import news.events.EventJson;
import news.events.Evidence;
import news.events.ThemeTag;
import news.events.Tone;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Fills {@code query.article} with realistic analysed articles, fast: rows are generated from the New York Times
 * front-page headlines and summaries of the shared corpus (their CAP topic mapped to the project's themes), with
 * countries, sources and languages drawn from skewed distributions and publication times over the last two
 * years, and written with PostgreSQL {@code COPY} on parallel connections. The article indexes are dropped for
 * the load and rebuilt from their own definitions afterwards (much faster than maintaining them row by row), and
 * the table's triggers are off during the load: the per-tag rows ({@code article_tag}), the story rows
 * ({@code story}) and the per-day counts ({@code theme_day}, {@code theme_country_day}) are filled from all
 * articles afterwards. Then the tables are vacuumed and analysed. Stories: 93 % of them have one article, the
 * others 2–30 (most of them few) within three days of their first, on its main theme, a quarter of the later ones
 * near copies of the first ({@code duplicate_of}); half the articles name 1–3 of 400 people (skewed). The schema must exist (start query-service once against the database).
 *
 * <p>Arguments: {@code [count (1000000)] [jdbcUrl (jdbc:postgresql://localhost:55432/news)] [corpus csv]
 * [parallel connections (2)]}.
 */
public final class ReadModelLoader {

    static final Path CORPUS = Path.of("/work/shared/corpora/news-topics/nyt-frontpage-cap.dev.csv");

    /** CAP major topic → theme id and IPTC code (the corpus README's table). */
    static final Map<Integer, String[]> CAP_THEMES = Map.ofEntries(
            Map.entry(18, new String[] {"trade", "medtop:20000373"}),
            Map.entry(16, new String[] {"security", "medtop:20000598"}),
            Map.entry(7, new String[] {"environment", "medtop:06000000"}),
            Map.entry(19, new String[] {"diplomacy", "medtop:20000638"}),
            Map.entry(1, new String[] {"economy", "medtop:04000000"}),
            Map.entry(15, new String[] {"economy", "medtop:04000000"}),
            Map.entry(5, new String[] {"labour", "medtop:09000000"}),
            Map.entry(8, new String[] {"energy", "medtop:20000256"}),
            Map.entry(3, new String[] {"health", "medtop:07000000"}),
            Map.entry(17, new String[] {"science-technology", "medtop:13000000"}),
            Map.entry(12, new String[] {"crime-justice", "medtop:02000000"}),
            Map.entry(6, new String[] {"education", "medtop:05000000"}),
            Map.entry(23, new String[] {"culture", "medtop:01000000"}),
            Map.entry(26, new String[] {"disaster", "medtop:03000000"}),
            Map.entry(27, new String[] {"disaster", "medtop:03000000"}),
            Map.entry(29, new String[] {"sport", "medtop:15000000"}),
            Map.entry(20, new String[] {"politics", "medtop:11000000"}),
            Map.entry(24, new String[] {"politics", "medtop:11000000"}),
            Map.entry(9, new String[] {"migration", "medtop:20000771"}),
            Map.entry(4, new String[] {"agriculture", "medtop:20000210"}),
            Map.entry(10, new String[] {"transport", "medtop:20000337"}),
            Map.entry(2, new String[] {"civil-rights", "medtop:12000000"}),
            Map.entry(13, new String[] {"social-welfare", "medtop:14000000"}),
            Map.entry(31, new String[] {"religion", "medtop:12000000"}));

    /** Countries by how often the news names them (most first), with a word naming each in text. */
    static final String[][] COUNTRIES = {
            {"US", "United States", "Washington"}, {"CN", "China", "Beijing"}, {"GB", "United Kingdom", "London"},
            {"RU", "Russia", "Moscow"}, {"UA", "Ukraine", "Kyiv"}, {"DE", "Germany", "Berlin"},
            {"FR", "France", "Paris"}, {"JP", "Japan", "Tokyo"}, {"IN", "India", "New Delhi"},
            {"IL", "Israel", "Jerusalem"}, {"IR", "Iran", "Tehran"}, {"BR", "Brazil", "Brasilia"},
            {"CA", "Canada", "Ottawa"}, {"MX", "Mexico", "Mexico City"}, {"IT", "Italy", "Rome"},
            {"ES", "Spain", "Madrid"}, {"KR", "South Korea", "Seoul"}, {"AU", "Australia", "Canberra"},
            {"TR", "Turkey", "Ankara"}, {"SA", "Saudi Arabia", "Riyadh"}, {"EG", "Egypt", "Cairo"},
            {"ZA", "South Africa", "Pretoria"}, {"NG", "Nigeria", "Abuja"}, {"PK", "Pakistan", "Islamabad"},
            {"AR", "Argentina", "Buenos Aires"}, {"PL", "Poland", "Warsaw"}, {"NL", "Netherlands", "Amsterdam"},
            {"SE", "Sweden", "Stockholm"}, {"KE", "Kenya", "Nairobi"}, {"ID", "Indonesia", "Jakarta"},
            {"VN", "Vietnam", "Hanoi"}, {"TH", "Thailand", "Bangkok"}, {"CO", "Colombia", "Bogota"},
            {"CL", "Chile", "Santiago"}, {"GR", "Greece", "Athens"}, {"PT", "Portugal", "Lisbon"},
            {"NO", "Norway", "Oslo"}, {"FI", "Finland", "Helsinki"}, {"IE", "Ireland", "Dublin"},
            {"NZ", "New Zealand", "Wellington"}};

    static final String[] SOURCES = {"Reuters", "Associated Press", "BBC News", "The Guardian", "Al Jazeera",
            "Deutsche Welle", "France 24", "NHK World", "The Hindu", "ABC News Australia", "CBC News",
            "Kyodo News", "Yonhap", "Times of Israel", "Folha de S.Paulo", "El País", "Le Monde", "Der Spiegel",
            "Corriere della Sera", "South China Morning Post", "The Straits Times", "Daily Nation", "Punch",
            "Dawn", "Bangkok Post", "The Irish Times", "RNZ", "Politico", "Bloomberg", "Financial Times"};

    /** People the articles name: 20 × 20 names, picked skewed (the first often, the last rarely). */
    static final String[] FIRST_NAMES = {"Maria", "John", "Wei", "Anna", "Ahmed", "Yuki", "Olga", "Carlos", "Fatima",
            "David", "Priya", "Jean", "Sofia", "Kwame", "Elena", "Hiroshi", "Amara", "Lars", "Mei", "Tomasz"};
    static final String[] LAST_NAMES = {"Schmidt", "Tanaka", "Okafor", "Silva", "Kowalski", "Haddad", "Nguyen",
            "Rossi", "Petrov", "Johansson", "Moreau", "Garcia", "Khan", "Mensah", "Ivanova", "Sato", "Dubois",
            "Novak", "Lindqvist", "Abara"};

    /** Share of stories with one article; the others have 2–30 articles (most of them few) within three days. */
    static final double SINGLETON_STORIES = 0.93;

    static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "en", "de", "fr", "es"};

    /** A person's name by rank (0 = named most often). */
    static String person(int rank) {
        return FIRST_NAMES[rank % FIRST_NAMES.length] + " " + LAST_NAMES[rank / FIRST_NAMES.length];
    }

    /** The story the next rows of one connection belong to, while it lasts. */
    private static final class StoryRun {
        String storyId;
        String firstId;
        Item item;
        Instant start;
        int left;
    }

    /** One corpus item. */
    record Item(String title, String summary, String theme, String iptc) {
    }

    private ReadModelLoader() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:55432/news";
        Path corpus = args.length > 2 ? Path.of(args[2]) : CORPUS;
        int parallel = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        List<Item> items = readCorpus(corpus);
        System.out.printf("corpus: %d items from %s%n", items.size(), corpus);

        long started = System.nanoTime();
        List<String[]> indexes;
        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            indexes = dropIndexes(statement, "article");
            // article_tag (V7) and story (V9) are refilled from all articles after the load, not row by row by
            // their triggers
            statement.execute("ALTER TABLE article DISABLE TRIGGER USER");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<?>> parts = new ArrayList<>();
        int per = (count + parallel - 1) / parallel;
        for (int p = 0; p < parallel; p++) {
            int from = p * per;
            int to = Math.min(count, from + per);
            long seed = 42 + p;
            parts.add(pool.submit(() -> {
                copy(url, items, from, to, now, new Random(seed));
                return null;
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        pool.shutdown();
        long copied = System.nanoTime();
        System.out.printf("copied %d rows in %s%n", count, seconds(copied - started));

        try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
            statement.execute("SET maintenance_work_mem = '1GB'");
            statement.execute("SET max_parallel_maintenance_workers = 2");
            for (String[] index : indexes) {
                long t = System.nanoTime();
                statement.execute(index[1]);
                System.out.printf("  index %s rebuilt in %s%n", index[0], seconds(System.nanoTime() - t));
            }
            long t = System.nanoTime();
            statement.execute("ALTER TABLE article ENABLE TRIGGER USER");
            String tagKey = primaryKey(statement, "article_tag");
            statement.execute("TRUNCATE article_tag");
            statement.execute("ALTER TABLE article_tag DROP CONSTRAINT article_tag_pkey");
            statement.execute("""
                    INSERT INTO article_tag (tag, sort_time, id, theme_ids)
                    SELECT tag, a.sort_time, a.id, a.theme_ids
                    FROM article a CROSS JOIN LATERAL unnest(article_tags(a.theme_ids, a.country_codes)) AS tag""");
            statement.execute("ALTER TABLE article_tag ADD CONSTRAINT article_tag_pkey " + tagKey);
            System.out.printf("  article_tag filled and indexed in %s%n", seconds(System.nanoTime() - t));
            t = System.nanoTime();
            fillStories(statement);
            System.out.printf("  story filled and indexed in %s%n", seconds(System.nanoTime() - t));
            t = System.nanoTime();
            statement.execute("""
                    INSERT INTO known_theme (id, label, iptc_code, articles)
                    SELECT t ->> 'theme', max(t ->> 'label'), max(t ->> 'iptcCode'), count(*)
                    FROM article CROSS JOIN LATERAL jsonb_array_elements(themes) t GROUP BY 1
                    ON CONFLICT (id) DO UPDATE SET articles = EXCLUDED.articles,
                        iptc_code = coalesce(known_theme.iptc_code, EXCLUDED.iptc_code)""");
            // recounted from every article, like the theme counts above
            statement.execute("DELETE FROM theme_day");
            statement.execute("""
                    INSERT INTO theme_day (day, theme, articles)
                    SELECT CAST(sort_time AT TIME ZONE 'UTC' AS date), t, count(*)
                    FROM article CROSS JOIN LATERAL unnest(theme_ids) AS t GROUP BY 1, 2""");
            statement.execute("DELETE FROM theme_country_day");
            statement.execute("""
                    INSERT INTO theme_country_day (day, theme, country, articles)
                    SELECT CAST(a.sort_time AT TIME ZONE 'UTC' AS date), k.theme, k.country, count(*)
                    FROM article a CROSS JOIN LATERAL theme_country_keys(a.theme_ids, a.country_codes) k
                    GROUP BY 1, 2, 3""");
            System.out.printf("  theme counts in %s%n", seconds(System.nanoTime() - t));
            t = System.nanoTime();
            statement.execute("VACUUM (ANALYZE) article");
            statement.execute("VACUUM (ANALYZE) article_tag");
            statement.execute("VACUUM (ANALYZE) story");
            System.out.printf("  vacuum analyze in %s%n", seconds(System.nanoTime() - t));
            try (ResultSet rs = statement.executeQuery(
                    "SELECT count(*), pg_size_pretty(pg_total_relation_size('article')), "
                            + "pg_size_pretty(pg_total_relation_size('article_tag')), "
                            + "(SELECT count(*) FROM story), (SELECT count(*) FROM story WHERE articles > 1), "
                            + "pg_size_pretty(pg_total_relation_size('story')) FROM article")) {
                rs.next();
                System.out.printf("article: %d rows, %s with indexes; article_tag %s; story %d rows (%d with more "
                        + "than one article), %s%n", rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5), rs.getString(6));
            }
        }
        System.out.printf("loaded %d articles in %s (%.0f rows/s)%n", count, seconds(System.nanoTime() - started),
                count / ((System.nanoTime() - started) / 1e9));
    }

    /** Refills {@code story} (V9) from all articles, its key and index built after the fill. */
    private static void fillStories(Statement statement) throws SQLException {
        String key = primaryKey(statement, "story");
        statement.execute("TRUNCATE story");
        List<String[]> indexes = dropIndexes(statement, "story");
        statement.execute("ALTER TABLE story DROP CONSTRAINT story_pkey");
        statement.execute("""
                INSERT INTO story (story_id, articles, duplicates, first_seen, last_seen, title)
                SELECT a.story_id, count(*), count(a.duplicate_of), min(a.sort_time), max(a.sort_time),
                       (array_agg(a.title ORDER BY a.sort_time, a.id) FILTER (WHERE a.title IS NOT NULL))[1]
                FROM article a WHERE a.story_id IS NOT NULL GROUP BY a.story_id""");
        statement.execute("ALTER TABLE story ADD CONSTRAINT story_pkey " + key);
        for (String[] index : indexes) {
            statement.execute(index[1]);
        }
    }

    static Connection connect(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = query");
        }
        return connection;
    }

    /** The definition of a table's primary key ("PRIMARY KEY (id)"), to add it back after a fill. */
    private static String primaryKey(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = '"
                + table + "_pkey' AND conrelid = 'query." + table + "'::regclass")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Drops a table's indexes but the primary key, returning their names and definitions. */
    private static List<String[]> dropIndexes(Statement statement, String table) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                + "'query' AND tablename = '" + table + "' AND indexname <> '" + table + "_pkey'")) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] index : indexes) {
            statement.execute("DROP INDEX query.\"" + index[0].replace("\"", "\"\"") + "\"");
        }
        System.out.printf("dropped %d %s indexes for the load%n", indexes.size(), table);
        return indexes;
    }

    static List<Item> readCorpus(Path corpus) throws IOException {
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Item> items = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema)
                .readValues(corpus.toFile())) {
            while (rows.hasNext()) {
                Map<String, String> row = rows.next();
                String[] theme = CAP_THEMES.get(Integer.parseInt(row.get("cap_major").strip()));
                String title = row.get("title");
                String summary = row.get("summary");
                if (theme != null && title != null && !title.isBlank() && summary != null && !summary.isBlank()) {
                    items.add(new Item(title.strip(), summary.strip(), theme[0], theme[1]));
                }
            }
        }
        return items;
    }

    private static void copy(String url, List<Item> items, int from, int to, Instant now, Random random)
            throws SQLException {
        try (Connection connection = connect(url)) {
            connection.setAutoCommit(false);
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                    COPY article (id, url, source, title, authors, published_at, ingested_at, sort_time, language,
                        body, content_hash, analysis_version, taxonomy_version, analyzed_at, stored_at, theme_ids,
                        country_codes, themes, countries, story_id, duplicate_of, entities, tone)
                    FROM STDIN WITH (FORMAT csv)""");
            StringBuilder batch = new StringBuilder(1 << 20);
            StoryRun story = new StoryRun();
            for (int n = from; n < to; n++) {
                row(batch, n, items, now, random, story);
                if (batch.length() > (1 << 20) - 8192) {
                    byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    batch.setLength(0);
                }
            }
            byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.endCopy();
            connection.commit();
        }
    }

    /** One CSV row for COPY. */
    private static void row(StringBuilder out, int n, List<Item> items, Instant now, Random random,
            StoryRun story) {
        String id = String.format("bench-%08d", n);
        String duplicateOf = null;
        Instant published;
        Item main;
        if (story.left == 0) {
            // a new story starts with this article: most stay alone, the others get 1–29 more (mostly few)
            story.storyId = news.events.StoryLink.storyIdFor(id);
            story.firstId = id;
            story.item = items.get(random.nextInt(items.size()));
            story.start = now.minusSeconds((long) (random.nextDouble() * 730 * 86_400));
            story.left = random.nextDouble() < SINGLETON_STORIES ? 1
                    : 2 + (int) (29 * Math.pow(random.nextDouble(), 3));
            main = story.item;
            published = story.start;
        } else {
            // a later article of the story: same main topic, within three days; a quarter are near copies
            published = story.start.plusSeconds(random.nextInt(3 * 86_400));
            if (published.isAfter(now)) {
                published = now.minusSeconds(random.nextInt(3600));
            }
            if (random.nextInt(4) == 0) {
                duplicateOf = story.firstId;
                main = story.item;
            } else {
                Item other = items.get(random.nextInt(items.size()));
                main = new Item(other.title(), story.item.summary(), story.item.theme(), story.item.iptc());
            }
        }
        story.left--;
        StringBuilder body = new StringBuilder();
        body.append(main.summary()).append(". ");
        int mainStart = 0;
        String mainPhrase = firstWords(main.summary(), 2);
        Map<String, ThemeTag> themes = new LinkedHashMap<>();
        themes.put(main.theme(), tag(main.theme(), main.iptc(), 0.6 + random.nextDouble() * 0.4,
                new Evidence("body", mainPhrase, mainStart, mainStart + mainPhrase.length())));
        int sentences = 2 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            Item other = items.get(random.nextInt(items.size()));
            int start = body.length();
            body.append(other.summary()).append(". ");
            if (s == 0 && random.nextInt(3) == 0 && !themes.containsKey(other.theme())) {
                String phrase = firstWords(other.summary(), 2);
                themes.put(other.theme(), tag(other.theme(), other.iptc(), 0.3 + random.nextDouble() * 0.4,
                        new Evidence("body", phrase, start, start + phrase.length())));
            }
        }
        List<CountryMention> countries = new ArrayList<>();
        int mentioned = random.nextInt(10) < 2 ? 0 : 1 + random.nextInt(random.nextInt(10) < 7 ? 1 : 3);
        for (int c = 0; c < mentioned; c++) {
            // a skewed pick: the first countries much more often
            String[] country = COUNTRIES[(int) (COUNTRIES.length * Math.pow(random.nextDouble(), 2.2))];
            if (countries.stream().anyMatch(m -> m.code().equals(country[0]))) {
                continue;
            }
            String place = random.nextBoolean() ? country[1] : country[2];
            body.append("Officials in ");
            int start = body.length();
            body.append(place).append(" commented on the matter. ");
            countries.add(new CountryMention(country[0], country[1], 1,
                    List.of(new Evidence("body", place, start, start + place.length()))));
        }
        List<EntityMention> people = new ArrayList<>();
        int named = random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(3);
        for (int p = 0; p < named; p++) {
            String name = person((int) (FIRST_NAMES.length * LAST_NAMES.length * Math.pow(random.nextDouble(), 2.5)));
            if (people.stream().noneMatch(m -> m.name().equals(name))) {
                people.add(new EntityMention(EntityMention.PERSON, name, null, 1, List.of()));
            }
        }
        Instant ingested = published.plusSeconds(60 + random.nextInt(3600));
        String source = SOURCES[(int) (SOURCES.length * Math.pow(random.nextDouble(), 1.5))];
        String text = body.toString().strip();

        field(out, id).append(',');
        field(out, "https://bench.example/" + id).append(',');
        field(out, source).append(',');
        field(out, main.title()).append(',');
        out.append("{},");
        out.append(published).append(',').append(ingested).append(',').append(published).append(',');
        String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
        field(out, language).append(',');
        field(out, text).append(',');
        field(out, HexFormat.of().toHexDigits(text.hashCode()) + HexFormat.of().toHexDigits(n)).append(',');
        out.append("1,bench,").append(ingested.plusSeconds(2)).append(',').append(ingested.plusSeconds(3))
                .append(',');
        field(out, "{" + String.join(",", themes.keySet()) + "}").append(',');
        field(out, "{" + String.join(",", countries.stream().map(CountryMention::code).toList()) + "}")
                .append(',');
        field(out, json(new ArrayList<>(themes.values()))).append(',');
        field(out, json(countries)).append(',');
        field(out, story.storyId).append(',');
        if (duplicateOf != null) {
            field(out, duplicateOf);
        }
        out.append(',');
        field(out, json(people)).append(','); // (person_names is generated from the entities, V13)
        if (language.equals("en")) { // a tone as the analysis gives English articles: counts of words on each side
            int good = random.nextInt(12);
            int bad = random.nextInt(12);
            double score = Math.round((good - bad) / (good + bad + 1.0) * 1000) / 1000.0;
            field(out, json(new Tone(score, good, bad, 100 + random.nextInt(900))));
        }
        out.append('\n');
    }

    private static ThemeTag tag(String theme, String iptc, double score, Evidence evidence) {
        return new ThemeTag(theme, label(theme), iptc, Math.round(score * 100) / 100.0, List.of(evidence));
    }

    static String label(String theme) {
        return Character.toUpperCase(theme.charAt(0)) + theme.substring(1).replace('-', ' ');
    }

    private static String firstWords(String text, int words) {
        int end = 0;
        for (int w = 0; w < words; w++) {
            int space = text.indexOf(' ', end + 1);
            if (space < 0) {
                return text;
            }
            end = space;
        }
        return text.substring(0, end);
    }

    private static String json(Object value) {
        try {
            return EventJson.mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A quoted CSV field (COPY's csv format: double quotes doubled). */
    private static StringBuilder field(StringBuilder out, String value) {
        return out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }

    private static String seconds(long nanos) {
        return String.format("%.1f s", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }
}
