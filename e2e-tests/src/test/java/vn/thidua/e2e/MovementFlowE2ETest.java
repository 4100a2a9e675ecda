package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import vn.thidua.infra.launcher.DemoData;
import vn.thidua.infra.launcher.DemoSeeder;
import vn.thidua.infra.launcher.Platform;
import vn.thidua.infra.tools.DevTokens;

/**
 * The whole movement flow across the real processes, started the way {@code ./thidua up} starts
 * them ({@link RunningPlatform}, shared with the browser tests), each step
 * done by the demo user whose job it is, signed in at the real identity provider: the office
 * launches → launch e-mails → the unit officer reports → and nominates with the report as
 * evidence → the leader decides → decision e-mail. Every asynchronous step is polled with a
 * deadline.
 */
@ExtendWith(RunningPlatform.class)
class MovementFlowE2ETest {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(90);
    private static final String PLANNING_UNIT = TestMovements.PLANNING_UNIT;
    private static final String IT_CENTRE = TestMovements.IT_CENTRE;

    private static Platform platform;
    private static Api campaigns;
    private static Api reporting;
    private static Api awards;
    private static Mailbox mailbox;
    private static DevTokens tokens;

    @BeforeAll
    static void connect() {
        platform = RunningPlatform.platform();
        campaigns = new Api(platform.baseUrl("campaign-service"));
        reporting = new Api(platform.baseUrl("reporting-service"));
        awards = new Api(platform.baseUrl("award-service"));
        mailbox = new Mailbox(platform.mailApiUrl());
        tokens = new DevTokens(URI.create(platform.issuerUri()));
    }

    /** A demo user's access token, signed in through the provider's sign-in form. */
    private static String signIn(String username) {
        try {
            return tokens.userToken(username, username + "-demo");
        } catch (DevTokens.TokenException e) {
            throw new AssertionError("sign-in as " + username + " failed: " + e.getMessage(), e);
        }
    }

    @Test
    void theSeededDemoMovementIsLaunchedAndEveryUnitWasMailedOnce() {
        DemoSeeder.Outcome seeding = platform.seedOutcome();
        assertThat(seeding.status()).as("seeding: %s", seeding.detail()).isEqualTo(DemoSeeder.Outcome.Status.SEEDED);
        String title = DemoData.campaign().path("title").asString();

        // Published: anyone may read it, without signing in.
        Api.Response movement = campaigns.get("/api/campaigns/" + Api.encode(seeding.campaignId()));
        assertThat(movement.status()).isEqualTo(200);
        assertThat(movement.body().path("status").asString()).isEqualTo("LAUNCHED");
        assertThat(movement.body().path("title").asString()).isEqualTo(title);

        List<String> unitEmails = DemoData.agencies().getFirst().unitEmails();
        assertThat(unitEmails).hasSize(5);
        for (String email : unitEmails) {
            eventually().untilAsserted(() -> assertThat(mailbox.to(email, title)).as("launch e-mail to %s", email).isNotEmpty());
        }
        for (String email : unitEmails) {
            assertThat(mailbox.to(email, title)).as("launch e-mails to %s", email).hasSize(1);
        }
    }

