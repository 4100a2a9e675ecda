package vn.thidua.notification.mail;

import java.util.List;

import vn.thidua.notification.attachment.Attachment;

/**
 * An email ready to hand to SMTP.
 *
 * @param to             the recipient's address
 * @param toName         the name shown next to it (a person or a unit), may be null
 * @param notificationId carried in a header so a message can be traced to its delivery log entry
 * @param attachments    documents attached after the message (the launch letter, the decision)
 */
public record OutgoingEmail(String to, String toName, MailContent content, String notificationId,
        List<Attachment> attachments) {

    public OutgoingEmail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An email without attachments. */
    public OutgoingEmail(String to, String toName, MailContent content, String notificationId) {
        this(to, toName, content, notificationId, List.of());
    }
}
