package vn.thidua.campaign.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;

/**
 * Who may do what in campaign-service, over HTTP with real signed tokens: every endpoint for every
 * kind of caller with the exact status (the authorisation matrix), what lists show to whom (no draft
 * of another department, no registration of another unit), one audit entry per command with who made
 * it and from which request, and the audit query scoped to the caller's department.
 *
 * <p>The demo users' departments are seeded as they are in the dev directory: SNNMT with the units
 * of office, unit, unit2, council3 and viewer, and SNV with those of office2 and unit3.
 */
abstract class CampaignAccessScenarios extends CampaignScenarios {

    /** One interim milestone inside the demo movements' period (2026). */
    static final String MILESTONES_JSON = """
            {"interimMilestones":[{"name":"Sơ kết 6 tháng đầu năm","periodStart":"2026-01-01",
              "periodEnd":"2026-06-30","reportDue":"2026-07-10"}]}
            """;

    /** Every kind of caller, in the matrix's column order. */
    static final List<String> CALLERS = List.of("anonymous", "admin", "office", "office2", "unit", "unit2", "unit3",
            "council1", "leader", "viewer", "client");

    /** A movement, with its letters, that anyone may read; and one that only its department sees. */
    record Seed(String published, String draft) {
    }

    RestApi caller(String name) {
        return switch (name) {
            case "anonymous" -> api;
            case "client" -> api.as(TestTokens.client("reporting-service", "campaign.read"));
            default -> api.asDemo(name);
        };
    }

