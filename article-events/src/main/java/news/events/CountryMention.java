package news.events;

import java.util.List;

/**
 * A country the article talks about, found from its name, demonym or capital.
 *
 * @param code     ISO 3166-1 alpha-2 code, e.g. {@code JP}
 * @param name     English short name
 * @param mentions how many times it is mentioned
 * @param evidence where (the first few mentions)
 */
public record CountryMention(String code, String name, int mentions, List<Evidence> evidence) {

    public CountryMention {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