    @Test
    void aMovementRunsFromLaunchToTheDecisionEmail() {
        Api office = campaigns.as(signIn("office"));
        String unitToken = signIn("unit");

        // (1) A new movement with two of the seeded units, created and launched by the office of SNNMT;
        // nobody signed out may create one.
        String title = "Phong trào thi đua “Hành động vì môi trường xanh” – đợt " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> movement = TestMovements.newMovement(title, List.of(PLANNING_UNIT, IT_CENTRE));
        assertThat(campaigns.post("/api/campaigns", movement).status()).as("anonymous create").isEqualTo(401);
        Api.Response created = office.post("/api/campaigns", movement);
        assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
        assertThat(created.body().path("status").asString()).isEqualTo("DRAFT");
        String campaignId = created.body().path("id").asString();
        assertThat(campaigns.get("/api/campaigns/" + Api.encode(campaignId)).status()).as("a draft is not published").isEqualTo(401);

        Api.Response launched = office.post("/api/campaigns/" + Api.encode(campaignId) + "/launch", null);
        assertThat(launched.status()).as("launch: %s", launched.body()).isEqualTo(200);
        assertThat(launched.body().path("status").asString()).isEqualTo("LAUNCHED");

        // The audit trail says who did it, through which client and in which request.
        JsonNode audit = office.get("/api/audit?aggregateId=" + Api.encode(campaignId)).body();
        assertThat(audit.valueStream().map(change -> change.path("entry").path("action").asString()))
                .contains("CREATED", "LAUNCHED");
        assertThat(audit).allSatisfy(change -> {
            assertThat(change.path("entry").path("actor").asString()).isEqualTo("office");
            assertThat(change.path("entry").path("client").asString()).isEqualTo(DevTokens.CLI_CLIENT_ID);
            assertThat(change.path("entry").path("requestId").asString()).isNotBlank();
        });

        // (2) Each participant's contact gets exactly one launch e-mail; the others get none.
        Map<String, String> emails = unitEmailsByCode();
        for (String unit : List.of(PLANNING_UNIT, IT_CENTRE)) {
            eventually().untilAsserted(() -> assertThat(mailbox.to(emails.get(unit), title)).isNotEmpty());
        }
        for (String unit : List.of(PLANNING_UNIT, IT_CENTRE)) {
            assertThat(mailbox.to(emails.get(unit), title)).as("launch e-mails to %s", unit).hasSize(1);
        }
        assertThat(mailbox.to(emails.get("SNNMT-TTQT"), title)).as("a unit not taking part").isEmpty();

        // The e-mail's link opens the movement's public page on the portal.
        String letter = mailbox.to(emails.get(IT_CENTRE), title).getFirst().text();
        Matcher link = Pattern.compile("http://\\S+/phong-trao/\\S+").matcher(letter);
        assertThat(link.find()).as("portal link in %s", letter).isTrue();
        HttpResponse<String> page = fetch(link.group());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(title).contains("Thi đua tổ chức các hoạt động làm sạch môi trường");

        // (3) Reporting expects both units; the IT centre's officer submits its final report, which an officer of
        // another unit may not read.
        String progressPath = "/api/campaigns/" + Api.encode(campaignId) + "/progress";
        Api officeReporting = reporting.as(office.bearer());
        JsonNode progress = eventually().until(() -> officeReporting.get(progressPath),
                response -> response.status() == 200 && response.body().path("expected").asInt() == 2).body();
        assertThat(progress.path("submitted").asInt()).isZero();
        String unitId = TestMovements.unitIdOf(progress, IT_CENTRE);

        String reportPath = "/api/campaigns/" + Api.encode(campaignId) + "/reports/" + Api.encode(unitId) + "/final";
        Api.Response submitted = reporting.as(unitToken).post(reportPath,
                Map.of("results", List.of(
                                Map.of("contentNumber", 1, "narrative", "Tổ chức 3 buổi ra quân làm sạch môi trường, 120 lượt công chức tham gia."),
                                Map.of("contentNumber", 2, "narrative", "Giảm 40% rác thải nhựa dùng một lần tại cơ quan.")),
                        "summary", "Đơn vị hoàn thành tốt các nội dung phong trào."));
        assertThat(submitted.status()).as("submit: %s", submitted.body()).isEqualTo(200);
        assertThat(submitted.body().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(reporting.as(signIn("unit2")).get(reportPath).status()).as("another unit's report").isEqualTo(403);
        eventually().until(() -> officeReporting.get(progressPath).body().path("submitted").asInt(), submittedCount -> submittedCount == 1);

        // (4) The unit officer nominates the unit (once award-service has seen the launch), its report becomes
        // evidence, and the director decides.
        Api unitAwards = awards.as(unitToken);
        Map<String, Object> nomination = Map.of(
                "campaignId", campaignId,
                "unitId", unitId,
                "nomineeKind", "COLLECTIVE",
                "form", "GIAY_KHEN",
                "reason", "Có thành tích xuất sắc trong phong trào thi đua “Hành động vì môi trường xanh”.");
        Api.Response nominated = eventually().until(() -> unitAwards.post("/api/nominations", nomination),
                response -> response.status() != 409 && response.status() != 422);
        assertThat(nominated.status()).as("nominate: %s", nominated.body()).isEqualTo(201);
        assertThat(nominated.body().path("status").asString()).isEqualTo("SUBMITTED");
        String nominationId = nominated.body().path("id").asString();
        String nominationPath = "/api/nominations/" + Api.encode(nominationId);

        JsonNode withEvidence = eventually().until(() -> unitAwards.get(nominationPath).body(),
                body -> !body.path("evidence").isEmpty());
        Optional<String> reportId = Optional.of(submitted.body().path("id").asString("")).filter(id -> !id.isBlank());
        reportId.ifPresent(id -> assertThat(withEvidence.path("evidence").valueStream().map(e -> e.path("reportId").asString()))
                .as("evidence").contains(id));

        Map<String, Object> decision = Map.of("signerName", "Nguyễn Văn Lộc", "signerTitle", "GIÁM ĐỐC");
        assertThat(unitAwards.post(nominationPath + "/decide", decision).status()).as("a unit cannot decide").isEqualTo(403);
        Api.Response decided = awards.as(signIn("leader")).post(nominationPath + "/decide", decision);
        assertThat(decided.status()).as("decide: %s", decided.body()).isEqualTo(200);
        assertThat(decided.body().path("status").asString()).isEqualTo("DECIDED");
        String decisionNumber = decided.body().path("decisionNumber").asString();
        assertThat(decisionNumber).isNotBlank();

        // (5) The unit is e-mailed the decision, once; nothing was sent twice.
        String unitEmail = emails.get(IT_CENTRE);
        eventually().untilAsserted(() -> assertThat(mailbox.to(unitEmail, decisionNumber)).isNotEmpty());
        assertThat(mailbox.to(unitEmail, decisionNumber)).as("decision e-mails").hasSize(1);
        assertNoDuplicateEmails();
    }

    private static Map<String, String> unitEmailsByCode() {
        return DemoData.agencies().getFirst().body().path("units").valueStream()
                .collect(Collectors.toMap(unit -> unit.path("code").asString(), unit -> unit.path("email").asString()));
    }

    /** Every (recipient, subject) pair appears once: no event was turned into two e-mails. */
    private static void assertNoDuplicateEmails() {
        Map<String, Long> copies = mailbox.all().stream()
                .flatMap(mail -> mail.to().stream().map(recipient -> recipient + " | " + mail.subject()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies).allSatisfy((recipientAndSubject, count) ->
                assertThat(count).as(recipientAndSubject).isEqualTo(1L));
    }

    private static HttpResponse<String> fetch(String url) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ConditionFactory eventually() {
        return await().atMost(STEP_TIMEOUT).pollInterval(Duration.ofMillis(500)).ignoreExceptions();
    }
}
