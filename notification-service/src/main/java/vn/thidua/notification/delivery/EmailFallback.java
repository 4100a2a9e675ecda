package vn.thidua.notification.delivery;

import vn.thidua.notification.mail.MailContent;

/**
 * The email an SMS-only recipient gets instead when the SMS fails, rendered when the SMS was: sent
 * at most once, under the email's own delivery key (event + EMAIL + address).
 */
public record EmailFallback(String address, String addresseeName, String subject, String text, String html) {

    public static EmailFallback of(String address, String addresseeName, MailContent content) {
        return new EmailFallback(address, addresseeName, content.subject(), content.text(), content.html());
    }

    public MailContent content() {
        return new MailContent(subject, text, html);
    }
}
