package news.events;

import java.util.List;

/**
 * A person or organisation the article names. Several spellings of one entity in one article ("Foreign Minister
 * Wang Yi", "Wang") are one mention with the fullest name.
 *
 * @param type     {@code PERSON} or {@code ORGANIZATION}
 * @param name     the fullest name written, e.g. "Takeshi Iwaya", "Xinhua News Agency"
 * @param role     for a person, the role the text gives ("Foreign Minister"); null when none is given
 * @param mentions how many times it is mentioned
 * @param evidence where (the first few mentions), with exact offsets
 */
public record EntityMention(String type, String name, String role, int mentions, List<Evidence> evidence) {

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";

    public EntityMention {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
