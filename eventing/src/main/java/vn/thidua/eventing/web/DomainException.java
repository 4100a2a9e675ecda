package vn.thidua.eventing.web;

import org.springframework.http.HttpStatus;

/**
 * A business rule refused a request. The message is shown to the user (Vietnamese first); the code
 * is stable for clients. Thrown by domain code, turned into RFC 9457 problem details at the edge.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    protected DomainException(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** The request itself is wrong, e.g. an unreadable value (400). */
    public static DomainException invalid(String code, String message) {
        return new DomainException(HttpStatus.BAD_REQUEST, code, message);
    }

    /**
     * The caller is signed in but this row is not theirs, e.g. another unit's report (403). The
     * default code is "forbidden", as for endpoints the role cannot reach.
     */
    public static DomainException forbidden(String message) {
        return new DomainException(HttpStatus.FORBIDDEN, "forbidden", message);
    }

    /** The resource does not exist (404). */
    public static DomainException notFound(String code, String message) {
        return new DomainException(HttpStatus.NOT_FOUND, code, message);
    }

    /** The request conflicts with the current state, e.g. launching a closed movement (409). */
    public static DomainException conflict(String code, String message) {
        return new DomainException(HttpStatus.CONFLICT, code, message);
    }

    /** The request is well-formed but breaks a rule, e.g. a unit that does not take part (422). */
    public static DomainException rejected(String code, String message) {
        return new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, code, message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
