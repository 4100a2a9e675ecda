package vn.thidua.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.sms.http.HttpSmsProvider;
import vn.thidua.notification.sms.text.SmsText;

/** The HTTP provider adapter against a local HTTP server standing in for a Brandname provider's API. */
class HttpSmsProviderTest {

    record Received(String body, String idempotencyKey, String authorization) {
    }

    HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/sms", exchange -> {
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst(HttpSmsProvider.IDEMPOTENCY_KEY),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] answer = (status.get() == 200 ? "{\"messageId\":\"prov-42\"}" : "{\"error\":\"no\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void postsTheSmsAsJsonWithItsClientRequestIdAsIdempotencyKey() throws Exception {
        List<String> ids = provider().submit(sms());
        assertThat(ids).containsExactly("prov-42");
        Received request = received.getFirst();
        assertThat(request.idempotencyKey()).isEqualTo("ntf-1");
        assertThat(request.authorization()).isEqualTo("Bearer key-from-env");
        JsonNode body = JsonMapper.builder().build().readTree(request.body());
        assertThat(body.path("clientRequestId").asString()).isEqualTo("ntf-1");
        assertThat(body.path("to").asString()).isEqualTo("84912345678");
        assertThat(body.path("brandName").asString()).isEqualTo("THIDUA");
        assertThat(body.path("templateId").asString()).isEqualTo("TD_NHAC_HAN");
        assertThat(body.path("text").asString()).isEqualTo("Nhac han gui bao cao: con 3 ngay");
        assertThat(body.path("unicode").asBoolean()).isFalse();
        assertThat(body.path("segments").asInt()).isOne();
    }

    @Test
    void aServerErrorIsWorthRetryingAndARefusalIsNot() {
        status.set(503);
        assertThatThrownBy(() -> provider().submit(sms())).isInstanceOfSatisfying(SmsException.class,
                e -> assertThat(e.permanent()).isFalse());
        status.set(400);
        assertThatThrownBy(() -> provider().submit(sms())).isInstanceOfSatisfying(SmsException.class,
                e -> assertThat(e.permanent()).isTrue());
        server.stop(0);
        assertThatThrownBy(() -> provider().submit(sms())).isInstanceOfSatisfying(SmsException.class,
                e -> assertThat(e.permanent()).isFalse());
    }

    private HttpSmsProvider provider() {
        SmsProperties.Http http = new SmsProperties.Http("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/sms",
                "key-from-env", Duration.ofSeconds(2), Map.of("REPORT_DUE", "TD_NHAC_HAN"), "secret");
        assertThat(http.toString()).doesNotContain("key-from-env").doesNotContain("secret");
        return new HttpSmsProvider(new SmsProperties(SmsProperties.Provider.HTTP, "THIDUA", Set.of(NoticeKind.REPORT_DUE),
                java.math.BigDecimal.TEN, "VND", Duration.ofMinutes(30), new SmsProperties.Hours(null, null),
                Duration.ofSeconds(15), null, http, null));
    }

    private static OutgoingSms sms() {
        return new OutgoingSms("ntf-1", "84912345678", NoticeKind.REPORT_DUE,
                SmsText.of("Nhắc hạn gửi báo cáo: còn 3 ngày", false));
    }
}
