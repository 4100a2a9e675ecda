package vn.thidua.eventing.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.thidua.contracts.Topics;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.test.EmbeddedMongo;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;

/**
 * What every service gets from eventing's security configuration, on a real HTTP port with real
 * signed tokens: which tokens are refused (401) and which rights are missing (403), both as
 * problem details; the request id; the defensive headers; closed CORS; the body size limit; and
 * the acting user carried on the events a request raises.
 */
@SpringBootTest(classes = ProbeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.application.name=probe-service",
        "spring.mongodb.database=thidua_probe_security",
        "thidua.outbox.collections=probes",
        "spring.cloud.function.definition=notificationEvents",
        "spring.cloud.stream.bindings.notificationEvents-in-0.destination=" + Topics.NOTIFICATION,
        "spring.cloud.stream.bindings.notificationEvents-in-0.group=probe-security",
        "thidua.security.max-request-bytes=2048" })
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.cloud.stream.kafka.binder.brokers")
@Import(EmbeddedMongo.class)
class ResourceServerTest {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    RestApi api() {
        return new RestApi(port);
    }

    @Test
    void publishedReadsNeedNoToken() {
        RestApi.Reply reply = api().get("/api/probes/published").expect(200);
        assertThat(reply.text("/actor")).isEqualTo("anonymous");
    }

