package vn.thidua.eventing.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.EventJson;

/**
 * The service's HTTP API as the launcher and the portal call it: JSON in, status, headers and JSON
 * out. Anonymous unless {@link #as} gives it a bearer token (see {@link TestTokens}).
 */
public final class RestApi {

    private final RestTestClient client;
    private final String bearerToken;

    public RestApi(int port) {
        this(RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build(), null);
    }

    private RestApi(RestTestClient client, String bearerToken) {
        this.client = client;
        this.bearerToken = bearerToken;
    }

    /** The same API called with this access token. */
    public RestApi as(String token) {
        return new RestApi(client, token);
    }

    /** The same API called as a demo user ({@link TestTokens#demo}). */
    public RestApi asDemo(String username) {
        return as(TestTokens.demo(username));
    }

    /** The same API called without a token. */
    public RestApi anonymous() {
        return new RestApi(client, null);
    }

    public Reply delete(String path) {
        return call(HttpMethod.DELETE, path, null);
    }

    public Reply patch(String path, String json) {
        return call(HttpMethod.PATCH, path, json);
    }

    /** Any method with a raw body and content type, e.g. a CSV import. */
    public Reply send(HttpMethod method, String path, String contentType, String body) {
        RestTestClient.RequestBodySpec request = authorised(client.method(method).uri(path));
        RestTestClient.RequestHeadersSpec<?> ready = body == null ? request
                : request.contentType(MediaType.parseMediaType(contentType)).body(body);
        return reply(ready.exchange().expectBody().returnResult());
    }

    public Reply get(String path) {
        return call(HttpMethod.GET, path, null);
    }

    public Reply put(String path, String json) {
        return call(HttpMethod.PUT, path, json);
    }

    public Reply post(String path, String json) {
        return call(HttpMethod.POST, path, json);
    }

    public Reply post(String path) {
        return call(HttpMethod.POST, path, null);
    }

    /** A file the API serves (PDF, DOCX): status, headers and the bytes as they came. */
    public Download download(String path) {
        EntityExchangeResult<byte[]> result = authorised(client.get().uri(path)).exchange()
                .expectBody().returnResult();
        return new Download(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
    }

    public record Download(int status, HttpHeaders headers, byte[] body) {

        public Download expect(int expected) {
            assertThat(status).as("HTTP status").isEqualTo(expected);
            return this;
        }
    }

    private <S extends RestTestClient.RequestHeadersSpec<?>> S authorised(S request) {
        if (bearerToken != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
        }
        return request;
    }

    private Reply call(HttpMethod method, String path, String json) {
        RestTestClient.RequestBodySpec request = authorised(client.method(method).uri(path));
        RestTestClient.RequestHeadersSpec<?> ready = json == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).body(json);
        return reply(ready.exchange().expectBody().returnResult());
    }

    private static Reply reply(EntityExchangeResult<byte[]> result) {
        byte[] body = result.getResponseBody();
        return new Reply(result.getStatus().value(), result.getResponseHeaders(),
                body == null || body.length == 0 ? null : EventJson.MAPPER.readTree(body));
    }

    public record Reply(int status, HttpHeaders headers, JsonNode body) {

        public Reply expect(int expected) {
            assertThat(status).as("HTTP status, body %s", body).isEqualTo(expected);
            return this;
        }

        /** Asserts an RFC 9457 problem with this status and code; returns its detail. */
        public String expectProblem(int expected, String code) {
            expect(expected);
            assertThat(headers.getContentType()).isNotNull()
                    .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
            assertThat(text("/status")).as("problem %s", body).isEqualTo(String.valueOf(expected));
            assertThat(text("/code")).as("problem %s", body).isEqualTo(code);
            return text("/detail");
        }

        public String text(String pointer) {
            JsonNode node = body.at(pointer);
            return node.isMissingNode() || node.isNull() ? null : node.asString();
        }
    }
}
