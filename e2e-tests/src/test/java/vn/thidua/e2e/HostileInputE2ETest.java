package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import vn.thidua.e2e.hostile.AfterEffects;
import vn.thidua.e2e.hostile.ApiOperation;
import vn.thidua.e2e.hostile.Fixtures;
import vn.thidua.e2e.hostile.HostileClient;
import vn.thidua.e2e.hostile.HostileRun;
import vn.thidua.e2e.hostile.PrivateResource;
import vn.thidua.e2e.hostile.RawRequests;
import vn.thidua.e2e.hostile.Tally;
import vn.thidua.infra.launcher.Platform;
import vn.thidua.infra.tools.DevTokens;

/**
 * Hostile input against every operation of every service, as their OpenAPI documents list them: malformed,
 * oversized, wrongly typed and injection-laden requests and Unicode edge cases (vn.thidua.e2e.hostile), each sent
 * anonymously, as a user of another unit or department and as the operation's own role. Every answer must be
 * free of server errors and internals, errors must be problem details with a code, nobody may reach another
 * unit's or department's private resources, a refused command must leave nothing behind, and afterwards every
 * service must be healthy with its outbox drained and no new dead letters.
 *
 * <p>A plain Jupiter test drawing from jqwik arbitraries with a fixed seed, not a jqwik {@code @Property}: the
 * platform is the Jupiter extension {@link RunningPlatform}, shared with the other end-to-end classes, which
 * jqwik's engine would not share (it would start a second platform); and shrinking means little against a live
 * platform whose state every request may change. {@code -Dthidua.fuzz.seed=} replays or varies a run,
 * {@code -Dthidua.fuzz.tries=} sets the requests per operation (each sent as three callers).
 */
@ExtendWith(RunningPlatform.class)
class HostileInputE2ETest {

    private static final System.Logger LOG = System.getLogger(HostileInputE2ETest.class.getName());
    static final List<String> SERVICES = List.of("campaign-service", "reporting-service", "award-service", "notification-service");
    private static final long DEFAULT_SEED = 20_261_123L;
    private static final int DEFAULT_TRIES = 3;
    private static final List<String> USERS = List.of("admin", "office", "office2", "unit", "unit2", "unit3", "council1",
            "leader", "viewer");
    /** Outsiders of the department's drafts, and of one unit's own resources. */
    private static final Set<String> OTHER_DEPARTMENT = Set.of(HostileRun.ANONYMOUS, "office2", "unit3");
    private static final Set<String> OTHER_UNITS = Set.of(HostileRun.ANONYMOUS, "office2", "unit2", "unit3");

    @Test
    void noEndpointBreaksLeaksOrWritesPartiallyUnderHostileInput() {
        Platform platform = RunningPlatform.platform();
        Map<String, String> baseUrls = new LinkedHashMap<>();
        SERVICES.forEach(service -> baseUrls.put(service, platform.baseUrl(service)));
        Tally tally = fuzz(baseUrls, URI.create(platform.issuerUri()), Long.getLong("thidua.fuzz.seed", DEFAULT_SEED),
                Integer.getInteger("thidua.fuzz.tries", DEFAULT_TRIES));
        assertThat(tally.failures()).as("hostile-input failures").isEmpty();
    }

    /** The whole run against running services; also what a long run against a developer's platform calls. */
    static Tally fuzz(Map<String, String> baseUrls, URI issuer, long seed, int tries) {
        Tokens tokens = new Tokens(new DevTokens(issuer));
        Map<String, Api> apis = new LinkedHashMap<>();
        baseUrls.forEach((service, url) -> apis.put(service, new Api(url)));
        Fixtures fixtures = new FixtureMaker(apis, tokens).make();
        HostileClient client = new HostileClient("hz-" + seed + "-" + UUID.randomUUID().toString().substring(0, 8) + "-");
        Tally tally = new Tally();
        Map<String, AfterEffects> afterEffects = new LinkedHashMap<>();
        Map<String, Long> deadLettersBefore = new LinkedHashMap<>();
        List<ApiOperation> operations = new ArrayList<>();
        baseUrls.forEach((service, url) -> {
            AfterEffects effects = new AfterEffects(service, url, client, () -> tokens.of("admin"));
            afterEffects.put(service, effects);
            deadLettersBefore.put(service, effects.deadLetters());
            Api.Response document = apis.get(service).get("/v3/api-docs");
            assertThat(document.status()).as("%s /v3/api-docs", service).isEqualTo(200);
            operations.addAll(ApiOperation.fromOpenApi(service, document.body()));
        });
        Instant start = Instant.now();
        HostileRun run = new HostileRun(baseUrls, tokens::of, fixtures, client, tally, seed, tries);
        run.fuzz(operations);
        baseUrls.forEach((service, url) -> RawRequests.tryAll(service, url, tally));
        afterEffects.forEach((service, effects) -> {
            effects.checkAuditTrail(start.minusSeconds(5), run.statusByRequestId(), tally);
            effects.checkSettled(deadLettersBefore.get(service), tally);
        });
        LOG.log(System.Logger.Level.INFO, tally.summary(seed, tries) + "in " + Duration.between(start, Instant.now()).toSeconds() + " s");
        return tally;
    }

    /** Each demo user's access token, signed in once. */
    static final class Tokens {

        private final DevTokens provider;
        private final Map<String, String> byUser = new ConcurrentHashMap<>();

        Tokens(DevTokens provider) {
            this.provider = provider;
        }

        String of(String user) {
            return byUser.computeIfAbsent(user, name -> {
                try {
                    return provider.userToken(name, name + "-demo");
                } catch (DevTokens.TokenException e) {
                    throw new AssertionError("sign-in as " + name + " failed: " + e.getMessage(), e);
                }
            });
        }

