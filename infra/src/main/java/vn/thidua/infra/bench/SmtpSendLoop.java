package vn.thidua.infra.bench;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The mail server's raw limit: a plain loop sending one Vietnamese message per recipient over one SMTP
 * connection, to the same server the platform sends its launch e-mails to.
 */
final class SmtpSendLoop {

    record Figures(int messages, double messagesPerSecond) {
    }

    private final String host;
    private final int port;

    SmtpSendLoop(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends to {@code <n>@<domain>}, so the mail server's count for that domain checks every one arrived. */
    Figures run(int messages, String domain) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        Session session = Session.getInstance(properties);
        long started = System.nanoTime();
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            for (int n = 0; n < messages; n++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("thidua@bench.thidua.vn"));
                InternetAddress to = new InternetAddress(n + "@" + domain);
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject("Phát động phong trào thi đua – thư đo hiệu năng số " + n, "UTF-8");
                message.setText("Kính gửi: Thủ trưởng các cơ quan, đơn vị.\nThư đo hiệu năng máy chủ thư.", "UTF-8");
                message.saveChanges();
                transport.sendMessage(message, new InternetAddress[] {to});
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Figures(messages, messages / seconds);
    }
}
