package vn.thidua.notification.notice;

/**
 * An event's notices cannot all be completed now (an SMTP failure, a recipient not known yet): thrown
 * so the binder redelivers the event with backoff. Notices already sent are skipped on redelivery.
 */
public class NoticeRetryException extends RuntimeException {

    public NoticeRetryException(String message) {
        super(message);
    }
}
