package news.analysis.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Text to analyse.
 *
 * @param title the headline (optional; weighs more than the body)
 * @param body     the article text
 * @param language ISO 639-1 code (optional, detected when absent; themes are not analysed for a language other than
 *                 English)
 */
public record AnalyzeRequest(@Size(max = 2000) String title, @NotBlank @Size(max = 5_000_000) String body,
                             @Size(max = 35) String language) {
}
