package vn.thidua.notification.mail;

/**
 * An email ready to hand to SMTP.
 *
 * @param to             the recipient's address
 * @param toName         the name shown next to it (a person or a unit), may be null
 * @param notificationId carried in a header so a message can be traced to its delivery log entry
 */
public record OutgoingEmail(String to, String toName, MailContent content, String notificationId) {
}
