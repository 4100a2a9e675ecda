package vn.thidua.infra.standin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeUtility;

/**
 * Finds the text/plain and text/html bodies of a MIME message, however they are nested
 * (multipart/alternative inside multipart/mixed or related), decoded with their declared charset.
 * Attachments are skipped.
 */
final class MimeBodies {

    private String text;
    private String html;

    private MimeBodies() {
    }

    static MimeBodies of(Part message) throws MessagingException, IOException {
        MimeBodies bodies = new MimeBodies();
        bodies.collect(message);
        return bodies;
    }

    String text() {
        return text;
    }

    String html() {
        return html;
    }

    private void collect(Part part) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child);
            }
        } else if (part.isMimeType("text/plain") && text == null) {
            text = decode(part);
        } else if (part.isMimeType("text/html") && html == null) {
            html = decode(part);
        }
    }

    private static Charset charsetOf(String mimeCharset) {
        if (mimeCharset == null || mimeCharset.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        String javaName = MimeUtility.javaCharset(mimeCharset.trim());
        return Charset.isSupported(javaName) ? Charset.forName(javaName) : StandardCharsets.UTF_8;
    }

    /**
     * Reads the transfer-decoded bytes and applies the part's charset ourselves: a part without a
     * charset parameter is read as UTF-8 rather than the platform default, which is what Vietnamese
     * mail from our services uses.
     */
    private static String decode(Part part) throws MessagingException, IOException {
        String charset = new ContentType(part.getContentType()).getParameter("charset");
        try (InputStream in = part.getInputStream()) {
            byte[] bytes = in.readAllBytes();
            return new String(bytes, charsetOf(charset));
        }
    }
}
