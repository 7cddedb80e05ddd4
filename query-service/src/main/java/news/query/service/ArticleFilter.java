package news.query.service;

import java.time.Instant;
import java.util.List;

/**
 * Which articles a list, a statistic or a stream is about; empty lists and null fields do not filter. New
 * dimensions become another field here and one more clause in {@link FilterSql}.
 *
 * @param themes    theme ids; the article carries any of them, or all with {@code allThemes}
 * @param allThemes whether every theme of {@code themes} is required
 * @param countries ISO 3166-1 alpha-2 codes; the article mentions any of them
 * @param source    publisher, compared case-insensitively
 * @param language  ISO 639-1 code
 * @param text      full-text query (web search syntax: words, "phrases", -excluded, or)
 * @param from      earliest publication time, inclusive
 * @param to        latest publication time, exclusive
 * @param people        lower-case names of people; the article names any of them
 * @param organisations lower-case names of organisations; the article names any of them
 * @param stories       story ids; the article belongs to any of them
 */
public record ArticleFilter(List<String> themes, boolean allThemes, List<String> countries, String source,
        String language, String text, Instant from, Instant to, List<String> people, List<String> organisations,
        List<String> stories) {

    public static final ArticleFilter NONE = new ArticleFilter(List.of(), false, List.of(), null, null, null, null,
            null);

    /** A filter without people, organisations or stories. */
    public ArticleFilter(List<String> themes, boolean allThemes, List<String> countries, String source,
            String language, String text, Instant from, Instant to) {
        this(themes, allThemes, countries, source, language, text, from, to, List.of(), List.of(), List.of());
    }

    public ArticleFilter {
        themes = themes == null ? List.of() : List.copyOf(themes);
        countries = countries == null ? List.of() : List.copyOf(countries);
        people = people == null ? List.of() : List.copyOf(people);
        organisations = organisations == null ? List.of() : List.copyOf(organisations);
        stories = stories == null ? List.of() : List.copyOf(stories);
    }

    /** Whether it filters on anything but themes and time. */
    public boolean onlyThemesAndTime() {
        return countries.isEmpty() && source == null && language == null && text == null && people.isEmpty()
                && organisations.isEmpty() && stories.isEmpty();
    }

    public ArticleFilter withTime(Instant newFrom, Instant newTo) {
        return new ArticleFilter(themes, allThemes, countries, source, language, text, newFrom, newTo, people,
                organisations, stories);
    }
}
