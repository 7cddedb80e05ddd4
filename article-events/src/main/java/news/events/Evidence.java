package news.events;

/**
 * A phrase in the article that supports a tag.
 *
 * @param field {@code title} or {@code body}
 * @param text  the phrase as it appears in the text
 * @param start offset of its first character in the field
 * @param end   offset just past its last character
 */
public record Evidence(String field, String text, int start, int end) {
}
