package news.query.store;

import com.fasterxml.jackson.core.type.TypeReference;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import news.events.EventJson;
import news.events.ThemeTag;

/**
 * Reads list rows straight from JDBC: only the columns a summary shows (the body's head, not the body), in one
 * query, without loading entities. This is the hot path of lists, polling and the stream.
 */
@ApplicationScoped
public class SummaryReader {

    /** How much of the body is read to make the snippet. */
    public static final int BODY_HEAD = 1000;

    private static final String HEAD = "left(a.body, " + BODY_HEAD + ") AS body_head, length(a.body) > " + BODY_HEAD
            + " AS body_cut";

    /** The columns every summary query selects first, in this order. */
    public static final String COLUMNS = "a.id, a.title, a.source, a.url, a.published_at, a.ingested_at, "
            + "a.language, " + HEAD + ", a.themes, a.country_codes, a.seq, a.sort_time, a.story_id, a.duplicate_of, "
            + "a.tone_score";

    /**
     * {@link #COLUMNS} with another body head: {@code headColumns} selects {@code body_head} and {@code body_cut}
     * (whether the snippet should end with "…") in their place.
     */
    public static String columnsWithHead(String headColumns) {
        return COLUMNS.replace(HEAD, headColumns);
    }

    private static final TypeReference<List<ThemeTag>> THEMES = new TypeReference<>() {
    };

    /**
     * A list row.
     *
     * @param rank      the value of an extra {@code rank} column when the query selects one, else null
     * @param toneScore the tone score (the generated {@code tone_score}, V14), null without a tone
     */
    public record Row(String id, String title, String source, String url, OffsetDateTime publishedAt,
            OffsetDateTime ingestedAt, String language, String bodyHead, boolean bodyCut, List<ThemeTag> themes,
            List<String> countryCodes, long seq, OffsetDateTime sortTime, Float rank, String storyId,
            String duplicateOf, Double toneScore) {
    }

    @Inject
    AgroalDataSource dataSource;

    /** Runs {@code sql} (selecting {@link #COLUMNS} of {@code article a}, optionally then {@code rank}) with positional parameters. */
    public List<Row> read(String sql, List<Object> params, boolean withRank) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs, withRank));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading the read model failed: " + e.getMessage(), e);
        }
    }

    /** The newest stored sequence number, 0 when empty. */
    public long maxSeq() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT coalesce(max(seq), 0) FROM article");
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the read model failed: " + e.getMessage(), e);
        }
    }

    private static Row row(ResultSet rs, boolean withRank) throws SQLException {
        Array codes = rs.getArray("country_codes");
        List<String> countries = codes == null ? List.of() : Arrays.asList((String[]) codes.getArray());
        List<ThemeTag> themes;
        try {
            String json = rs.getString("themes");
            themes = json == null ? List.of() : EventJson.mapper().readValue(json, THEMES);
        } catch (IOException e) {
            throw new SQLException("themes column is not the event JSON", e);
        }
        return new Row(rs.getString("id"), rs.getString("title"), rs.getString("source"), rs.getString("url"),
                rs.getObject("published_at", OffsetDateTime.class), rs.getObject("ingested_at", OffsetDateTime.class),
                rs.getString("language"), rs.getString("body_head"), rs.getBoolean("body_cut"), themes, countries,
                rs.getLong("seq"), rs.getObject("sort_time", OffsetDateTime.class),
                withRank ? rs.getFloat("rank") : null, rs.getString("story_id"), rs.getString("duplicate_of"),
                toneScore(rs.getObject("tone_score")));
    }

    /** The stored score (a real) as the analysis wrote it: three decimals. */
    private static Double toneScore(Object stored) {
        return stored == null ? null : Math.round(((Number) stored).doubleValue() * 1000) / 1000.0;
    }
}
