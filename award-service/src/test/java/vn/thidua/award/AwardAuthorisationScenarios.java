package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.RestApi.Reply;
import vn.thidua.eventing.test.TestTokens;

/**
 * Who may do what in award-service: every endpoint for every kind of caller with the exact status,
 * what lists hold for each (never another unit's or department's rows), one audit entry per command
 * with who made it and from which request, and the audit query scoped to the office's department.
 * Seeds its own movements, nominations and achievements so every "other unit" case has something
 * that could leak.
 */
abstract class AwardAuthorisationScenarios extends AwardScenarios {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String CSV_HEADER = "kind,unitId,name,year,title,source\n";

    /** The callers of the matrix: no token, the demo users, and two service clients. */
    static final List<String> CALLERS = List.of("anonymous", "admin", "office", "office2", "unit", "unit2", "unit3",
            "council1", "leader", "viewer", "client", "client2");

    /**
     * The expected status of every endpoint for every caller, in the order of {@link #CALLERS}.
     * {@code client} is a service holding {@code award.read}; {@code client2} one holding only
     * {@code campaign.read}. The nomination read by id is SNNMT-TTCNTT's ("unit"'s), submitted or decided.
     */
    static final String MATRIX = """
            endpoint                       anonymous admin office office2 unit unit2 unit3 council1 leader viewer client client2
            GET /api/forms                       200   200    200     200  200   200   200      200    200    200    200     200
            GET /api/rule-sets                   401   200    200     200  403   403   403      200    200    403    200     403
            GET /api/rule-sets/in-force          401   200    200     200  403   403   403      200    200    403    200     403
            POST /api/rule-sets                  401   201    403     403  403   403   403      403    403    403    403     403
            GET /api/achievements                401   200    200     200  200   200   200      200    200    403    200     403
            POST /api/achievements/import        401   200    200     403  403   403   403      403    403    403    403     403
            GET /api/nominations                 200   200    200     200  200   200   200      200    200    200    200     200
            GET /api/nominations/{submitted}     401   200    200     403  200   403   403      200    200    403    200     403
            GET /api/nominations/{decided}       200   200    200     200  200   200   200      200    200    200    200     200
            POST /api/nominations                401   201    201     403  201   403   403      403    403    403    403     403
            POST /api/nominations/{id}/decide    401   200    200     403  403   403   403      403    200    403    403     403
            GET /api/audit                       401   200    200     200  403   403   403      403    403    403    403     403
            """;

    @LocalServerPort
    int port;

    /** What one test seeded: two movements (SNNMT's and SNV's) and a nomination of each demo unit. */
    record Seed(String snnmtCampaign, String snvCampaign, String submitted, String otherUnit, String otherDepartment,
            String decided, String tag) {
    }

