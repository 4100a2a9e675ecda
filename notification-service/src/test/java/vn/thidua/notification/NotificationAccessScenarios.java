package vn.thidua.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.reporting.ReportSubmitted.ReportPeriod;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.notification.delivery.Delivery;
import vn.thidua.notification.delivery.DeliveryStatus;
import vn.thidua.notification.inbox.Audience;
import vn.thidua.notification.inbox.InboxMessage;
import vn.thidua.notification.lateunit.LateUnit;
import vn.thidua.notification.recipient.Recipient;

/**
 * Who may call what, on the real HTTP port with real signed tokens: every endpoint × every kind of
 * user → the exact status, lists holding nothing of another unit or department, the audit of the
 * one command, and the resource server refusing a bad token. Run by {@link NotificationScenarios}'
 * subclasses, in their shared context.
 *
 * <p>The demo users' units are seeded from the directory: SNNMT-TTCNTT ({@code unit}) and
 * SNNMT-CCQLDD ({@code unit2}) of SNNMT, SNV-TDKT ({@code unit3}) of SNV; a movement of each
 * department addresses its units, and one unit of each is late with its report.
 */
interface NotificationAccessScenarios {

    List<String> USERS = List.of("anonymous", "admin", "office", "office2", "unit", "unit2", "unit3", "council1",
            "leader", "viewer", "client");

    String UNIT = "SNNMT-TTCNTT";
    String UNIT2 = "SNNMT-CCQLDD";
    String UNIT3 = "SNV-TDKT";

    RestApi api();

    KafkaTopics kafka();

    MongoTemplate mongo();

    /** What the matrix reads: two movements of two departments, their letters, deliveries and late units. */
    record Seed(String movementOfSnnmt, String movementOfSnv, String letterToUnit, String letterToUnit3) {
    }

