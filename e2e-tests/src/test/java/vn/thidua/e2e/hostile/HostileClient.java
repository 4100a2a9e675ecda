package vn.thidua.e2e.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends hostile requests as they are (bytes, content type, extra headers), each with its own {@code X-Request-Id}
 * so the audit trail can be matched to the request that caused an entry, and reads any answer as text.
 */
public final class HostileClient {

    /** One answer. */
    public record Exchange(String requestId, int status, String contentType, String body, Map<String, List<String>> headers) {

        boolean isSuccessful() {
            return status / 100 == 2;
        }
    }

    /** Generous: on a loaded CI machine a slow answer is not a defect, while one that never comes (a hang) is. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String requestIdPrefix;
    private final AtomicLong sequence = new AtomicLong();

    /** @param requestIdPrefix starts every request id this client sends (e.g. {@code hz-<seed>-}) */
    public HostileClient(String requestIdPrefix) {
        this.requestIdPrefix = requestIdPrefix;
    }

    /** Sends the request to {@code baseUrl} with the caller's token (none when null). */
    public Exchange send(String baseUrl, HostileRequest request, String bearerToken) {
        return send(baseUrl, request.operation().method(), request.pathAndQuery(), request.contentType(), request.body(),
                request.headers(), bearerToken);
    }

    public Exchange send(String baseUrl, String method, String pathAndQuery, String contentType, byte[] body,
            Map<String, String> headers, String bearerToken) {
        String requestId = requestIdPrefix + sequence.incrementAndGet();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json;q=0.9, */*;q=0.1")
                .header("X-Request-Id", requestId);
        headers.forEach(builder::header);
        if (bearerToken != null) {
            builder.header("Authorization", "Bearer " + bearerToken);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Exchange(requestId, response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    new String(response.body(), StandardCharsets.UTF_8), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + pathAndQuery + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + pathAndQuery, e);
        }
    }
}