        void signInAll() {
            USERS.forEach(this::of);
        }
    }

    /**
     * The seeded department's resources the run aims at, made through the APIs by the users whose job it is: a
     * launched movement with two units, the IT centre's final report on it, and private ones carrying a canary
     * text (a draft movement of the office, a draft nomination of the IT centre).
     */
    static final class FixtureMaker {

        private static final Duration ASYNC_STEP = Duration.ofSeconds(90);

        private final Api campaigns;
        private final Api reporting;
        private final Api awards;
        private final Tokens tokens;
        private String launchedId;
        private String unitId;

        FixtureMaker(Map<String, Api> apis, Tokens tokens) {
            this.campaigns = apis.get("campaign-service");
            this.reporting = apis.get("reporting-service");
            this.awards = apis.get("award-service");
            this.tokens = tokens;
        }

        Fixtures make() {
            tokens.signInAll();
            Api office = campaigns.as(tokens.of("office"));
            String title = "Phong trào thi đua “Chống nhập liệu độc hại” – đợt " + shortId();
            Api.Response created = office.post("/api/campaigns", TestMovements.newMovement(title,
                    List.of(TestMovements.IT_CENTRE, TestMovements.PLANNING_UNIT)));
            assertThat(created.status()).as("create: %s", created.body()).isEqualTo(201);
            launchedId = created.body().path("id").asString();
            Api.Response launched = office.post("/api/campaigns/" + Api.encode(launchedId) + "/launch", null);
            assertThat(launched.status()).as("launch: %s", launched.body()).isEqualTo(200);

            Api officeReporting = reporting.as(tokens.of("office"));
            JsonNode progress = eventually().until(() -> officeReporting.get("/api/campaigns/" + Api.encode(launchedId) + "/progress"),
                    response -> response.status() == 200 && response.body().path("expected").asInt() == 2).body();
            unitId = TestMovements.unitIdOf(progress, TestMovements.IT_CENTRE);

            List<PrivateResource> resources = new ArrayList<>();
            resources.add(draftCampaign());
            resources.add(unitReport());
            resources.add(draftNomination());
            return new Fixtures("SNNMT", List.of(TestMovements.IT_CENTRE, TestMovements.PLANNING_UNIT), unitId, launchedId,
                    resources, this::fresh);
        }

        private PrivateResource fresh(String kind) {
            return switch (kind) {
                case "draft-campaign" -> draftCampaign();
                case "unit-report" -> unitReport();
                case "draft-nomination" -> draftNomination();
                default -> throw new IllegalArgumentException(kind);
            };
        }

        private PrivateResource draftCampaign() {
            String canary = canary();
            Api.Response created = campaigns.as(tokens.of("office")).post("/api/campaigns",
                    TestMovements.newMovement("Phong trào thi đua nháp " + canary, List.of(TestMovements.IT_CENTRE)));
            assertThat(created.status()).as("draft: %s", created.body()).isEqualTo(201);
            String id = created.body().path("id").asString();
            return new PrivateResource("draft-campaign", "campaign-service", id, "/api/campaigns/" + Api.encode(id), canary,
                    OTHER_DEPARTMENT);
        }

        /** The IT centre's final report: its unit id is what other units must not reach. Null once it cannot be resubmitted. */
        private PrivateResource unitReport() {
            String canary = canary();
            String path = "/api/campaigns/" + Api.encode(launchedId) + "/reports/" + Api.encode(unitId) + "/final";
            Api.Response submitted = reporting.as(tokens.of("unit")).post(path, Map.of(
                    "results", List.of(Map.of("contentNumber", 1, "narrative", "Tổ chức 3 buổi ra quân."),
                            Map.of("contentNumber", 2, "narrative", "Giảm 40% rác thải nhựa.")),
                    "summary", "Đơn vị hoàn thành tốt các nội dung " + canary));
            if (submitted.status() != 200) {
                return null;
            }
            return new PrivateResource("unit-report", "reporting-service", unitId, path, canary, OTHER_UNITS,
                    Set.of("reporting-service", "notification-service"));
        }

        /** A draft nomination of an officer of the IT centre, once award-service has heard of the launch. */
        private PrivateResource draftNomination() {
            String canary = canary();
            Map<String, Object> nomination = Map.of("campaignId", launchedId, "unitId", unitId, "nomineeKind", "INDIVIDUAL",
                    "nomineeName", "Trần Thị Bình " + canary.substring(canary.length() - 6), "form", "GIAY_KHEN",
                    "reason", "Hoàn thành xuất sắc nhiệm vụ " + canary, "draft", true);
            Api unitAwards = awards.as(tokens.of("unit"));
            Api.Response created = eventually().until(() -> unitAwards.post("/api/nominations", nomination),
                    response -> response.status() != 409 && response.status() != 422);
            if (created.status() != 201) {
                return null;
            }
            String id = created.body().path("id").asString();
            String path = "/api/nominations/" + Api.encode(id);
            // Its evidence (the unit's reports) is filled in as award-service hears of them: settled before snapshots.
            eventually().until(() -> unitAwards.get(path).body(), body -> !body.path("evidence").isEmpty());
            return new PrivateResource("draft-nomination", "award-service", id, path, canary, OTHER_UNITS);
        }

        private static String canary() {
            return "bí-mật-" + UUID.randomUUID().toString().substring(0, 13);
        }

        private static String shortId() {
            return UUID.randomUUID().toString().substring(0, 8);
        }

        private static ConditionFactory eventually() {
            return await().atMost(ASYNC_STEP).pollInterval(Duration.ofMillis(500)).ignoreExceptions();
        }
    }
}