    @Test
    void aRequestWithoutATokenIs401WithABearerChallenge() {
        RestApi.Reply reply = api().get("/api/probes/office");
        assertThat(reply.expectProblem(401, "unauthorized")).contains("Cần đăng nhập");
        assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void expiredWrongIssuerWrongAudienceAndTamperedTokensAre401() {
        List<String> refused = List.of(
                TestTokens.user("office").expiresAt(Instant.now().minus(Duration.ofMinutes(5))).token(),
                TestTokens.user("office").issuer("https://someone-else.example").token(),
                TestTokens.user("office").audience("another-api").token(),
                TestTokens.user("unit").tampered().token(),
                "not-a-jwt");
        for (String token : refused) {
            RestApi.Reply reply = api().as(token).get("/api/probes/office");
            assertThat(reply.expectProblem(401, "unauthorized")).as(token).contains("không hợp lệ");
            assertThat(reply.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
            assertThat(reply.body().toString()).doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    @Test
    void aValidTokenWithoutTheRoleIs403AndWithItTheActorComesFromTheClaims() {
        assertThat(api().asDemo("unit").get("/api/probes/office").expectProblem(403, "forbidden")).contains("không có quyền");

        RestApi.Reply office = api().asDemo("office").get("/api/probes/office").expect(200);
        assertThat(office.text("/subject")).isEqualTo("office");
        assertThat(office.text("/agency")).isEqualTo("SNNMT");
        assertThat(office.text("/unit")).isEqualTo("SNNMT-VP");
        assertThat(office.body().at("/roles").toString()).isEqualTo("[\"OFFICE\"]");
        assertThat(office.text("/client")).isEqualTo("thidua-portal");
    }

    @Test
    void aRowRefusedInTheCodeIs403ForASignedInUserAnd401ForAnonymous() {
        assertThat(api().asDemo("unit2").get("/api/probes/units/SNNMT-TTCNTT").expectProblem(403, "forbidden"))
                .contains("SNNMT-TTCNTT");
        RestApi.Reply anonymous = api().get("/api/probes/units/SNNMT-TTCNTT");
        anonymous.expectProblem(401, "unauthorized");
        assertThat(anonymous.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        assertThat(api().asDemo("unit").get("/api/probes/units/SNNMT-TTCNTT").expect(200).text("/unit")).isEqualTo("SNNMT-TTCNTT");
    }

    @Test
    void theAuditLogShowsOfficeOnlyItsOwnDepartmentEvenWhenAskedForAnotherOne() {
        Instant at = Instant.parse("2026-03-01T08:00:00Z");
        for (String agency : List.of("SNNMT", "SNV")) {
            mongo.remove(new Query(Criteria.where("_id").is(agency)), "probe_agencies");
            mongo.insert(new Document("_id", agency).append("auditTrail", List.of(
                    new Document("actor", "admin").append("at", java.util.Date.from(at)).append("action", "UPDATED")
                            .append("detail", "Cập nhật " + agency))), "probe_agencies");
        }

        RestApi.Reply own = api().asDemo("office").get("/api/audit?aggregateType=agency").expect(200);
        assertThat(own.body().valueStream().map(change -> change.path("aggregateId").asString())).containsExactly("SNNMT");
        assertThat(api().asDemo("office").get("/api/audit?aggregateId=SNV").expect(200).body().isEmpty()).isTrue();
        assertThat(api().asDemo("admin").get("/api/audit?aggregateId=SNV").expect(200).body().valueStream()
                .map(change -> change.path("entry").path("detail").asString())).containsExactly("Cập nhật SNV");
        api().asDemo("unit").get("/api/audit").expectProblem(403, "forbidden");
        api().get("/api/audit").expectProblem(401, "unauthorized");
    }

    @Test
    void unknownPathsAreDeniedNotOpen() {
        api().get("/api/probes/nothing-here").expectProblem(401, "unauthorized");
        api().asDemo("admin").get("/api/probes/nothing-here").expectProblem(403, "forbidden");
    }

    @Test
    void everyAnswerCarriesARequestIdAndDefensiveHeaders() {
        RestApi.Reply reply = api().get("/api/probes/published").expect(200);
        assertThat(reply.headers().getFirst("X-Request-Id")).isNotBlank();
        assertThat(reply.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.headers().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(reply.headers().getFirst("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(reply.headers().getFirst(HttpHeaders.CACHE_CONTROL)).contains("no-store");
    }

    @Test
    void corsIsClosedByDefault() {
        RestTestClient client = RestTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
        HttpHeaders preflight = client.method(HttpMethod.OPTIONS).uri("/api/probes/published")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange().returnResult().getResponseHeaders();
        assertThat(preflight.getAccessControlAllowOrigin()).isNull();
        assertThat(preflight.getAccessControlAllowMethods()).isEmpty();
        HttpHeaders headers = client.get().uri("/api/probes/published").header(HttpHeaders.ORIGIN, "https://evil.example")
                .exchange().returnResult().getResponseHeaders();
        assertThat(headers.getAccessControlAllowOrigin()).isNull();
    }

    /**
     * Hostile requests refused before any handler (by Tomcat, by the security firewall), a parameter name the binder
     * cannot map, a value it cannot convert, and a bug no handler takes: every answer is problem details with a code
     * and shows nothing of the inside (found by the end-to-end hostile-input test).
     */
    @Test
    void errorsOutsideTheHandlersAreProblemDetailsThatShowNothingOfTheInside() throws Exception {
        assertProblem(rawGet("/api/probes/units/a%00b"), 400, "invalid-request");
        assertProblem(rawGet("/api/probes/units/a%2Fb"), 400, "invalid-request");
        assertProblem(rawGet("/api/probes/units/%2500"), 400, "invalid-request");
        assertProblem(rawGet("/api/probes/filtered?agency%5B%24exists%5D=true"), 400, "invalid-request");
        HttpResponse<String> unconvertible = rawGet("/api/probes/filtered?year=abc&from=2026-13-45");
        assertProblem(unconvertible, 400, "invalid-request");
        assertThat(unconvertible.body()).contains("year", "from", "giá trị không đúng định dạng");
        assertProblem(rawGet("/api/probes/failing"), 500, "internal-error");
        assertProblem(rawGet("/error"), 404, "not-found");
        assertThat(rawGet("/v3/api-docs").body()).as("the error page is not an operation of the API").doesNotContain("\"/error\"");
    }

    private HttpResponse<String> rawGet(String pathAndQuery) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as("%s", response.uri())
                .startsWith("application/problem+json");
        assertThat(response.body()).as("%s", response.uri()).contains("\"code\":\"" + code + "\"")
                .doesNotContain("java.", "vn.thidua", "org.springframework", "Exception", "<html", "timestamp");
    }

    @Test
    void aTooLargeBodyIs413AndChangesNothing() {
        String id = "probe-" + UUID.randomUUID();
        String big = "{\"text\":\"" + "x".repeat(4096) + "\"}";
        api().asDemo("office").post("/api/probes/" + id, big).expectProblem(413, "payload-too-large");
    }

    @Test
    void theActingUserAndTheRequestTravelWithTheAuditAndTheEvent() {
        String id = "probe-" + UUID.randomUUID();
        RestApi.Reply who = api().asDemo("unit2").post("/api/probes/" + id, "{}").expect(200);
        assertThat(who.text("/subject")).isEqualTo("unit2");
        assertThat(who.text("/roles")).isEqualTo("UNIT");
        assertThat(who.text("/unit")).isEqualTo("SNNMT-CCQLDD");
        assertThat(who.text("/client")).isEqualTo("thidua-portal");
        assertThat(who.text("/requestId")).isEqualTo(who.headers().getFirst("X-Request-Id"));
        assertThat(who.text("/address")).isNotBlank();

        List<ConsumerRecord<String, String>> records = new KafkaTopics(brokers)
                .awaitKey(Topics.NOTIFICATION, "thidua.NotificationSent.v1", id, 1, Duration.ofSeconds(20));
        assertThat(KafkaTopics.header(records.getFirst(), CloudEventHeaders.ACTOR)).isEqualTo("unit2");
        assertThat(KafkaTopics.header(records.getFirst(), CloudEventHeaders.ACTOR_UNIT)).isEqualTo("SNNMT-CCQLDD");
        assertThat(records.getFirst().headers().toString()).doesNotContain("eyJ");
    }
}
