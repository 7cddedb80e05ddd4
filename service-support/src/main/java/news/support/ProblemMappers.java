package news.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every error of the REST layer into {@code application/problem+json}, never with a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e) {
        return problem(e.status(), e.getMessage(), e.field());
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        String field = e.getConstraintViolations().stream()
                .map(ProblemMappers::leafName)
                .findFirst().orElse(null);
        String detail = e.getConstraintViolations().stream()
                .map(v -> leafName(v) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return problem(400, detail, field);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        String field = null;
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            field = mismatch.getPath().get(mismatch.getPath().size() - 1).getFieldName();
        }
        String detail = "request body is not valid JSON for this endpoint: " + e.getOriginalMessage();
        return problem(400, detail, field);
    }

    /**
     * JSON of the wrong shape (an array or a string where an object belongs); mapped here explicitly because
     * Quarkus's built-in mapper for this exact type would otherwise win and answer 400 with an empty body.
     */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "cannot produce any of the accepted media types";
            case 413 -> "request body too large";
            case 415 -> unsupportedType(headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE));
            default -> e.getMessage();
        };
        return problem(status, detail, status == 415 ? "Content-Type" : null);
    }

    /** What a 415 says: the type that was sent, where to read the accepted ones, and curl's default named. */
    static String unsupportedType(String contentType) {
        String sent = contentType == null || contentType.isBlank() ? "no Content-Type" : "Content-Type '"
                + (contentType.length() > 100 ? contentType.substring(0, 100) + "…" : contentType) + "'";
        String hint = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? " (curl sends that for --data-binary without -H 'Content-Type: …'; a page is text/html, a text "
                        + "text/plain)"
                : "";
        return "unsupported media type: " + sent + " is not taken here" + hint + "; /q/openapi lists what each "
                + "endpoint takes";
    }

    /** Anything else, errors of the JVM included (a stack overflow): a 500 problem, never the server's HTML page. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (DatabaseFailures.isTransient(e)) {
            // PostgreSQL restarting or unreachable: the client should try again, as for an unavailable Kafka
            LOG.warnf("database unavailable: %s", e.getMessage());
            return Response.fromResponse(problem(503, "the database is unavailable; try again shortly", null))
                    .header("Retry-After", "1").build();
        }
        LOG.error("unexpected error", e);
        return problem(500, "internal error; see the service log", null);
    }

    public static Response problem(int status, String detail, String field) {
        Response.Status known = Response.Status.fromStatusCode(status);
        // Jakarta REST names no 422; RFC 9110 does
        String title = known != null ? known.getReasonPhrase() : status == 422 ? "Unprocessable Content" : "Error";
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, title, detail, field))
                .build();
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1);
    }
}
