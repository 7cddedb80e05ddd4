package news.ingest.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import news.events.IngestedArticle;
import news.ingest.ArticleSubmission;
import news.ingest.IngestOutcome;
import news.ingest.config.IngestConfig;
import news.ingest.extract.PageCharset;
import news.ingest.messaging.IngestedArticlePublisher.PublishFailedException;
import news.ingest.service.ArticleIngestion;
import news.support.InvalidInputException;
import news.support.ProblemMappers;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Accepts articles: a page as {@code text/html} (or {@code application/xhtml+xml}), text as {@code text/plain}, or
 * JSON. {@code /articles} publishes
 * to {@code articles.ingested}; {@code /extract} only shows what would be published.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleResource {

    private static final String URL_PATTERN = "(?i)https?://\\S+";

    @Inject
    ArticleIngestion ingestion;

    @Inject
    IngestConfig config;

    @POST
    @Path("/articles")
    @Consumes({MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    @Operation(summary = "Ingest a web page", description = "Extracts the article from the page and publishes it.")
    public Response ingestHtml(byte[] html, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("url") @Size(max = 2048) @Pattern(regexp = URL_PATTERN) String url,
            @QueryParam("source") @Size(max = 200) String source) {
        return accepted(ingestion.ingest(new ArticleSubmission(url, page(html, contentType), null, source, null)));
    }

    @POST
    @Path("/articles")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest plain text", description = "A clean article or the text of a whole page.")
    public Response ingestText(byte[] text, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("url") @Size(max = 2048) @Pattern(regexp = URL_PATTERN) String url,
            @QueryParam("source") @Size(max = 200) String source) {
        return accepted(ingestion.ingest(new ArticleSubmission(url, null, text(text, contentType), source, null)));
    }

    @POST
    @Path("/articles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest a page or text given as JSON")
    public Response ingestJson(@Valid ArticleRequest request) {
        return accepted(ingestion.ingest(submission(request)));
    }

    @POST
    @Path("/extract")
    @Consumes({MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML})
    @Operation(summary = "Preview the extraction of a web page", description = "Publishes nothing.")
    public IngestedArticle extractHtml(byte[] html, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("url") @Size(max = 2048) @Pattern(regexp = URL_PATTERN) String url) {
        return ingestion.extract(new ArticleSubmission(url, page(html, contentType), null, null, null));
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Preview the extraction of plain text", description = "Publishes nothing.")
    public IngestedArticle extractText(byte[] text, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("url") @Size(max = 2048) @Pattern(regexp = URL_PATTERN) String url) {
        return ingestion.extract(new ArticleSubmission(url, null, text(text, contentType), null, null));
    }

    @POST
    @Path("/extract")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Preview the extraction of a JSON submission", description = "Publishes nothing.")
    public IngestedArticle extractJson(@Valid ArticleRequest request) {
        return ingestion.extract(submission(request));
    }

    @ServerExceptionMapper
    public Response publishFailed(PublishFailedException e) {
        return ProblemMappers.problem(503, e.getMessage() + "; nothing was recorded, try again", null);
    }

    private Response accepted(IngestOutcome outcome) {
        IngestedArticle article = outcome.article();
        URI location = URI.create(config.queryBaseUrl().replaceAll("/+$", "") + "/api/v1/articles/" + article.id());
        IngestResponse body = new IngestResponse(article.id(), outcome.status().name().toLowerCase(Locale.ROOT),
                article.title(), location.toString());
        return Response.accepted(body).location(location).build();
    }

    private static ArticleSubmission submission(ArticleRequest request) {
        if (request == null) {
            throw InvalidInputException.badRequest("body", "request body is empty");
        }
        boolean hasHtml = request.html() != null && !request.html().isBlank();
        boolean hasText = request.text() != null && !request.text().isBlank();
        if (hasHtml == hasText) {
            throw InvalidInputException.badRequest(hasHtml ? "text" : "html",
                    "give exactly one of 'html' and 'text', not empty");
        }
        return new ArticleSubmission(request.url(), hasHtml ? request.html() : null, hasText ? request.text() : null,
                request.source(), request.publishedAt());
    }

    /** The posted page as text, in its charset (header, byte order mark, {@code <meta charset>}, detection). */
    private static String page(byte[] body, String contentType) {
        return notBlank(PageCharset.decodeHtml(notBinary(body, "an HTML page"), contentType));
    }

    /** The posted text as characters (header charset, byte order mark, detection). */
    private static String text(byte[] body, String contentType) {
        return notBlank(PageCharset.decodeText(notBinary(body, "plain text"), contentType));
    }

    private static byte[] notBinary(byte[] body, String expected) {
        if (body == null || body.length == 0) {
            throw InvalidInputException.badRequest("body", "request body is empty");
        }
        if (PageCharset.isBinary(body)) {
            throw new InvalidInputException(422, "body",
                    "the body is binary (an image, a PDF, an archive or other non-text bytes), not " + expected);
        }
        return body;
    }

    private static String notBlank(String body) {
        if (body.isBlank()) {
            throw InvalidInputException.badRequest("body", "request body is empty");
        }
        return body;
    }
}
