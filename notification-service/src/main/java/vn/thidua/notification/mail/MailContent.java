package vn.thidua.notification.mail;

/** A rendered email: its subject and the same message as plain text and as HTML. */
public record MailContent(String subject, String text, String html) {
}
