package vn.thidua.infra.launcher;

/** The platform could not be started; the message says which process and why, with its log tail. */
public final class PlatformStartException extends RuntimeException {

    public PlatformStartException(String message) {
        super(message);
    }

    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
