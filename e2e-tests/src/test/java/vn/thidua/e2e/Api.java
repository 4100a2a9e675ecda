package vn.thidua.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP against one service, the way any API client would call it: anonymously, or with
 * a user's access token from the identity provider ({@link #as}).
 */
final class Api {

    /** A response: its status and its JSON body (a missing node when the body is empty). */
    record Response(int status, JsonNode body) {

        boolean isSuccessful() {
            return status / 100 == 2;
        }
    }

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;
    private final String bearerToken;
    private final Map<String, String> headers;

    Api(String baseUrl) {
        this(baseUrl, null, Map.of());
    }

    private Api(String baseUrl, String bearerToken, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.bearerToken = bearerToken;
        this.headers = Map.copyOf(headers);
    }

    /** The access token this client sends, to call another service as the same user. */
    String bearer() {
        return bearerToken;
    }

    /** The same service, called with this access token. */
    Api as(String token) {
        return new Api(baseUrl, token, headers);
    }

    /** The same client, also sending this header on every request (e.g. a W3C {@code traceparent}). */
    Api withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Api(baseUrl, bearerToken, more);
    }

    Response get(String path) {
        return send("GET", path, null);
    }

    Response post(String path, Object body) {
        return send("POST", path, body);
    }

    Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    /** Sends a text body (e.g. {@code text/csv}) as it is. */
    Response sendText(String method, String path, String contentType, String text) {
        return send(method, path, new TextBody(contentType, text));
    }

    /** A body sent as text with its own content type, not as JSON. */
    private record TextBody(String contentType, String text) {
    }

    static String encode(String pathOrQueryValue) {
        return URLEncoder.encode(pathOrQueryValue, StandardCharsets.UTF_8);
    }

    private Response send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else if (body instanceof TextBody text) {
            request.header("Content-Type", text.contentType() + "; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(text.text(), StandardCharsets.UTF_8));
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = response.body().isBlank() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + baseUrl + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + path, e);
        }
    }
}
