package vn.thidua.eventing.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.EventJson;

/** The service's HTTP API as the launcher and the portal call it: JSON in, status, headers and JSON out. */
public final class RestApi {

    private final RestTestClient client;

    public RestApi(int port) {
        client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
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
        EntityExchangeResult<byte[]> result = client.get().uri(path).header("X-Actor", "office").exchange()
                .expectBody().returnResult();
        return new Download(result.getStatus().value(), result.getResponseHeaders(), result.getResponseBody());
    }

    public record Download(int status, HttpHeaders headers, byte[] body) {

        public Download expect(int expected) {
            assertThat(status).as("HTTP status").isEqualTo(expected);
            return this;
        }
    }

    private Reply call(HttpMethod method, String path, String json) {
        RestTestClient.RequestBodySpec request = client.method(method).uri(path).header("X-Actor", "office");
        RestTestClient.RequestHeadersSpec<?> ready = json == null ? request
                : request.contentType(MediaType.APPLICATION_JSON).body(json);
        EntityExchangeResult<byte[]> result = ready.exchange().expectBody().returnResult();
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
