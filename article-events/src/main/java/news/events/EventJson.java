package news.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The one JSON shape of every event: ISO-8601 times, no nulls, unknown fields ignored (newer producers). */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads an ingested-article event, failing with {@link InvalidEventException} when the bytes are not one:
     * not JSON, an unknown schema version, or a missing id, body or content hash.
     */
    public static IngestedArticle readIngested(String json) {
        IngestedArticle article = read(json, IngestedArticle.class);
        checkSchema(article.schemaVersion(), IngestedArticle.SCHEMA_VERSION, "IngestedArticle");
        checkArticle(article);
        return article;
    }

    /** Reads an analysed-article event, failing with {@link InvalidEventException} when the bytes are not one. */
    public static AnalyzedArticle readAnalyzed(String json) {
        AnalyzedArticle analyzed = read(json, AnalyzedArticle.class);
        checkSchema(analyzed.schemaVersion(), AnalyzedArticle.SCHEMA_VERSION, "AnalyzedArticle");
        if (analyzed.article() == null) {
            throw new InvalidEventException("AnalyzedArticle without article");
        }
        checkArticle(analyzed.article());
        if (analyzed.story() != null && isBlank(analyzed.story().storyId())) {
            throw new InvalidEventException("AnalyzedArticle story without storyId");
        }
        return analyzed;
    }

    private static <T> T read(String json, Class<T> type) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty record value, expected " + type.getSimpleName());
        }
        try {
            T event = MAPPER.readValue(json.getBytes(StandardCharsets.UTF_8), type);
            if (event == null) {
                throw new InvalidEventException("null record value, expected " + type.getSimpleName());
            }
            return event;
        } catch (IOException e) {
            throw new InvalidEventException("not a " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static void checkSchema(int actual, int supported, String type) {
        if (actual != supported) {
            throw new InvalidEventException(type + " schemaVersion " + actual + " is not supported (expected "
                    + supported + ")");
        }
    }

    private static void checkArticle(IngestedArticle article) {
        if (isBlank(article.id()) || isBlank(article.body()) || isBlank(article.contentHash())
                || article.ingestedAt() == null) {
            throw new InvalidEventException("article event lacks id, body, contentHash or ingestedAt");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
