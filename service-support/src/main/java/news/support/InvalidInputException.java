package news.support;

/** A request the service refuses, answered with {@link Problem} at the given status. */
public class InvalidInputException extends RuntimeException {

    private final int status;
    private final String field;

    public InvalidInputException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    /** 400 Bad Request naming {@code field}. */
    public static InvalidInputException badRequest(String field, String message) {
        return new InvalidInputException(400, field, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
