package news.query.rest;

import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.query.service.ArticleFilter;
import news.query.service.Cursor;
import news.query.service.SortOrder;
import news.query.service.ThemeCatalog;
import news.support.InvalidInputException;
import news.support.UnicodeText;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filter parameters shared by lists, statistics and the stream, each checked and limited; a bad value is a
 * 400 problem naming the parameter.
 */
public class FilterParams {

    static final int MAX_VALUES = 20;

    @QueryParam("theme")
    @Parameter(description = "theme id (repeat or comma-separate for several), e.g. trade")
    public List<String> theme;

    @QueryParam("themeMatch")
    @Parameter(description = "any (default): an article carries one of the themes; all: every one")
    public String themeMatch;

    @QueryParam("country")
    @Parameter(description = "ISO 3166-1 alpha-2 code (repeat or comma-separate for any of several), e.g. JP")
    public List<String> country;

    @QueryParam("person")
    @Parameter(description = "a person the article names, case-insensitive (repeat or comma-separate for any of "
            + "several), e.g. Wang Yi")
    public List<String> person;

    @QueryParam("organisation")
    @Parameter(description = "an organisation the article names, case-insensitive (repeat or comma-separate for any "
            + "of several), e.g. Xinhua News Agency")
    public List<String> organisation;

    @QueryParam("storyId")
    @Parameter(description = "a story id (repeat or comma-separate for any of several), from storyId of an article "
            + "or GET /api/v1/stories")
    public List<String> storyId;

    @QueryParam("source")
    @Parameter(description = "publisher name, case-insensitive, e.g. Example News")
    public String source;

    @QueryParam("language")
    @Parameter(description = "ISO 639-1 language code, e.g. en")
    public String language;

    @QueryParam("q")
    @Parameter(description = "full-text query (web search syntax: words, \"phrases\", -excluded, or)")
    public String q;

    @QueryParam("from")
    @Parameter(description = "published at or after (ISO-8601 date or date-time)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "published before (ISO-8601 date or date-time)")
    public String to;

    /** The checked filter; {@code themes} must all be known to {@code catalog}. */
    public ArticleFilter toFilter(ThemeCatalog catalog) {
        List<String> themes = themes(catalog);
        boolean all = themeMatch(themeMatch);
        Instant fromTime = time("from", from);
        Instant toTime = time("to", to);
        if (fromTime != null && toTime != null && !fromTime.isBefore(toTime)) {
            throw InvalidInputException.badRequest("to", "to must be later than from");
        }
        return new ArticleFilter(themes, all, countries(), source(source), language(language), text(q), fromTime,
                toTime, names("person", person), names("organisation", organisation), stories());
    }

    private List<String> themes(ThemeCatalog catalog) {
        List<String> ids = new ArrayList<>();
        for (String value : values("theme", theme)) {
            String id = value.toLowerCase(Locale.ROOT);
            if (!id.matches("[a-z][a-z0-9-]{0,63}") || !catalog.isKnown(id)) {
                throw InvalidInputException.badRequest("theme",
                        "unknown theme '" + abbreviate(value) + "': use the ids of GET /api/v1/themes, e.g. trade");
            }
            ids.add(id);
        }
        return ids;
    }

    private List<String> countries() {
        List<String> codes = new ArrayList<>();
        for (String value : values("country", country)) {
            String code = value.toUpperCase(Locale.ROOT);
            if (!code.matches("[A-Z]{2}")) {
                throw InvalidInputException.badRequest("country", "use ISO 3166-1 alpha-2 codes such as JP");
            }
            codes.add(code);
        }
        return codes;
    }

    private static List<String> names(String name, List<String> raw) {
        List<String> names = new ArrayList<>();
        for (String value : values(name, raw)) {
            if (value.length() > 200) {
                throw InvalidInputException.badRequest(name, name + " names are at most 200 characters");
            }
            names.add(UnicodeText.composed(value).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
        return names;
    }

    private List<String> stories() {
        List<String> ids = new ArrayList<>();
        for (String value : values("storyId", storyId)) {
            ids.add(checkStoryId(value));
        }
        return ids;
    }

    /** A story id as analysis-service makes them ({@code s} + an article id), else a 400 naming storyId. */
    static String checkStoryId(String value) {
        String id = value.strip();
        if (!id.matches("s[A-Za-z0-9_-]{1,100}")) {
            throw InvalidInputException.badRequest("storyId",
                    "not a story id (s followed by letters, digits, - or _): " + abbreviate(id));
        }
        return id;
    }

    /** Repeated and comma-separated values, stripped, without blanks and duplicates; at most {@link #MAX_VALUES}. */
    private static List<String> values(String name, List<String> raw) {
        if (raw == null) {
            return List.of();
        }
        Set<String> values = new LinkedHashSet<>();
        for (String item : raw) {
            if (item == null) {
                continue;
            }
            if (item.length() > 1000) {
                throw InvalidInputException.badRequest(name, name + " is at most 1000 characters");
            }
            for (String part : item.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        if (values.size() > MAX_VALUES) {
            throw InvalidInputException.badRequest(name, "at most " + MAX_VALUES + " values of " + name);
        }
        return List.copyOf(values);
    }

    private static boolean themeMatch(String value) {
        if (blank(value)) {
            return false;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "any" -> false;
            case "all" -> true;
            default -> throw InvalidInputException.badRequest("themeMatch", "themeMatch is any or all");
        };
    }

    private static String source(String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 200) {
            throw InvalidInputException.badRequest("source", "source is at most 200 characters");
        }
        return UnicodeText.composed(value.strip());
    }

    private static String language(String value) {
        if (blank(value)) {
            return null;
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        if (!code.matches("[a-z]{2}")) {
            throw InvalidInputException.badRequest("language", "use an ISO 639-1 code such as en");
        }
        return code;
    }

    private static String text(String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 500) {
            throw InvalidInputException.badRequest("q", "full-text queries are at most 500 characters");
        }
        return UnicodeText.composed(value.strip()); // as the article texts are stored
    }

    static Instant time(String name, String value) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 40) {
            throw InvalidInputException.badRequest(name, name + " is an ISO-8601 date or date-time");
        }
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.badRequest(name,
                    "not an ISO-8601 date (2025-01-11) or date-time (2025-01-11T13:04:00Z): " + text);
        }
    }

    /**
     * @return the {@code limit} parameter: {@code fallback} when absent
     * @throws InvalidInputException 400 naming {@code limit} unless it is a whole number from 1 to {@code max}
     */
    static int limit(String value, int fallback, int max) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.strip());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.badRequest("limit", "limit must be a whole number from 1 to " + max);
    }

    /**
     * @return the {@code cursor} parameter (a previous page's {@code nextCursor}) for a list in {@code order};
     *         null when absent
     * @throws InvalidInputException 400 naming {@code cursor} unless it is a cursor of this API for that order
     */
    static Cursor cursor(String value, SortOrder order) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > 200) {
            throw InvalidInputException.badRequest("cursor", "not a cursor returned by this API");
        }
        Cursor cursor;
        try {
            cursor = Cursor.decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.badRequest("cursor", "not a cursor returned by this API");
        }
        if ((cursor.rank() != null) != (order == SortOrder.RELEVANCE)) {
            throw InvalidInputException.badRequest("cursor", "this cursor belongs to a list in another sort order");
        }
        return cursor;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
