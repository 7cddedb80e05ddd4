package news.query.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import news.query.service.ArticleFilter;
import news.query.service.ArticleSearch;
import news.query.service.ArticleStats;
import news.query.service.ArticleStats.Interval;
import news.query.service.ThemeCatalog;
import news.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Aggregations for charts, over the same filters as {@code GET /api/v1/articles}. Without {@code from} a window
 * ending at {@code to} (default: the end of the current UTC day, or hour for hourly series) is used: 48 hours for
 * hourly series, 30 days otherwise, 26 weeks for weekly series. Answers carry an ETag (304 on If-None-Match) and are kept in memory until the read model changes.
 */
@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    static final int MAX_BUCKETS = 2000;

    @Inject
    ArticleStats stats;

    @Inject
    ArticleSearch search;

    @Inject
    ThemeCatalog themes;

    @Inject
    AnswerCache cache;

    /** A count series per theme, aligned with {@code buckets} (bucket starts, UTC). */
    public record ThemeSeries(String interval, Instant from, Instant to, List<Instant> buckets, List<Series> series) {
    }

    /** One theme's counts per bucket. */
    public record Series(String theme, String label, long total, List<Long> counts) {
    }

    /**
     * The tone of the filtered articles per bucket (bucket starts, UTC), aligned with {@code buckets}: how many
     * articles have a tone, their mean score (null where none has one), how many lean to bad or good news.
     */
    public record ToneSeries(String interval, Instant from, Instant to, double leaning, List<Instant> buckets,
            List<Long> articles, List<Double> meanScore, List<Long> bad, List<Long> good) {
    }

    /** A time window and the top values in it. */
    public record TopCountries(Instant from, Instant to, List<CountryCount> countries) {
    }

    public record CountryCount(String country, long articles) {
    }

    public record ThemeCountries(Instant from, Instant to, List<ArticleStats.PairCount> pairs) {
    }

    /** A time window and the people or organisations most named in it. */
    public record TopNames(Instant from, Instant to, List<NameCount> names) {
    }

    /** A name as the articles write it, and how many of them name it. */
    public record NameCount(String name, long articles) {
    }

    @GET
    @Path("/themes")
    @Operation(summary = "Articles per theme per hour, day or week: one series per theme")
    public Response themes(@BeanParam FilterParams params,
            @Parameter(description = "hour, day (default) or week") @QueryParam("interval") String interval,
            @Context Request request, @Context UriInfo uri) {
        return series(params, interval, request, uri, (filter, width, buckets, index) -> {
            Map<String, long[]> counts = new LinkedHashMap<>();
            for (ArticleStats.ThemeBucket row : stats.themeSeries(filter, width)) {
                Integer i = index.get(row.bucket());
                if (i != null) {
                    counts.computeIfAbsent(row.theme(), t -> new long[buckets.size()])[i] = row.articles();
                }
            }
            Map<String, String> labels = stats.themeLabels();
            List<Series> series = new ArrayList<>();
            counts.forEach((theme, values) -> series.add(new Series(theme, labels.get(theme),
                    Arrays.stream(values).sum(), Arrays.stream(values).boxed().toList())));
            series.sort(Comparator.comparingLong(Series::total).reversed().thenComparing(Series::theme));
            return new ThemeSeries(width.name().toLowerCase(Locale.ROOT), filter.from(), filter.to(), buckets,
                    series);
        });
    }

    @GET
    @Path("/tone")
    @Operation(summary = "The tone of the filtered articles per hour, day or week: mean score, articles leaning bad or good")
    public Response tone(@BeanParam FilterParams params,
            @Parameter(description = "hour, day (default) or week") @QueryParam("interval") String interval,
            @Context Request request, @Context UriInfo uri) {
        return series(params, interval, request, uri, (filter, width, buckets, index) -> {
            int n = buckets.size();
            List<Long> articles = new ArrayList<>(Collections.nCopies(n, 0L));
            List<Double> mean = new ArrayList<>(Collections.nCopies(n, (Double) null));
            List<Long> bad = new ArrayList<>(Collections.nCopies(n, 0L));
            List<Long> good = new ArrayList<>(Collections.nCopies(n, 0L));
            for (ArticleStats.ToneBucket row : stats.toneSeries(filter, width)) {
                Integer i = index.get(row.bucket());
                if (i != null) {
                    articles.set(i, row.articles());
                    mean.set(i, Math.round(row.meanScore() * 1000) / 1000.0);
                    bad.set(i, row.bad());
                    good.set(i, row.good());
                }
            }
            return new ToneSeries(width.name().toLowerCase(Locale.ROOT), filter.from(), filter.to(),
                    ArticleStats.LEANING, buckets, articles, mean, bad, good);
        });
    }

    @GET
    @Path("/countries")
    @Operation(summary = "The countries most mentioned by the filtered articles")
    public Response countries(@BeanParam FilterParams params,
            @Parameter(description = "how many, 1 to 250 (default 20)") @QueryParam("limit") String limit,
            @Context Request request, @Context UriInfo uri) {
        ArticleFilter filter = window(params.toFilter(themes), Duration.ofDays(30));
        int top = FilterParams.limit(limit, 20, 250);
        return cached(request, uri, () -> new TopCountries(filter.from(), filter.to(),
                stats.top(ArticleStats.Dimension.COUNTRY, filter, top).stream()
                        .map(c -> new CountryCount(c.value(), c.articles())).toList()));
    }

    @GET
    @Path("/people")
    @Operation(summary = "The people the filtered articles name most")
    public Response people(@BeanParam FilterParams params,
            @Parameter(description = "how many, 1 to 250 (default 20)") @QueryParam("limit") String limit,
            @Context Request request, @Context UriInfo uri) {
        return topNames(ArticleStats.Dimension.PERSON, params, limit, request, uri);
    }

    @GET
    @Path("/organisations")
    @Operation(summary = "The organisations the filtered articles name most")
    public Response organisations(@BeanParam FilterParams params,
            @Parameter(description = "how many, 1 to 250 (default 20)") @QueryParam("limit") String limit,
            @Context Request request, @Context UriInfo uri) {
        return topNames(ArticleStats.Dimension.ORGANISATION, params, limit, request, uri);
    }

    private Response topNames(ArticleStats.Dimension dimension, FilterParams params, String limit, Request request,
            UriInfo uri) {
        ArticleFilter filter = window(params.toFilter(themes), Duration.ofDays(30));
        int top = FilterParams.limit(limit, 20, 250);
        return cached(request, uri, () -> {
            List<ArticleStats.ValueCount> counts = stats.top(dimension, filter, top);
            Map<String, String> written = stats.writtenNames(dimension,
                    counts.stream().map(ArticleStats.ValueCount::value).toList());
            return new TopNames(filter.from(), filter.to(), counts.stream()
                    .map(c -> new NameCount(written.getOrDefault(c.value(), c.value()), c.articles())).toList());
        });
    }

    @GET
    @Path("/theme-countries")
    @Operation(summary = "Theme × country counts of the filtered articles, most frequent pairs first")
    public Response themeCountries(@BeanParam FilterParams params,
            @Parameter(description = "how many pairs, 1 to 1000 (default 100)") @QueryParam("limit") String limit,
            @Context Request request, @Context UriInfo uri) {
        ArticleFilter filter = window(params.toFilter(themes), Duration.ofDays(30));
        int top = FilterParams.limit(limit, 100, 1000);
        return cached(request, uri,
                () -> new ThemeCountries(filter.from(), filter.to(), stats.themeCountries(filter, top)));
    }

    /** What a time series answers, given its filter, bucket width, bucket starts and each start's position. */
    @FunctionalInterface
    private interface SeriesAnswer {
        Object answer(ArticleFilter filter, Interval width, List<Instant> buckets, Map<Instant, Integer> index);
    }

    /**
     * A time series' answer, cached: the filter with a series' default window (48 hours of hours, 26 weeks of weeks,
     * else 30 days) and its buckets, checked before anything is read.
     */
    private Response series(FilterParams params, String interval, Request request, UriInfo uri, SeriesAnswer answer) {
        Interval width = interval(interval);
        ArticleFilter filter = window(params.toFilter(themes), width == Interval.HOUR ? Duration.ofHours(48)
                : width == Interval.WEEK ? Duration.ofDays(7 * 26) : Duration.ofDays(30));
        List<Instant> buckets = buckets(filter, width);
        return cached(request, uri, () -> answer.answer(filter, width, buckets, index(buckets)));
    }

    /** The starts of the buckets covering the filter's window; refused (400) beyond {@link #MAX_BUCKETS}. */
    private static List<Instant> buckets(ArticleFilter filter, Interval width) {
        List<Instant> buckets = new ArrayList<>();
        for (Instant b = width.truncate(filter.from()); b.isBefore(filter.to()); b = width.next(b)) {
            if (buckets.size() == MAX_BUCKETS) {
                throw InvalidInputException.badRequest("interval",
                        "at most " + MAX_BUCKETS + " buckets: use a wider interval or a shorter from/to");
            }
            buckets.add(b);
        }
        return buckets;
    }

    /** Each bucket start's position. */
    private static Map<Instant, Integer> index(List<Instant> buckets) {
        Map<Instant, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < buckets.size(); i++) {
            index.put(buckets.get(i), i);
        }
        return index;
    }

    private Response cached(Request request, UriInfo uri, Supplier<Object> compute) {
        EntityTag tag = Conditional.tag(uri, search.maxSeq());
        return Conditional.respond(request, tag, () -> cache.get(tag.getValue(), compute));
    }

    /**
     * The filter with a bounded time range: {@code to} defaults to the end of the current UTC day (of the current
     * hour for windows under three days), so buckets are whole; {@code from} to {@code to - window}.
     */
    private static ArticleFilter window(ArticleFilter filter, Duration window) {
        Instant now = Instant.now();
        Instant to = filter.to() != null ? filter.to()
                : window.compareTo(Duration.ofDays(3)) < 0
                        ? now.truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofHours(1))
                        : now.truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Instant from = filter.from() != null ? filter.from() : to.minus(window);
        if (!from.isBefore(to)) {
            throw InvalidInputException.badRequest("from", "from must be earlier than to");
        }
        return filter.withTime(from, to);
    }

    private static Interval interval(String value) {
        if (FilterParams.blank(value)) {
            return Interval.DAY;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "hour" -> Interval.HOUR;
            case "day" -> Interval.DAY;
            case "week" -> Interval.WEEK;
            default -> throw InvalidInputException.badRequest("interval", "interval is hour, day or week");
        };
    }

}
