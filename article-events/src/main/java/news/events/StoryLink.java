package news.events;

/**
 * The story an article belongs to: articles about the same event within a few days share a story id, and a
 * near-identical copy of an earlier article (syndication) names that article in {@code duplicateOf}.
 *
 * @param storyId     the story's id: derived from the id of the story's first article ({@code s} + that id), so
 *                    it never changes once given
 * @param duplicateOf the id of the first article this one is a near-identical copy of; null when it is not one
 * @param similarity  how similar the article is to the closest article of the story, 0 to 1 (1 for the story's
 *                    first article); for a duplicate, the estimated Jaccard similarity of their word shingles
 */
public record StoryLink(String storyId, String duplicateOf, double similarity) {

    /** The story id of a story that starts with the article {@code firstArticleId}. */
    public static String storyIdFor(String firstArticleId) {
        return "s" + firstArticleId;
    }

    /** The link of an article that starts a new story. */
    public static StoryLink newStory(String articleId) {
        return new StoryLink(storyIdFor(articleId), null, 1.0);
    }
}