    @Test
    void everyEndpointAnswersEveryCallerWithTheStatusOfThePolicy() {
        Seed seed = seed();
        Map<String, BiFunction<RestApi, String, Reply>> endpoints = endpoints(seed);
        List<String> failures = new ArrayList<>();
        List<String> rows = MATRIX.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\\s+");
            String endpoint = cells[0] + " " + cells[1];
            assertThat(endpoints).as("endpoint of the matrix").containsKey(endpoint);
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                int expected = Integer.parseInt(cells[i + 2]);
                Reply reply = endpoints.get(endpoint).apply(api(caller), caller);
                if (reply.status() != expected) {
                    failures.add(endpoint + " as " + caller + ": " + reply.status() + " instead of " + expected + " "
                            + reply.body());
                } else if (expected == 401 || expected == 403) {
                    reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
                }
            }
        }
        assertThat(failures).isEmpty();
        // Every endpoint of the service is in the matrix.
        assertThat(endpoints.keySet()).containsExactlyInAnyOrderElementsOf(
                rows.subList(1, rows.size()).stream().map(r -> String.join(" ", List.of(r.split("\\s+")).subList(0, 2)))
                        .toList());
    }

    @Test
    void nominationListsHoldOnlyTheCallersUnitOrDepartmentAndThePublicOnlyDecisions() {
        Seed seed = seed();
        List<String> all = List.of(seed.submitted(), seed.otherUnit(), seed.otherDepartment(), seed.decided());

        assertThat(ids(list("admin"))).containsAll(all);
        assertThat(ids(list("client"))).containsAll(all);

        for (String staff : List.of("office", "leader", "council1")) {
            JsonNode rows = list(staff);
            assertThat(ids(rows)).as(staff).contains(seed.submitted(), seed.otherUnit(), seed.decided())
                    .doesNotContain(seed.otherDepartment());
            assertThat(rows).as(staff).allSatisfy(row -> assertThat(List.of(row.get("unitAgency").asString(),
                    row.get("issuingAgency").asString())).contains("SNNMT"));
        }
        JsonNode council = list("council1");
        assertThat(council).allSatisfy(row -> assertThat(row.get("status").asString()).isNotEqualTo("DRAFT"));
        JsonNode office2 = list("office2");
        assertThat(ids(office2)).contains(seed.otherDepartment()).doesNotContain(seed.submitted(), seed.otherUnit(),
                seed.decided());
        assertThat(office2).allSatisfy(row -> assertThat(List.of(row.get("unitAgency").asString(),
                row.get("issuingAgency").asString())).contains("SNV"));

        assertOnlyUnit(list("unit"), "SNNMT-TTCNTT", seed.submitted(), seed.decided());
        assertOnlyUnit(list("unit2"), "SNNMT-CCQLDD", seed.otherUnit());
        assertOnlyUnit(list("unit3"), "SNV-TDKT", seed.otherDepartment());
        // Asking for another unit's by filter gives nothing, not an error.
        assertThat(api("unit2").get("/api/nominations?unitId=SNNMT-TTCNTT").expect(200).body()).isEmpty();

        for (String outsider : List.of("anonymous", "viewer", "client2")) {
            JsonNode rows = list(outsider);
            assertThat(ids(rows)).as(outsider).contains(seed.decided()).doesNotContain(seed.submitted(),
                    seed.otherUnit(), seed.otherDepartment());
            assertThat(rows).as(outsider).allSatisfy(row -> {
                // Published: decided, or decided and since revoked (kept public, marked revoked).
                assertThat(row.get("status").asString()).isIn("DECIDED", "REVOKED");
                assertThat(row.has("auditTrail") || row.has("reason") || row.has("nominatedBy") || row.has("evidence"))
                        .as("dossier in the public view %s", row).isFalse();
            });
        }
        JsonNode published = api("anonymous").get("/api/nominations/" + seed.decided()).expect(200).body();
        assertThat(published.get("decisionNumber").asString()).matches("\\d+/QĐ-SNNMT");
        assertThat(published.get("signerName").asString()).isEqualTo("Nguyễn Văn Lộc");
        assertThat(published.has("auditTrail") || published.has("reason") || published.has("evidence")).isFalse();
        assertThat(api("unit").get("/api/nominations/" + seed.decided()).expect(200).body().has("auditTrail")).isTrue();
    }

    @Test
    void achievementListsHoldOnlyTheCallersUnitOrDepartment() {
        Seed seed = seed();
        String ttcntt = "TTCNTT " + seed.tag();
        String ccqldd = "CCQLDD " + seed.tag();
        String tdkt = "TDKT " + seed.tag();

        assertThat(names(achievements("admin"))).contains(ttcntt, ccqldd, tdkt);
        assertThat(names(achievements("client"))).contains(ttcntt, ccqldd, tdkt);
        for (String staff : List.of("office", "leader", "council1")) {
            JsonNode rows = achievements(staff);
            assertThat(names(rows)).as(staff).contains(ttcntt, ccqldd).doesNotContain(tdkt);
            assertThat(rows).as(staff).allSatisfy(row -> assertThat(row.get("agencyCode").asString()).isEqualTo("SNNMT"));
        }
        JsonNode office2 = achievements("office2");
        assertThat(names(office2)).contains(tdkt).doesNotContain(ttcntt, ccqldd);
        assertThat(office2).allSatisfy(row -> assertThat(row.get("agencyCode").asString()).isEqualTo("SNV"));

        assertOnlyUnit(achievements("unit"), "SNNMT-TTCNTT");
        assertThat(names(achievements("unit"))).contains(ttcntt);
        assertOnlyUnit(achievements("unit2"), "SNNMT-CCQLDD");
        assertThat(names(achievements("unit2"))).contains(ccqldd);
        assertOnlyUnit(achievements("unit3"), "SNV-TDKT");
        assertThat(api("unit2").get("/api/achievements?unitId=SNNMT-TTCNTT").expect(200).body()).isEmpty();
    }

    @Test
    void officeStaffImportOnlyTheirDepartmentsUnitsAndEveryOtherRowIsNamed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String csv = CSV_HEADER
                + "INDIVIDUAL,SNNMT-TTCNTT,Người A " + tag + ",2020,LAO_DONG_TIEN_TIEN,import\n"
                + "INDIVIDUAL,SNV-TDKT,Người B " + tag + ",2020,LAO_DONG_TIEN_TIEN,import\n"
                + "INDIVIDUAL,KHONG-CO,Người C " + tag + ",2020,LAO_DONG_TIEN_TIEN,import\n";

        Reply refused = api("office").send(HttpMethod.POST, "/api/achievements/import", CSV, csv);
        assertThat(refused.expectProblem(403, "forbidden")).contains("dòng 3", "SNV-TDKT", "dòng 4", "KHONG-CO")
                .doesNotContain("dòng 2");
        assertThat(refused.body().get("errors")).extracting(e -> e.get("line").asInt()).containsExactly(3, 4);
        assertThat(names(achievements("admin"))).doesNotContain("Người A " + tag);

        // An administrator imports for any unit of the directory; an unknown unit is a bad row.
        Reply unknown = api("admin").send(HttpMethod.POST, "/api/achievements/import", CSV, csv);
        unknown.expectProblem(422, "import-invalid");
        assertThat(unknown.body().get("errors")).extracting(e -> e.get("line").asInt()).containsExactly(4);
    }

    @Test
    void everyCommandLeavesOneAuditEntryOfItsActorAndRequest() {
        Seed seed = seed();
        String tag = UUID.randomUUID().toString().substring(0, 8);

        Reply nominated = api("unit").post("/api/nominations", person(seed.snnmtCampaign(), "SNNMT-TTCNTT",
                "GIAY_KHEN", "Người Đề Nghị " + tag, null).toString()).expect(201);
        String id = nominated.text("/id");
        assertOneEntry(trail("nomination", id), nominated, "unit", "UNIT", "SNNMT-TTCNTT", "SUBMITTED");

        Reply decided = api("leader").post("/api/nominations/" + id + "/decide", decision()).expect(200);
        JsonNode trail = trail("nomination", id);
        assertThat(trail).hasSize(2);
        JsonNode decision = assertOneEntry(trail, decided, "leader", "LEADER", "SNNMT-VP", "DECIDED");
        assertThat(decision.get("before").asString()).isEqualTo("Đã gửi đề nghị");
        assertThat(decision.get("after").asString()).isEqualTo("Đã có quyết định khen thưởng");
        // The signer is who the decision names; the audit keeps who recorded it.
        assertThat(decided.text("/signerName")).isEqualTo("Nguyễn Văn Lộc");

        Reply added = api("admin").post("/api/rule-sets", ruleSet()).expect(201);
        assertOneEntry(trail("rule-set", added.text("/id")), added, "admin", "ADMIN", "SNNMT-TTCNTT", "CREATED");

        Reply imported = api("office").send(HttpMethod.POST, "/api/achievements/import", CSV, CSV_HEADER
                + "INDIVIDUAL,SNNMT-CCQLDD,Người Nhập " + tag + ",2021,LAO_DONG_TIEN_TIEN,import\n").expect(200);
        JsonNode imports = api("admin").get("/api/audit?aggregateType=achievement-import&actor=office&limit=500")
                .expect(200).body();
        assertOneEntry(imports, imported, "office", "OFFICE", "SNNMT-VP", "IMPORTED");
    }

    @Test
    void theAuditIsReadByOfficeStaffForTheirDepartmentAndByAdministrators() {
        Seed seed = seed();
        Reply added = api("admin").post("/api/rule-sets", ruleSet()).expect(201);

        JsonNode office = api("office").get("/api/audit?aggregateType=nomination&limit=500").expect(200).body();
        assertThat(aggregateIds(office)).contains(seed.submitted(), seed.otherUnit(), seed.decided())
                .doesNotContain(seed.otherDepartment());
        assertThat(aggregateIds(api("office").get("/api/audit?limit=500").expect(200).body()))
                .doesNotContain(added.text("/id"));
        JsonNode office2 = api("office2").get("/api/audit?aggregateType=nomination&limit=500").expect(200).body();
        assertThat(aggregateIds(office2)).contains(seed.otherDepartment()).doesNotContain(seed.submitted());
        assertThat(aggregateIds(api("admin").get("/api/audit?limit=500").expect(200).body()))
                .contains(added.text("/id"));
        assertThat(aggregateIds(api("admin").get("/api/audit?aggregateType=nomination&limit=500").expect(200).body()))
                .contains(seed.submitted(), seed.otherDepartment());

        api("unit").get("/api/audit").expectProblem(403, "forbidden");
        api("viewer").get("/api/audit").expectProblem(403, "forbidden");
        api("anonymous").get("/api/audit").expectProblem(401, "unauthorized");
    }

    @Test
    void aTokenTheServiceCannotTrustIsRefused() {
        RestApi api = new RestApi(port);
        api.as(TestTokens.user("office").expiresAt(Instant.now().minusSeconds(60)).token()).get("/api/rule-sets")
                .expectProblem(401, "unauthorized");
        api.as(TestTokens.user("office").expiresAt(Instant.now().minusSeconds(60)).token()).get("/api/nominations")
                .expectProblem(401, "unauthorized");
        api.as(TestTokens.user("admin").tampered().token()).post("/api/rule-sets", ruleSet())
                .expectProblem(401, "unauthorized");
    }

    // --- the matrix's calls

    private Map<String, BiFunction<RestApi, String, Reply>> endpoints(Seed seed) {
        Map<String, BiFunction<RestApi, String, Reply>> calls = new LinkedHashMap<>();
        calls.put("GET /api/forms", (api, caller) -> api.get("/api/forms"));
        calls.put("GET /api/rule-sets", (api, caller) -> api.get("/api/rule-sets"));
        calls.put("GET /api/rule-sets/in-force", (api, caller) -> api.get("/api/rule-sets/in-force?date=2025-03-01"));
        calls.put("POST /api/rule-sets", (api, caller) -> api.post("/api/rule-sets", ruleSet()));
        calls.put("GET /api/achievements", (api, caller) -> api.get("/api/achievements"));
        calls.put("POST /api/achievements/import", (api, caller) -> api.send(HttpMethod.POST,
                "/api/achievements/import", CSV, CSV_HEADER + "INDIVIDUAL,SNNMT-TTCNTT,Người " + caller + " "
                        + UUID.randomUUID() + ",2022,LAO_DONG_TIEN_TIEN,import\n"));
        calls.put("GET /api/nominations", (api, caller) -> api.get("/api/nominations"));
        calls.put("GET /api/nominations/{submitted}", (api, caller) -> api.get("/api/nominations/" + seed.submitted()));
        calls.put("GET /api/nominations/{decided}", (api, caller) -> api.get("/api/nominations/" + seed.decided()));
        calls.put("POST /api/nominations", (api, caller) -> api.post("/api/nominations", person(seed.snnmtCampaign(),
                "SNNMT-TTCNTT", "GIAY_KHEN", "Người " + caller + " " + UUID.randomUUID(), null).toString()));
        calls.put("POST /api/nominations/{id}/decide", (api, caller) -> {
            String fresh = nominateAsAdmin(seed.snnmtCampaign(), "SNNMT-TTCNTT", "Người " + caller);
            return api.post("/api/nominations/" + fresh + "/decide", decision());
        });
        calls.put("GET /api/audit", (api, caller) -> api.get("/api/audit?limit=5"));
        return calls;
    }

    // --- seed and helpers

    /**
     * Two movements, SNNMT's (units TTCNTT and CCQLDD) and SNV's (TDKT); a submitted nomination of
     * each unit, one decided for TTCNTT; an achievement of each unit. Names carry a fresh tag.
     */
    Seed seed() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String snnmt = launchWith("SNNMT", List.of(participant("SNNMT-TTCNTT"), participant("SNNMT-CCQLDD")));
        String snv = launchWith("SNV", List.of(participant("SNV-TDKT")));
        String submitted = nominateAsAdmin(snnmt, "SNNMT-TTCNTT", "Người Nộp " + tag);
        String otherUnit = nominateAsAdmin(snnmt, "SNNMT-CCQLDD", "Người Khác " + tag);
        String otherDepartment = nominateAsAdmin(snv, "SNV-TDKT", "Người Sở Khác " + tag);
        String decided = nominateAsAdmin(snnmt, "SNNMT-TTCNTT", "Người Được Khen " + tag);
        api("admin").post("/api/nominations/" + decided + "/decide", decision()).expect(200);
        api("admin").send(HttpMethod.POST, "/api/achievements/import", CSV, CSV_HEADER
                + "INDIVIDUAL,SNNMT-TTCNTT,TTCNTT " + tag + ",2019,LAO_DONG_TIEN_TIEN,import\n"
                + "INDIVIDUAL,SNNMT-CCQLDD,CCQLDD " + tag + ",2019,LAO_DONG_TIEN_TIEN,import\n"
                + "INDIVIDUAL,SNV-TDKT,TDKT " + tag + ",2019,LAO_DONG_TIEN_TIEN,import\n").expect(200);
        return new Seed(snnmt, snv, submitted, otherUnit, otherDepartment, decided, tag);
    }

    String nominateAsAdmin(String campaignId, String unitId, String name) {
        return api("admin").post("/api/nominations", person(campaignId, unitId, "GIAY_KHEN",
                name + " " + UUID.randomUUID().toString().substring(0, 8), null).toString()).expect(201).text("/id");
    }

    static CampaignLaunched.Participant participant(String unitId) {
        return new CampaignLaunched.Participant(unitId, "Phòng " + unitId, "Nguyễn Văn Lộc", "vp@example.vn",
                "0900000000");
    }

    RestApi api(String caller) {
        RestApi api = new RestApi(port);
        return switch (caller) {
            case "anonymous" -> api;
            case "client" -> api.as(TestTokens.client("reporting-service", "award.read"));
            case "client2" -> api.as(TestTokens.client("campaign-service", "campaign.read"));
            default -> api.asDemo(caller);
        };
    }

    static String decision() {
        // A year no other scenario numbers SNNMT's decisions in, so their numbers stay theirs.
        return "{\"signerName\":\"Nguyễn Văn Lộc\",\"signerTitle\":\"GIÁM ĐỐC\",\"decisionDate\":\"2024-12-20\"}";
    }

    /** A valid new rule set version for a province of its own. */
    String ruleSet() {
        ObjectNode version = (ObjectNode) api("admin").get("/api/rule-sets/in-force?date=2025-03-01").expect(200).body()
                .deepCopy();
        version.remove(List.of("id", "createdBy", "createdAt", "auditTrail"));
        version.put("province", "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())
                .put("effectiveFrom", "2025-01-01");
        return version.toString();
    }

    JsonNode list(String caller) {
        return api(caller).get("/api/nominations").expect(200).body();
    }

    JsonNode achievements(String caller) {
        return api(caller).get("/api/achievements").expect(200).body();
    }

    JsonNode trail(String aggregateType, String aggregateId) {
        return api("admin").get("/api/audit?aggregateType=" + aggregateType + "&aggregateId=" + aggregateId)
                .expect(200).body();
    }

    /** Exactly one audit entry carries the command's request id, with the actor the token named. */
    static JsonNode assertOneEntry(JsonNode changes, Reply command, String actor, String roles, String unit,
            String action) {
        String requestId = command.headers().getFirst("X-Request-Id");
        assertThat(requestId).isNotBlank();
        List<JsonNode> entries = stream(changes).map(change -> change.get("entry"))
                .filter(entry -> entry.hasNonNull("requestId") && requestId.equals(entry.get("requestId").asString())).toList();
        assertThat(entries).as("audit entries of request %s in %s", requestId, changes).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("actor").asString()).isEqualTo(actor);
                    assertThat(entry.get("roles").asString()).isEqualTo(roles);
                    assertThat(entry.get("unit").asString()).isEqualTo(unit);
                    assertThat(entry.get("client").asString()).isEqualTo("thidua-portal");
                    assertThat(entry.get("action").asString()).isEqualTo(action);
                    assertThat(entry.get("address").asString()).isNotBlank();
                });
        return entries.getFirst();
    }

    static void assertOnlyUnit(JsonNode rows, String unitId, String... ids) {
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.get("unitId").asString()).isEqualTo(unitId));
        if (ids.length > 0) {
            assertThat(ids(rows)).contains(ids);
        }
    }

    static List<String> ids(JsonNode rows) {
        return values(rows, row -> row.has("id"), "id");
    }

    static List<String> names(JsonNode rows) {
        return values(rows, row -> row.hasNonNull("personName"), "personName");
    }

    static List<String> aggregateIds(JsonNode changes) {
        return values(changes, change -> true, "aggregateId");
    }

    private static List<String> values(JsonNode rows, Predicate<JsonNode> having, String field) {
        return stream(rows).filter(having).map(row -> row.get(field).asString()).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }
}