    @Test
    default void everyEndpointAnswersEachKindOfUserWithTheExactStatus() {
        Seed seed = seed();
        String keepChoices = "{\"language\":\"vi\",\"unsubscribed\":false}";
        // endpoint                     anonymous admin office office2 unit unit2 unit3 council1 leader viewer client
        Map<String, int[]> matrix = new LinkedHashMap<>();
        matrix.put("GET /api/recipients", row(401, 200, 200, 200, 200, 200, 200, 403, 200, 403, 403));
        matrix.put("GET /api/recipients/" + UNIT, row(401, 200, 200, 403, 200, 403, 403, 403, 200, 403, 403));
        matrix.put("GET /api/recipients/" + UNIT3, row(401, 200, 403, 200, 403, 403, 200, 403, 403, 403, 403));
        matrix.put("PUT /api/recipients/" + UNIT2 + "/preferences",
                row(401, 200, 200, 403, 403, 200, 403, 403, 403, 403, 403));
        matrix.put("GET /api/deliveries", row(401, 200, 200, 200, 200, 200, 200, 403, 403, 403, 403));
        matrix.put("GET /api/deliveries/" + seed.letterToUnit(),
                row(401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403));
        matrix.put("GET /api/deliveries/" + seed.letterToUnit3(),
                row(401, 200, 403, 200, 403, 403, 200, 403, 403, 403, 403));
        matrix.put("GET /api/campaigns/" + seed.movementOfSnnmt() + "/late-units",
                row(401, 200, 200, 403, 403, 403, 403, 403, 200, 403, 403));
        matrix.put("GET /api/campaigns/" + seed.movementOfSnv() + "/late-units",
                row(401, 200, 403, 200, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("GET /api/campaigns/cmp-never-launched/late-units",
                row(401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403));
        // Chasing late units: the issuing department's office and leaders, and ADMIN (a repeat the same day reminds
        // nobody again, and still answers 200).
        matrix.put("POST /api/campaigns/" + seed.movementOfSnnmt() + "/late-units/reminders",
                row(401, 200, 200, 403, 403, 403, 403, 403, 200, 403, 403));
        matrix.put("POST /api/campaigns/" + seed.movementOfSnv() + "/late-units/reminders",
                row(401, 200, 403, 200, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("GET /api/audit", row(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        // The inbox is personal: every user has one, a service client none; a message by id only to its unit
        // (admin's unit is SNNMT-TTCNTT, the same as unit's).
        String toUnit = inboxMessageOf(seed.letterToUnit(), UNIT);
        String toUnit3 = inboxMessageOf(seed.letterToUnit3(), UNIT3);
        matrix.put("GET /api/inbox", row(401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403));
        matrix.put("GET /api/inbox/unread-count", row(401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403));
        matrix.put("POST /api/inbox/" + toUnit + "/read", row(401, 200, 403, 403, 200, 403, 403, 403, 403, 403, 403));
        matrix.put("POST /api/inbox/" + toUnit3 + "/read", row(401, 403, 403, 403, 403, 403, 200, 403, 403, 403, 403));
        matrix.put("POST /api/inbox/no-such-message/read", row(401, 404, 404, 404, 404, 404, 404, 404, 404, 404, 403));
        matrix.put("POST /api/inbox/read-all", row(401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 403));
        // Templates are the offices' (any department's: one set for the platform) and ADMIN's; a save without
        // its parts is refused with 422 after authorisation, so the row changes nothing.
        matrix.put("GET /api/templates", row(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("GET /api/templates/REPORT_DUE/EMAIL/vi", row(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("GET /api/templates/REPORT_DUE/EMAIL/vi/versions/1",
                row(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("GET /api/templates/REPORT_DUE/sample-variables",
                row(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("PUT /api/templates/REPORT_DUE/EMAIL/vi", row(401, 422, 422, 422, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("POST /api/templates/REPORT_DUE/EMAIL/vi/preview",
                row(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        matrix.put("POST /api/templates/REPORT_DUE/EMAIL/vi/versions/1/restore",
                row(401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403));
        // The news feed is public.
        matrix.put("GET /api/news", row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        matrix.put("GET /api/news/phat-dong-" + seed.movementOfSnnmt(),
                row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200));
        matrix.put("GET /api/news/feed.atom", row(200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200));

        SoftAssertions softly = new SoftAssertions();
        matrix.forEach((endpoint, expected) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            for (int i = 0; i < USERS.size(); i++) {
                RestApi caller = as(USERS.get(i));
                if (path.endsWith(".atom")) {
                    softly.assertThat(caller.download(path).status()).as("%s as %s", endpoint, USERS.get(i))
                            .isEqualTo(expected[i]);
                    continue;
                }
                RestApi.Reply reply = switch (method) {
                    case "PUT" -> caller.put(path, keepChoices);
                    case "POST" -> caller.post(path);
                    default -> caller.get(path);
                };
                softly.assertThat(reply.status()).as("%s as %s", endpoint, USERS.get(i)).isEqualTo(expected[i]);
                if (reply.status() == 404) {
                    softly.assertThat(reply.text("/code")).isEqualTo("inbox-message-not-found");
                } else if (reply.status() == 422) {
                    softly.assertThat(reply.text("/code")).isEqualTo("template-part-missing");
                } else if (reply.status() >= 400) {
                    softly.assertThat(reply.text("/code")).as("problem code of %s as %s", endpoint, USERS.get(i))
                            .isEqualTo(reply.status() == 401 ? "unauthorized" : "forbidden");
                }
            }
        });
        softly.assertAll();
    }

    @Test
    default void listsHoldOnlyTheRowsOfTheCallersDepartmentOrUnit() {
        Seed seed = seed();

        assertThat(units(as("admin").get("/api/recipients").expect(200).body())).contains(UNIT, UNIT2, UNIT3);
        for (String user : List.of("office", "leader")) {
            JsonNode rows = as(user).get("/api/recipients").expect(200).body();
            assertThat(units(rows)).as(user).contains(UNIT, UNIT2).doesNotContain(UNIT3);
            assertThat(rows).as(user).allSatisfy(row -> assertThat(row.path("agencyCode").asString()).isEqualTo("SNNMT"));
        }
        JsonNode ofSnv = as("office2").get("/api/recipients").expect(200).body();
        assertThat(units(ofSnv)).contains(UNIT3).doesNotContain(UNIT, UNIT2);
        assertThat(ofSnv).allSatisfy(row -> assertThat(row.path("agencyCode").asString()).isEqualTo("SNV"));
        assertThat(units(as("unit").get("/api/recipients").body())).containsExactly(UNIT);
        assertThat(units(as("unit2").get("/api/recipients").body())).containsExactly(UNIT2);
        assertThat(units(as("unit3").get("/api/recipients").body())).containsExactly(UNIT3);

        JsonNode all = as("admin").get("/api/deliveries").expect(200).body();
        assertThat(ids(all)).contains(seed.letterToUnit(), seed.letterToUnit3());
        JsonNode office = as("office").get("/api/deliveries").expect(200).body();
        assertThat(ids(office)).contains(seed.letterToUnit()).doesNotContain(seed.letterToUnit3());
        assertThat(office).allSatisfy(row -> assertThat(row.path("agencyCode").asString()).isEqualTo("SNNMT"));
        assertThat(office).noneSatisfy(row -> assertThat(row.path("campaignId").asString())
                .isEqualTo(seed.movementOfSnv()));
        JsonNode office2 = as("office2").get("/api/deliveries").expect(200).body();
        assertThat(ids(office2)).contains(seed.letterToUnit3()).doesNotContain(seed.letterToUnit());
        assertThat(office2).allSatisfy(row -> assertThat(row.path("agencyCode").asString()).isEqualTo("SNV"));
        // A filter naming another department's event finds nothing rather than its rows.
        String snvLaunch = seed.letterToUnit3().substring(0, seed.letterToUnit3().indexOf(':'));
        assertThat(as("office").get("/api/deliveries?sourceEventId=" + snvLaunch).expect(200).body()).isEmpty();
        for (Map.Entry<String, String> unit : Map.of("unit", UNIT, "unit2", UNIT2, "unit3", UNIT3).entrySet()) {
            JsonNode rows = as(unit.getKey()).get("/api/deliveries").expect(200).body();
            // Its launch letter and its overdue notice (unit, unit3) or its letter (unit2), nothing of others.
            assertThat(rows).as(unit.getKey()).isNotEmpty()
                    .allSatisfy(row -> assertThat(row.path("unitId").asString()).isEqualTo(unit.getValue()));
        }
        assertThat(ids(as("unit").get("/api/deliveries").body())).contains(seed.letterToUnit());
        assertThat(ids(as("unit3").get("/api/deliveries").body())).contains(seed.letterToUnit3());

        JsonNode late = as("leader").get("/api/campaigns/" + seed.movementOfSnnmt() + "/late-units").expect(200).body();
        assertThat(late).singleElement().satisfies(row -> assertThat(row.path("unitId").asString()).isEqualTo(UNIT));
    }

    @Test
    default void changingPreferencesLeavesOneAuditEntryThatTheOfficeOfTheDepartmentReads() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String unitId = "SNNMT-AUD" + suffix;
        kafka().publish(new UnitRegistered(unitId, "SNNMT", "Sở Nông nghiệp và Môi trường", "Phòng Kiểm toán " + suffix,
                "Lê Văn Đức", "aud-" + suffix + "@quangngai.demo.thidua.vn", "0255 3822 002",
                LocalDate.parse("2025-07-01"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo().findById(unitId, Recipient.class) != null);
        String path = "/api/recipients/" + unitId + "/preferences";

        RestApi.Reply byOfficer = api().as(TestTokens.person("duc.le", "UNIT", "SNNMT", unitId).token())
                .put(path, "{\"language\":\"en\",\"unsubscribed\":true}").expect(200);
        List<AuditEntry> trail = mongo().findById(unitId, Recipient.class).auditTrail();
        assertThat(trail).hasSize(2).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("PREFERENCES_CHANGED");
            assertThat(entry.actor()).isEqualTo("duc.le");
            assertThat(entry.roles()).isEqualTo("UNIT");
            assertThat(entry.unit()).isEqualTo(unitId);
            assertThat(entry.client()).isEqualTo("thidua-portal");
            assertThat(entry.requestId()).isNotBlank().isEqualTo(byOfficer.headers().getFirst("X-Request-Id"));
            assertThat(entry.before()).isEqualTo("vi; nhận mọi thông báo");
            assertThat(entry.after()).isEqualTo("en; hủy nhận thông báo không bắt buộc");
        });

        RestApi.Reply byOffice = as("office").put(path, "{\"language\":\"vi\",\"unsubscribed\":false}").expect(200);
        trail = mongo().findById(unitId, Recipient.class).auditTrail();
        assertThat(trail).hasSize(3).last().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("office");
            assertThat(entry.roles()).isEqualTo("OFFICE");
            assertThat(entry.unit()).isEqualTo("SNNMT-VP");
            assertThat(entry.client()).isEqualTo("thidua-portal");
            assertThat(entry.requestId()).isEqualTo(byOffice.headers().getFirst("X-Request-Id"));
        });

        String query = "/api/audit?aggregateType=recipient&aggregateId=" + unitId + "&action=PREFERENCES_CHANGED";
        for (String reader : List.of("office", "admin")) {
            JsonNode changes = as(reader).get(query).expect(200).body();
            assertThat(changes).as(reader).hasSize(2);
            assertThat(changes.get(0).path("entry").path("requestId").asString())
                    .isEqualTo(byOffice.headers().getFirst("X-Request-Id"));
            assertThat(changes.get(1).path("entry").path("actor").asString()).isEqualTo("duc.le");
        }
        assertThat(as("office2").get(query).expect(200).body()).isEmpty();
        assertThat(as("office2").get("/api/audit?aggregateType=recipient&limit=500").expect(200).body())
                .noneSatisfy(change -> assertThat(change.path("aggregateId").asString()).startsWith("SNNMT-"));
        as("unit").get(query).expectProblem(403, "forbidden");
        as("viewer").get(query).expectProblem(403, "forbidden");
        api().get(query).expectProblem(401, "unauthorized");
    }

    @Test
    default void anExpiredTokenIsRefusedWith401() {
        String expired = TestTokens.user("admin").expiresAt(Instant.now().minus(Duration.ofMinutes(5))).token();
        assertThat(api().as(expired).get("/api/deliveries").expectProblem(401, "unauthorized"))
                .contains("không hợp lệ hoặc đã hết hạn");
    }

    @Test
    default void anInboxHoldsOnlyTheMessagesToTheUsersOwnUnit() {
        Seed seed = seed();
        String toUnit = inboxMessageOf(seed.letterToUnit(), UNIT);
        String toUnit3 = inboxMessageOf(seed.letterToUnit3(), UNIT3);
        Map<String, String> unitOf = Map.of("admin", UNIT, "office", "SNNMT-VP", "office2", "SNV-VP", "unit", UNIT,
                "unit2", UNIT2, "unit3", UNIT3, "council1", "SNNMT-VP", "leader", "SNNMT-VP", "viewer", "SNNMT-KHTC");
        unitOf.forEach((user, unit) -> {
            JsonNode page = as(user).get("/api/inbox?size=100").expect(200).body();
            List<String> ids = new ArrayList<>();
            page.path("items").forEach(item -> ids.add(item.path("id").asString()));
            assertThat(ids).as(user).allSatisfy(id -> assertThat(id).endsWith(":PORTAL:UNIT:" + unit));
            assertThat(ids).as(user).hasSize(page.path("total").asInt());
            if (unit.equals(UNIT)) {
                assertThat(ids).as(user).contains(toUnit).doesNotContain(toUnit3);
            } else if (unit.equals(UNIT3)) {
                assertThat(ids).as(user).contains(toUnit3).doesNotContain(toUnit);
            } else {
                assertThat(ids).as(user).doesNotContain(toUnit, toUnit3);
            }
        });
    }

    /** The inbox message the launch behind a letter's delivery wrote for the unit. */
    private static String inboxMessageOf(String letterDeliveryId, String unitId) {
        return InboxMessage.idOf(letterDeliveryId.substring(0, letterDeliveryId.indexOf(':')), Audience.UNIT, unitId);
    }

    // --- helpers

    default RestApi as(String user) {
        return switch (user) {
            case "anonymous" -> api();
            case "client" -> api().as(TestTokens.client("reporting-service", "campaign.read", "reporting.read",
                    "award.read"));
            default -> api().asDemo(user);
        };
    }

    /**
     * The demo units in the directory, a launched movement of each department with its letters sent,
     * and one late unit in each. Idempotent, so each test may call it in the shared context.
     */
    default Seed seed() {
        String snnmtMovement = "cmp-access-snnmt";
        String snvMovement = "cmp-access-snv";
        directory(UNIT, "SNNMT", "Sở Nông nghiệp và Môi trường", "Trung tâm Công nghệ thông tin");
        directory(UNIT2, "SNNMT", "Sở Nông nghiệp và Môi trường", "Chi cục Quản lý đất đai");
        directory(UNIT3, "SNV", "Sở Nội vụ", "Phòng Thi đua – Khen thưởng");
        String unitLetter = launch(snnmtMovement, new CampaignLaunched.Agency("SNNMT", "Sở Nông nghiệp và Môi trường",
                "SNNMT", "UBND TỈNH QUẢNG NGÃI"), UNIT, UNIT2).get(UNIT);
        String unit3Letter = launch(snvMovement, new CampaignLaunched.Agency("SNV", "Sở Nội vụ", "SNV",
                "UBND TỈNH QUẢNG NGÃI"), UNIT3).get(UNIT3);
        late(UNIT, snnmtMovement);
        late(UNIT3, snvMovement);
        return new Seed(snnmtMovement, snvMovement, unitLetter, unit3Letter);
    }

    private void directory(String unitId, String agency, String agencyName, String name) {
        if (mongo().findById(unitId, Recipient.class) instanceof Recipient known && agency.equals(known.agencyCode())) {
            return;
        }
        kafka().publish(new UnitRegistered(unitId, agency, agencyName, name, null, address(unitId), "0255 3822 003",
                LocalDate.parse("2025-07-01"), null));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo().findById(unitId, Recipient.class) instanceof Recipient r
                && agency.equals(r.agencyCode()));
    }

    /** The launch's letters, sent: delivery id by unit. */
    private Map<String, String> launch(String campaignId, CampaignLaunched.Agency agency, String... unitIds) {
        Map<String, String> letters = new LinkedHashMap<>();
        Delivery known = mongo().findOne(new Query(Criteria.where("campaignId").is(campaignId)
                .and("sourceEventType").is("thidua.CampaignLaunched.v1")), Delivery.class);
        if (known != null) {
            for (String unitId : unitIds) {
                letters.put(unitId, Delivery.idOf(known.sourceEventId(), Channel.EMAIL, address(unitId)));
            }
            return letters;
        }
        List<CampaignLaunched.Participant> participants = new ArrayList<>();
        for (String unitId : unitIds) {
            participants.add(new CampaignLaunched.Participant(unitId, "Đơn vị " + unitId, null, address(unitId), null));
        }
        CampaignLaunched golden = NotificationScenarios.GOLDEN_LAUNCH;
        String ceId = kafka().publish(new CampaignLaunched(campaignId, golden.title(), golden.kind(), golden.theme(),
                agency, golden.parentPlan(), golden.contents(), golden.periodStart(), golden.periodEnd(),
                golden.finalReportDue(), participants, golden.letterNumber(), Instant.now()));
        for (String unitId : unitIds) {
            String id = Delivery.idOf(ceId, Channel.EMAIL, address(unitId));
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo().findById(id, Delivery.class) instanceof Delivery d
                    && d.status() == DeliveryStatus.SENT);
            letters.put(unitId, id);
        }
        return letters;
    }

    private void late(String unitId, String campaignId) {
        String reportId = campaignId + ":" + unitId + ":" + ReportPeriod.INTERIM;
        if (mongo().findById(reportId, LateUnit.class) != null) {
            return;
        }
        kafka().publish(NotificationScenarios.reportOverdue(unitId, campaignId, ReportPeriod.INTERIM, 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo().findById(reportId, LateUnit.class) != null
                && mongo().exists(new Query(Criteria.where("campaignId").is(campaignId).and("unitId").is(unitId)
                        .and("sourceEventType").is("thidua.ReportOverdue.v1").and("status").is(DeliveryStatus.SENT)),
                        Delivery.class));
    }

    private static String address(String unitId) {
        return unitId.toLowerCase() + ".access@quangngai.demo.thidua.vn";
    }

    private static int[] row(int... statuses) {
        assertThat(statuses).as("one status per user").hasSize(USERS.size());
        return statuses;
    }

    private static List<String> units(JsonNode rows) {
        return values(rows, "unitId");
    }

    private static List<String> ids(JsonNode rows) {
        return values(rows, "id");
    }

    private static List<String> values(JsonNode rows, String field) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.path(field).asString()).toList();
    }
}
