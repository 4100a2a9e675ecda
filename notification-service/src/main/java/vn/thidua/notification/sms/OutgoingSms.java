package vn.thidua.notification.sms;

import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.sms.text.SmsText;

/**
 * One SMS ready for a provider.
 *
 * @param clientRequestId our id for it (the notification id): the HTTP provider's idempotency key
 * @param to              the number, 84…
 * @param kind            the notice kind, which names the provider's template
 */
public record OutgoingSms(String clientRequestId, String to, NoticeKind kind, SmsText text) {

    @Override
    public String toString() {
        // No number, no text: log lines must not carry personal data.
        return "OutgoingSms[" + clientRequestId + ", " + kind + ", " + text.encoding() + " x" + text.segments() + "]";
    }
}
