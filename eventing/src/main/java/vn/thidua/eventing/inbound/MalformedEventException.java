package vn.thidua.eventing.inbound;

/**
 * A message that can never be processed (missing CloudEvents attributes, unreadable JSON). It is not
 * retried: the binder sends it straight to the consumer group's dead-letter topic with this message
 * in its {@code x-exception-message} header.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
