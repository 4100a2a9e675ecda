package vn.thidua.portal.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway relays reporting-service's Server-Sent Events as they come: each event reaches the
 * browser while the stream is still open (no buffering until the end), as {@code text/event-stream}.
 * The stand-in reporting-service sends one event, then holds the stream open until the test has
 * read that event through the portal, then sends a second one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayStreamingTest {

    private static final CountDownLatch FIRST_EVENT_READ = new CountDownLatch(1);
    private static final AtomicReference<String> FORWARDED_AUTHORIZATION = new AtomicReference<>();
    private static final AtomicReference<String> FORWARDED_COOKIE = new AtomicReference<>();
    private static final HttpServer REPORTING = startReportingStandIn();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void reportingService(DynamicPropertyRegistry registry) {
        registry.add("thidua.services.reporting-url", () -> "http://localhost:" + REPORTING.getAddress().getPort());
    }

    @AfterAll
    static void stopStandIn() {
        REPORTING.stop(0);
    }

    @Test
    void eventsReachTheBrowserWhileTheStreamIsStillOpen() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/reporting/dashboard/stream"))
                .header("Accept", "text/event-stream")
                .header("Cookie", "THIDUA_PORTAL_SESSION=abc")
                .timeout(Duration.ofSeconds(20))
                .build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            // The first event arrives while the stand-in still holds the stream open (it waits for this latch).
            List<String> first = readEvent(lines);
            assertThat(first).containsExactly("event:ready", "data:{}");
            assertThat(FIRST_EVENT_READ.getCount()).as("read before the upstream went on").isEqualTo(1);
            FIRST_EVENT_READ.countDown();

            List<String> second = readEvent(lines);
            assertThat(second).containsExactly("event:change", "data:{\"views\":[\"participation\"]}");
        }
        // A visitor's call goes anonymously, and the portal's cookies never reach the service.
        assertThat(FORWARDED_AUTHORIZATION.get()).isNull();
        assertThat(FORWARDED_COOKIE.get()).isNull();
    }

    private static List<String> readEvent(BufferedReader lines) throws IOException {
        List<String> event = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isEmpty()) {
                if (!event.isEmpty()) {
                    return event;
                }
            } else {
                event.add(line);
            }
        }
        return event;
    }

    private static HttpServer startReportingStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(Executors.newCachedThreadPool());
            server.createContext("/api/dashboard/stream", exchange -> {
                FORWARDED_AUTHORIZATION.set(exchange.getRequestHeaders().getFirst("Authorization"));
                FORWARDED_COOKIE.set(exchange.getRequestHeaders().getFirst("Cookie"));
                exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write("event:ready\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                    if (FIRST_EVENT_READ.await(15, TimeUnit.SECONDS)) {
                        body.write("event:change\ndata:{\"views\":[\"participation\"]}\n\n".getBytes(StandardCharsets.UTF_8));
                        body.flush();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("stand-in reporting-service did not start", e);
        }
    }
}
