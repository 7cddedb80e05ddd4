package news.events;

/**
 * The tone of an article from a word lexicon: {@code score = (positive - negative) / (positive + negative + 1)},
 * so it lies strictly between -1 and +1 and stays near 0 when few opinion words occur.
 *
 * @param score    -1 (negative) to +1 (positive)
 * @param positive positive lexicon words counted (negated ones count as negative)
 * @param negative negative lexicon words counted (negated ones count as positive)
 * @param words    words in the text
 */
public record Tone(double score, int positive, int negative, int words) {
}
