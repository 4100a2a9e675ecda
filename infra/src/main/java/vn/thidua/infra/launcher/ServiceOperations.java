package vn.thidua.infra.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's operations figures for {@code ./thidua status}, read from its admin API
 * ({@code /api/admin/outbox}, {@code /api/admin/dead-letters?state=pending}, {@code /api/admin/consumers})
 * with an ADMIN token, as docs/operations.md describes them.
 */
final class ServiceOperations {

    /** What the status line shows: the outbox backlog, the undecided dead letters and the consumer lag. */
    record Figures(long outboxPending, long oldestAgeSeconds, long deadLettersPending, long consumerLag) {
    }

    /** A call that did not answer as expected; the message is short enough for one status line. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String token;

    ServiceOperations(HttpClient http, String token) {
        this.http = http;
        this.token = token;
    }

    Figures read(int port) throws Unavailable {
        String base = "http://localhost:" + port + "/api/admin";
        JsonNode outbox = get(base + "/outbox");
        long pending = 0;
        double oldest = 0;
        for (JsonNode collection : outbox.path("collections")) {
            pending += collection.path("pending").asLong();
            oldest = Math.max(oldest, collection.path("oldest").path("ageSeconds").asDouble());
        }
        long deadLetters = 0;
        for (JsonNode topic : get(base + "/dead-letters?state=pending&size=1")) {
            deadLetters += topic.path("pending").asLong();
        }
        long lag = 0;
        for (JsonNode group : get(base + "/consumers")) {
            for (JsonNode topic : group.path("topics")) {
                lag += topic.path("lag").asLong();
            }
        }
        return new Figures(pending, Math.round(oldest), deadLetters, lag);
    }

    private JsonNode get(String url) throws Unavailable {
        URI uri = URI.create(url);
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new Unavailable(uri.getPath() + " → HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new Unavailable(uri.getPath() + " → " + e.getClass().getSimpleName());
        } catch (JacksonException e) {
            throw new Unavailable(uri.getPath() + " → không phải JSON / not JSON");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable(uri.getPath() + " → bị ngắt / interrupted");
        }
    }
}
