package vn.thidua.infra.standin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.infra.launcher.ReadinessCheck;
import vn.thidua.infra.testing.JavaProcess;

class MailStandInTest {

    private static final String SUBJECT = "Phát động phong trào thi đua";
    private static final String VP = "vp.snnmt@quangngai.demo.thidua.vn";
    private static final String KHTC = "khtc.snnmt@quangngai.demo.thidua.vn";

    @TempDir
    static Path logDir;

    private static int smtpPort;
    private static int httpPort;
    private static JavaProcess mail;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startMailStandIn() throws Exception {
        smtpPort = JavaProcess.freePort();
        httpPort = JavaProcess.freePort();
        mail = JavaProcess.start(MailStandIn.class, logDir.resolve("mail.log"),
                        "--smtp-port", Integer.toString(smtpPort), "--http-port", Integer.toString(httpPort))
                .awaitReady(Duration.ofSeconds(30),
                        () -> ReadinessCheck.acceptsConnections(smtpPort) && ReadinessCheck.acceptsConnections(httpPort));
    }

    @AfterAll
    static void stopMailStandIn() throws Exception {
        mail.close();
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        HttpResponse<String> response = http.send(request("").DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(204);
    }

    @Test
    void listsAVietnameseMultipartMessageOnceWithEveryRecipient() throws Exception {
        send(SUBJECT, "Kính gửi: Trưởng các phòng, đơn vị thuộc Sở", "<p>Kính gửi: <b>Trưởng các phòng</b></p>", VP, KHTC);

        JsonNode messages = list("");
        assertThat(messages.size()).isEqualTo(1);
        JsonNode message = messages.get(0);
        assertThat(message.path("subject").asString()).isEqualTo(SUBJECT);
        assertThat(message.path("from").asString()).isEqualTo("thidua@quangngai.demo.thidua.vn");
        assertThat(message.path("to").valueStream().map(JsonNode::asString)).containsExactly(VP, KHTC);
        assertThat(message.path("text").asString()).isEqualTo("Kính gửi: Trưởng các phòng, đơn vị thuộc Sở");
        assertThat(message.path("html").asString()).isEqualTo("<p>Kính gửi: <b>Trưởng các phòng</b></p>");
        assertThat(message.path("id").asString()).isNotBlank();
        assertThat(message.path("receivedAt").asString()).isNotBlank();
    }

    @Test
    void filtersByRecipientAndEmptiesOnDelete() throws Exception {
        send("Thư gửi Văn phòng", "Nội dung", null, VP);
        send("Thư gửi Phòng Kế hoạch - Tài chính", "Nội dung", null, KHTC);

        JsonNode forVp = list("?to=" + URLEncoder.encode(VP, StandardCharsets.UTF_8));
        assertThat(forVp.size()).isEqualTo(1);
        assertThat(forVp.get(0).path("subject").asString()).isEqualTo("Thư gửi Văn phòng");
        assertThat(forVp.get(0).path("html").isNull()).isTrue();
        assertThat(list("").size()).isEqualTo(2);

        http.send(request("").DELETE().build(), HttpResponse.BodyHandlers.discarding());
        assertThat(list("").size()).isZero();
    }

    @Test
    void countsCopiesAndMailboxesReachedUnderADomain() throws Exception {
        send("Thư 1", "Nội dung", null, VP, KHTC);
        send("Thư 2", "Nội dung", null, VP);
        send("Thư khác", "Nội dung", null, "van.thu@other.example");

        JsonNode demo = json.readTree(http.send(request("/count?suffix=" + URLEncoder.encode("@quangngai.demo.thidua.vn",
                StandardCharsets.UTF_8)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(demo.path("copies").asLong()).isEqualTo(3);
        assertThat(demo.path("mailboxes").asLong()).isEqualTo(2);
        JsonNode all = json.readTree(http.send(request("/count").GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(all.path("copies").asLong()).isEqualTo(4);
        assertThat(all.path("mailboxes").asLong()).isEqualTo(3);
    }

    private void send(String subject, String text, String html, String... recipients) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("thidua@quangngai.demo.thidua.vn"));
        for (String recipient : recipients) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
        }
        message.setSubject(subject, "UTF-8");
        if (html == null) {
            message.setText(text, "UTF-8");
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, "UTF-8");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html, "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message);
    }

    private JsonNode list(String query) throws Exception {
        HttpResponse<String> response = http.send(request(query).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("utf-8"));
        return json.readTree(response.body());
    }

    private HttpRequest.Builder request(String query) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + "/api/messages" + query));
    }
}
