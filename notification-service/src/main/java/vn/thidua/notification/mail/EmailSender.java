package vn.thidua.notification.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Part;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import vn.thidua.notification.attachment.Attachment;

/**
 * Sends an email over SMTP as multipart/alternative: plain text first, HTML second (clients show the
 * last part they can render), both UTF-8, the subject and display names encoded as UTF-8 words; with
 * documents, that inside a multipart/mixed followed by each document.
 */
@Component
public class EmailSender {

    public static final String NOTIFICATION_ID_HEADER = "X-Thidua-Notification-Id";
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailSender;
    private final SenderProperties sender;
    private final Clock clock;

    public EmailSender(JavaMailSender mailSender, SenderProperties sender, Clock clock) {
        this.mailSender = mailSender;
        this.sender = sender;
        this.clock = clock;
    }

    /** Hands the email to the SMTP server; throws a MailException when it is not accepted. */
    public void send(OutgoingEmail email) throws MailException {
        mailSender.send(toMime(email));
    }

    MimeMessage toMime(OutgoingEmail email) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            message.setFrom(sender.fromAddress());
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to(), email.toName(), UTF_8));
            // Folded onto one line: user data must never start a new header.
            message.setSubject(email.content().subject().replaceAll("\\s+", " ").strip(), UTF_8);
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader(NOTIFICATION_ID_HEADER, email.notificationId());

            MimeBodyPart text = new MimeBodyPart();
            text.setText(email.content().text(), UTF_8, "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(email.content().html(), UTF_8, "html");
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            if (email.attachments().isEmpty()) {
                message.setContent(alternative);
                return message;
            }
            // multipart/mixed: the message first, then each document.
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (Attachment attachment : email.attachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType())));
                part.setFileName(attachment.fileName());
                part.setDisposition(Part.ATTACHMENT);
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Could not build the email to " + email.to(), e);
        }
    }
}