    @Test
    void everyEndpointAnswersEveryCallerAsThePolicySays() {
        Seed seed = seedDemoDepartments();
        Map<String, Function<RestApi, Integer>> calls = new LinkedHashMap<>();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                  anonymous admin office office2 unit unit2 unit3 council1 leader viewer client
        row(calls, expected, "PUT /api/agencies/{code}", as -> {
            String code = freshAgency();
            return as.put("/api/agencies/" + code, agencyWithOffice(code, "Văn phòng")).status();
        },
                401, 200, 403, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "GET /api/agencies", as -> as.get("/api/agencies").status(),
                401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/agencies/{code}", as -> as.get("/api/agencies/SNNMT").status(),
                401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/units", as -> as.get("/api/units?q=snnmt").status(),
                401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "POST /api/campaigns (SNNMT)", as -> as.post("/api/campaigns",
                movementJson("SNNMT", "Phong trào ma trận quyền " + token)).status(),
                401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "GET /api/campaigns", as -> as.get("/api/campaigns").status(),
                200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/campaigns/{launched}", as -> as.get("/api/campaigns/" + seed.published()).status(),
                200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/campaigns/{draft}", as -> as.get("/api/campaigns/" + seed.draft()).status(),
                401, 200, 200, 403, 403, 403, 403, 403, 200, 403, 200);
        row(calls, expected, "GET /api/campaigns/{launched}/letter.pdf",
                as -> as.download("/api/campaigns/" + seed.published() + "/letter.pdf").status(),
                200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/campaigns/{launched}/letter.docx",
                as -> as.download("/api/campaigns/" + seed.published() + "/letter.docx").status(),
                200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/campaigns/{draft}/letter.pdf",
                as -> as.download("/api/campaigns/" + seed.draft() + "/letter.pdf").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 200, 403, 200);
        row(calls, expected, "GET /api/campaigns/{draft}/letter.docx",
                as -> as.download("/api/campaigns/" + seed.draft() + "/letter.docx").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 200, 403, 200);
        row(calls, expected, "POST /api/campaigns/{draft}/launch",
                as -> as.post("/api/campaigns/" + freshDraft() + "/launch").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST /api/campaigns/{draft}/cancel",
                as -> as.post("/api/campaigns/" + freshDraft() + "/cancel", "{\"reason\":\"Thử quyền\"}").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST /api/campaigns/{launched}/close",
                as -> as.post("/api/campaigns/" + freshLaunched() + "/close").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "PUT /api/campaigns/{launched}/milestones",
                as -> as.put("/api/campaigns/" + freshLaunched() + "/milestones", MILESTONES_JSON).status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "PUT /api/campaigns/{draft}/milestones",
                as -> as.put("/api/campaigns/" + freshDraft() + "/milestones", MILESTONES_JSON).status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST /api/campaigns/{launched}/cascade (to SNV)",
                as -> as.post("/api/campaigns/" + seed.published() + "/cascade", cascadeToSnvJson()).status(),
                401, 201, 403, 201, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST /api/campaigns/{launched}/registrations (SNNMT-TTCNTT)",
                as -> as.post("/api/campaigns/" + freshLaunched() + "/registrations",
                        registrationJson("SNNMT-TTCNTT")).status(),
                401, 201, 201, 403, 201, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "GET /api/campaigns/{launched}/registrations",
                as -> as.get("/api/campaigns/" + seed.published() + "/registrations").status(),
                401, 200, 200, 403, 200, 200, 403, 403, 200, 403, 403);
        row(calls, expected, "GET /api/campaigns/{draft}/registrations",
                as -> as.get("/api/campaigns/" + seed.draft() + "/registrations").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 200, 403, 403);
        row(calls, expected, "GET /api/audit", as -> as.get("/api/audit?limit=1").status(),
                401, 200, 200, 200, 403, 403, 403, 403, 403, 403, 403);

        List<String> mismatches = new ArrayList<>();
        calls.forEach((endpoint, call) -> {
            List<Integer> statuses = expected.get(endpoint);
            for (int i = 0; i < CALLERS.size(); i++) {
                int actual = call.apply(caller(CALLERS.get(i)));
                if (actual != statuses.get(i)) {
                    mismatches.add(endpoint + " as " + CALLERS.get(i) + ": expected " + statuses.get(i) + ", got " + actual);
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void listsShowNoDraftOfAnotherDepartmentAndNoHistoryToThePublic() {
        Seed seed = seedDemoDepartments();
        String snvDraft = caller("office2").post("/api/campaigns", movementJson("SNV", "Phong trào của Sở Nội vụ " + token,
                "SNV-TDKT")).expect(201).text("/id");

        for (String who : List.of("admin", "client")) {
            assertThat(ids(caller(who), "/api/campaigns")).as(who).contains(seed.published(), seed.draft(), snvDraft);
        }
        for (String who : List.of("office", "leader")) {
            assertThat(ids(caller(who), "/api/campaigns")).as(who).contains(seed.published(), seed.draft())
                    .doesNotContain(snvDraft);
        }
        assertThat(ids(caller("office2"), "/api/campaigns")).contains(seed.published(), snvDraft)
                .doesNotContain(seed.draft());
        for (String who : List.of("anonymous", "unit", "unit2", "unit3", "council1", "viewer")) {
            assertThat(ids(caller(who), "/api/campaigns")).as(who).contains(seed.published())
                    .doesNotContain(seed.draft(), snvDraft);
            assertThat(ids(caller(who), "/api/campaigns?status=DRAFT")).as(who).doesNotContain(seed.draft(), snvDraft);
        }
        assertThat(ids(caller("office2"), "/api/campaigns?agency=SNNMT&status=DRAFT")).isEmpty();

        // A cascaded child is the lower department's draft: its id is not shown on the parent to others.
        String child = caller("office2").post("/api/campaigns/" + seed.published() + "/cascade", cascadeToSnvJson())
                .expect(201).text("/id");
        assertThat(children(caller("office2"), seed.published())).contains(child);
        assertThat(children(caller("anonymous"), seed.published())).doesNotContain(child);
        assertThat(children(caller("office"), seed.published())).doesNotContain(child);

        // The audit trail names people, requests and addresses: the department and administrators only.
        assertThat(caller("office").get("/api/campaigns/" + seed.published()).expect(200).body().at("/auditTrail").size())
                .isEqualTo(2);
        for (String who : List.of("anonymous", "unit", "office2", "viewer")) {
            assertThat(caller(who).get("/api/campaigns/" + seed.published()).expect(200).body().at("/auditTrail").size())
                    .as(who).isZero();
        }
        assertThat(caller("admin").get("/api/agencies/SNNMT").expect(200).body().at("/auditTrail").size()).isPositive();
        assertThat(caller("office").get("/api/agencies/SNNMT").expect(200).body().at("/auditTrail").size()).isZero();
        assertThat(caller("anonymous").get("/api/campaigns/cmp-1900-" + token).expectProblem(404, "campaign-not-found"))
                .contains("Không tìm thấy");
        assertThat(caller("anonymous").get("/api/campaigns/" + seed.draft()).expectProblem(401, "unauthorized"))
                .contains("Cần đăng nhập");
        assertThat(caller("unit3").get("/api/campaigns/" + seed.draft()).expectProblem(403, "forbidden"))
                .contains(seed.draft());
    }

    @Test
    void aUnitSeesOnlyItsOwnRegistrationAndTheOfficeSeesAll() {
        Seed seed = seedDemoDepartments();
        JsonNode all = caller("office").get("/api/campaigns/" + seed.published() + "/registrations").expect(200).body();
        assertThat(unitIds(all, "/registered")).containsExactly("SNNMT-TTCNTT", "SNNMT-CCQLDD");
        assertThat(unitIds(all, "/notRegistered")).containsExactly("SNNMT-KHTC");
        assertThat(all.at("/registered/0/auditTrail").size()).isEqualTo(1);
        assertThat(unitIds(caller("leader").get("/api/campaigns/" + seed.published() + "/registrations").expect(200)
                .body(), "/registered")).containsExactly("SNNMT-TTCNTT", "SNNMT-CCQLDD");

        JsonNode own = caller("unit").get("/api/campaigns/" + seed.published() + "/registrations").expect(200).body();
        assertThat(unitIds(own, "/registered")).containsExactly("SNNMT-TTCNTT");
        assertThat(unitIds(own, "/notRegistered")).isEmpty();
        assertThat(own.at("/registered/0/auditTrail").size()).isZero();
        JsonNode other = caller("unit2").get("/api/campaigns/" + seed.published() + "/registrations").expect(200).body();
        assertThat(unitIds(other, "/registered")).containsExactly("SNNMT-CCQLDD");
        assertThat(caller("unit3").get("/api/campaigns/" + seed.published() + "/registrations")
                .expectProblem(403, "forbidden")).contains("đơn vị của mình");

        // A unit's officer registers for their own unit only; the office may register on a unit's behalf.
        String launched = freshLaunched();
        assertThat(caller("unit2").post("/api/campaigns/" + launched + "/registrations", registrationJson("SNNMT-TTCNTT"))
                .expectProblem(403, "forbidden")).contains("SNNMT-CCQLDD");
        caller("office2").post("/api/campaigns/" + launched + "/registrations", registrationJson("SNNMT-KHTC"))
                .expectProblem(403, "forbidden");
        assertThat(caller("office").post("/api/campaigns/" + launched + "/registrations", registrationJson("SNNMT-KHTC"))
                .expect(201).text("/submittedBy")).isEqualTo("office");
        // The office drafts for its own department only.
        assertThat(caller("office2").post("/api/campaigns", movementJson("SNNMT", "Phong trào không được phép " + token))
                .expectProblem(403, "forbidden")).contains("SNNMT");
    }

    @Test
    void everyCommandLeavesExactlyOneAuditEntryNamingWhoAndTheRequest() {
        Seed seed = seedDemoDepartments();
        String agency = freshAgency();
        command("admin", "agency", agency, "CREATED",
                () -> caller("admin").put("/api/agencies/" + agency, agencyWithOffice(agency, "Văn phòng")));
        command("admin", "agency", agency, "UPDATED",
                () -> caller("admin").put("/api/agencies/" + agency, agencyWithOffice(agency, "Văn phòng cơ quan")));

        RestApi.Reply created = caller("office").post("/api/campaigns", movementJson("SNNMT", "Phong trào kiểm toán " + token));
        String draft = created.expect(201).text("/id");
        assertOneEntry(created, "office", "campaign", draft, "CREATED", null, "Dự thảo");
        JsonNode launch = command("office", "campaign", draft, "LAUNCHED",
                () -> caller("office").post("/api/campaigns/" + draft + "/launch"));
        assertThat(launch.at("/before").asString() + " → " + launch.at("/after").asString())
                .isEqualTo("Dự thảo → Đã phát động");
        command("office", "campaign", draft, "MILESTONES_UPDATED",
                () -> caller("office").put("/api/campaigns/" + draft + "/milestones", MILESTONES_JSON));
        command("office", "campaign", draft, "CLOSED", () -> caller("office").post("/api/campaigns/" + draft + "/close"));
        String cancelled = freshDraft();
        command("office", "campaign", cancelled, "CANCELLED",
                () -> caller("office").post("/api/campaigns/" + cancelled + "/cancel", "{\"reason\":\"Trùng\"}"));

        RestApi.Reply cascaded = caller("office2").post("/api/campaigns/" + seed.published() + "/cascade", cascadeToSnvJson());
        String child = cascaded.expect(201).text("/id");
        assertOneEntry(cascaded, "office2", "campaign", child, "CASCADED_FROM", null, "Dự thảo");

        String launched = freshLaunched();
        RestApi.Reply registered = caller("unit").post("/api/campaigns/" + launched + "/registrations",
                registrationJson("SNNMT-TTCNTT"));
        registered.expect(201);
        assertOneEntry(registered, "unit", "registration", launched + ":SNNMT-TTCNTT", "SUBMITTED", null, "Đã đăng ký");

        // A refused command leaves nothing.
        caller("office2").post("/api/campaigns/" + cancelled + "/launch").expectProblem(403, "forbidden");
        assertThat(audit("admin", "campaign", cancelled)).hasSize(2);

        // The audit query: the office sees its department's changes only; units and viewers none.
        assertThat(audit("office", "campaign", child)).isEmpty();
        assertThat(audit("office2", "campaign", child)).hasSize(1);
        assertThat(audit("office2", "campaign", draft)).isEmpty();
        assertThat(audit("office", "registration", launched + ":SNNMT-TTCNTT")).hasSize(1);
        assertThat(audit("office2", "registration", launched + ":SNNMT-TTCNTT")).isEmpty();
        assertThat(audit("office", "agency", agency)).isEmpty();
        assertThat(audit("admin", "agency", agency)).hasSize(2);
        assertThat(caller("office").get("/api/audit?actor=office2&limit=500").expect(200).body().valueStream()
                .map(change -> change.at("/aggregateId").asString())).doesNotContain(child);
        caller("unit").get("/api/audit").expectProblem(403, "forbidden");
        caller("viewer").get("/api/audit").expectProblem(403, "forbidden");
        caller("anonymous").get("/api/audit").expectProblem(401, "unauthorized");
    }

    @Test
    void anExpiredOrForgedTokenIsRefusedEvenWhereNoTokenIsNeeded() {
        String expired = TestTokens.user("office").expiresAt(Instant.now().minus(Duration.ofMinutes(5))).token();
        assertThat(api.as(expired).get("/api/campaigns").expectProblem(401, "unauthorized")).contains("hết hạn");
        api.as(expired).post("/api/campaigns", movementJson("SNNMT", "Phong trào " + token))
                .expectProblem(401, "unauthorized");
        api.as(TestTokens.user("unit").tampered().token()).put("/api/agencies/SNNMT", agencyWithOffice("SNNMT", "Văn phòng"))
                .expectProblem(401, "unauthorized");
    }

    // --- audit helpers ------------------------------------------------------------------------

    /** Runs a command on an existing aggregate and checks it added exactly one entry; returns that entry. */
    JsonNode command(String user, String type, String id, String action,
            Supplier<RestApi.Reply> command) {
        int before = audit("admin", type, id).size();
        RestApi.Reply reply = command.get();
        assertThat(reply.status()).as("%s %s: %s", action, id, reply.body()).isBetween(200, 201);
        assertThat(audit("admin", type, id)).hasSize(before + 1);
        return entryOf(reply, user, type, id, action);
    }

    void assertOneEntry(RestApi.Reply reply, String user, String type, String id, String action, String before,
            String after) {
        assertThat(audit("admin", type, id)).hasSize(1);
        JsonNode entry = entryOf(reply, user, type, id, action);
        assertThat(entry.at("/before").isNull() || entry.at("/before").isMissingNode() ? null
                : entry.at("/before").asString()).isEqualTo(before);
        assertThat(entry.at("/after").asString()).isEqualTo(after);
    }

    /** The one entry the reply's request left, with the caller's subject, roles, unit and client. */
    JsonNode entryOf(RestApi.Reply reply, String user, String type, String id, String action) {
        String requestId = reply.headers().getFirst("X-Request-Id");
        assertThat(requestId).isNotBlank();
        List<JsonNode> entries = audit("admin", type, id).stream()
                .filter(entry -> requestId.equals(entry.at("/requestId").asString()))
                .toList();
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.getFirst();
        TestTokens.DemoUser demo = TestTokens.DEMO_USERS.get(user);
        assertThat(entry.at("/action").asString()).isEqualTo(action);
        assertThat(entry.at("/actor").asString()).isEqualTo(user);
        assertThat(entry.at("/roles").asString()).isEqualTo(String.join(",", demo.roles()));
        assertThat(entry.at("/unit").asString()).isEqualTo(demo.unit());
        assertThat(entry.at("/client").asString()).isEqualTo("thidua-portal");
        assertThat(entry.at("/address").asString()).isNotBlank();
        return entry;
    }

    /** The audit entries of one aggregate as this user may see them, newest first. */
    List<JsonNode> audit(String user, String type, String id) {
        return caller(user).get("/api/audit?aggregateType=" + type + "&aggregateId=" + id).expect(200).body()
                .valueStream()
                .peek(change -> assertThat(change.at("/aggregateId").asString()).isEqualTo(id))
                .map(change -> change.at("/entry"))
                .toList();
    }

    // --- seed -----------------------------------------------------------------------------------

    /**
     * The demo departments, a launched SNNMT movement (units TTCNTT, CCQLDD and KHTC take part; the
     * first two have registered) and an SNNMT draft.
     */
    Seed seedDemoDepartments() {
        RestApi admin = caller("admin");
        admin.put("/api/agencies/SNNMT", """
                {"name":"Sở Nông nghiệp và Môi trường","abbreviation":"SNNMT","parentName":"UBND TỈNH QUẢNG NGÃI",
                 "units":[{"code":"SNNMT-VP","name":"Văn phòng Sở"},
                          {"code":"SNNMT-TTCNTT","name":"Trung tâm Công nghệ thông tin"},
                          {"code":"SNNMT-CCQLDD","name":"Chi cục Quản lý đất đai"},
                          {"code":"SNNMT-KHTC","name":"Phòng Kế hoạch – Tài chính"}]}
                """).expect(200);
        admin.put("/api/agencies/SNV", """
                {"name":"Sở Nội vụ","abbreviation":"SNV","parentName":"UBND TỈNH QUẢNG NGÃI",
                 "units":[{"code":"SNV-VP","name":"Văn phòng Sở Nội vụ"},
                          {"code":"SNV-TDKT","name":"Ban Thi đua – Khen thưởng"}]}
                """).expect(200);
        String published = freshLaunched();
        caller("unit").post("/api/campaigns/" + published + "/registrations", registrationJson("SNNMT-TTCNTT"))
                .expect(201);
        caller("unit2").post("/api/campaigns/" + published + "/registrations", registrationJson("SNNMT-CCQLDD"))
                .expect(201);
        return new Seed(published, freshDraft());
    }

    String freshDraft() {
        return caller("office").post("/api/campaigns", movementJson("SNNMT", "Phong trào dự thảo " + token))
                .expect(201).text("/id");
    }

    String freshLaunched() {
        String id = freshDraft();
        caller("office").post("/api/campaigns/" + id + "/launch").expect(200);
        return id;
    }

    /** A new agency code, for one PUT. */
    static String freshAgency() {
        return "AGM" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    /** An agency with one unit, {@code <code>-VP}, named {@code officeName}. */
    static String agencyWithOffice(String code, String officeName) {
        return """
                {"name":"Cơ quan %1$s","abbreviation":"CQ","units":[{"code":"%1$s-VP","name":"%2$s"}]}
                """.formatted(code, officeName);
    }

    String movementJson(String agency, String title, String... units) {
        List<String> participants = units.length == 0 ? List.of("SNNMT-TTCNTT", "SNNMT-CCQLDD", "SNNMT-KHTC")
                : List.of(units);
        return """
                {"title":"%s","kind":"REGULAR","issuingAgencyCode":"%s",
                 "contents":[{"number":1,"text":"Thi đua hoàn thành xuất sắc nhiệm vụ được giao."}],
                 "periodStart":"2026-01-01","periodEnd":"2026-12-31","finalReportDue":"2026-12-15",
                 "participantUnitCodes":[%s]}
                """.formatted(title, agency, String.join(",", participants.stream().map(u -> "\"" + u + "\"").toList()));
    }

    String cascadeToSnvJson() {
        return "{\"issuingAgencyCode\":\"SNV\",\"participantUnitCodes\":[\"SNV-TDKT\"]}";
    }

    static List<String> ids(RestApi as, String path) {
        return as.get(path).expect(200).body().valueStream().map(c -> c.at("/id").asString()).toList();
    }

    static List<String> children(RestApi as, String id) {
        return as.get("/api/campaigns/" + id).expect(200).body().at("/childCampaignIds").valueStream()
                .map(JsonNode::asString).toList();
    }

    static List<String> unitIds(JsonNode overview, String list) {
        return overview.at(list).valueStream().map(r -> r.at("/unitId").asString()).toList();
    }

    private static void row(Map<String, Function<RestApi, Integer>> calls, Map<String, List<Integer>> expected,
            String endpoint, Function<RestApi, Integer> call, Integer... statuses) {
        assertThat(statuses).as(endpoint).hasSize(CALLERS.size());
        calls.put(endpoint, call);
        expected.put(endpoint, List.of(statuses));
    }
}
