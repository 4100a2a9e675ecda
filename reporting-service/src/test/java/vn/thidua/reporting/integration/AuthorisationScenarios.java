package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.reporting.attachment.EvidenceSamples;

/**
 * Who may call what (DOMAIN.md "Who uses the platform"), with real signed tokens: every endpoint ×
 * every kind of user → the exact status, and for lists that no other unit's or department's row
 * shows. Seeds two movements with the demo users' units: A issued by SNNMT (units of {@code unit} and
 * {@code unit2}), B issued by SNV (units of {@code unit3} and {@code unit2}), so every "another unit"
 * and "another department" case has a row that could leak. Then the audit: each command leaves one
 * entry naming who, from which request; {@code GET /api/audit} shows it to the right office only.
 */
abstract class AuthorisationScenarios extends ScenarioSupport {

    private static final String UNIT = "SNNMT-TTCNTT";
    private static final String UNIT2 = "SNNMT-CCQLDD";
    private static final String UNIT3 = "SNV-TDKT";
    /** Every kind of caller, in the order the matrix is checked. */
    private static final List<String> CALLERS = List.of("anonymous", "admin", "office", "office2", "unit", "unit2",
            "unit3", "council1", "leader", "viewer", "client", "other-client");

    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    /** Entries each report's trail should hold beyond its EXPECTED one, counted per audited command. */
    private final Map<String, Integer> commands = new LinkedHashMap<>();

    @Test
    void everyEndpointAnswersEachKindOfUserAsThePolicySays() throws Exception {
        registerDemoUnits();
        String a = movement("a", "SNNMT", "Sở Nông nghiệp và Môi trường", UNIT, UNIT2);
        String b = movement("b", "SNV", "Sở Nội vụ", UNIT3, UNIT2);
        String aUnit = reportPath(a, UNIT);
        String aUnit2 = reportPath(a, UNIT2);
        String bUnit3 = reportPath(b, UNIT3);
        String bUnit2 = reportPath(b, UNIT2);

        // Evidence files, while the reports are still being prepared: the unit's officers and the issuing
        // department's office and leaders; nobody else uploads, lists, downloads or removes them.
        evidenceMatrix("A", filesPath(a, UNIT), "unit", "office", "leader", "admin");
        evidenceMatrix("B", filesPath(b, UNIT3), "unit3", "office2", "admin");

        // Commands. Refusals first (they change nothing), then each allowed caller on a report in the right state.
        String submit = resultsJson(1);
        String comment = "{\"comment\":\"Bổ sung số liệu.\"}";
        expect("POST submit", HttpMethod.POST, aUnit, submit, deniedExcept("unit", "admin"));
        call("unit", HttpMethod.POST, aUnit, submit).expect(200);
        call("admin", HttpMethod.POST, aUnit2, submit).expect(200);
        expect("POST return", HttpMethod.POST, aUnit + "/return", comment,
                deniedExcept("office", "admin"));
        expect("POST accept", HttpMethod.POST, aUnit + "/accept", null, deniedExcept("office", "admin"));
        call("office", HttpMethod.POST, aUnit + "/return", comment).expect(200);
        call("unit", HttpMethod.POST, aUnit, submit).expect(200);
        call("admin", HttpMethod.POST, aUnit + "/accept", null).expect(200);
        call("office", HttpMethod.POST, aUnit2 + "/accept", null).expect(200);
        call("unit3", HttpMethod.POST, bUnit3, submit).expect(200);
        call("unit2", HttpMethod.POST, bUnit2, submit).expect(200);
        // Movement B is SNV's: SNNMT's office may not review it, even for an SNNMT unit's report.
        call("office", HttpMethod.POST, bUnit2 + "/accept", null).expectProblem(403, "forbidden");
        call("office", HttpMethod.POST, bUnit3 + "/return", comment).expectProblem(403, "forbidden");
        call("admin", HttpMethod.POST, bUnit3 + "/return", comment).expect(200);
        call("office2", HttpMethod.POST, bUnit2 + "/accept", null).expect(200);

        // Interim reports (…/periods/INTERIM-1): the same rules as the final ones.
        String aUnitInterim = periodPath(a, UNIT, "INTERIM-1");
        String aUnit2Interim = periodPath(a, UNIT2, "INTERIM-1");
        String bUnit3Interim = periodPath(b, UNIT3, "INTERIM-1");
        expect("POST submit interim", HttpMethod.POST, aUnitInterim, submit, deniedExcept("unit", "admin"));
        call("unit", HttpMethod.POST, aUnitInterim, submit).expect(200);
        call("admin", HttpMethod.POST, aUnit2Interim, submit).expect(200);
        call("unit2", HttpMethod.POST, aUnitInterim, submit).expectProblem(403, "forbidden");
        expect("POST return interim", HttpMethod.POST, aUnitInterim + "/return", comment,
                deniedExcept("office", "admin"));
        expect("POST accept interim", HttpMethod.POST, aUnitInterim + "/accept", null, deniedExcept("office", "admin"));
        call("office", HttpMethod.POST, aUnitInterim + "/return", comment).expect(200);
        call("unit", HttpMethod.POST, aUnitInterim, submit).expect(200);
        call("admin", HttpMethod.POST, aUnitInterim + "/accept", null).expect(200);
        call("office", HttpMethod.POST, aUnit2Interim + "/accept", null).expect(200);
        call("unit3", HttpMethod.POST, bUnit3Interim, submit).expect(200);
        call("office", HttpMethod.POST, bUnit3Interim + "/accept", null).expectProblem(403, "forbidden");
        call("office2", HttpMethod.POST, bUnit3Interim + "/accept", null).expect(200);
        expect("GET report interim", HttpMethod.GET, aUnitInterim, null,
                statuses(200, "admin", "office", "unit", "leader"));
        expect("GET report interim of B", HttpMethod.GET, bUnit3Interim, null,
                statuses(200, "admin", "office2", "unit3"));
        expect("GET progress interim", HttpMethod.GET, "/api/campaigns/" + a + "/progress?period=INTERIM-1", null,
                statuses(200, "admin", "office", "leader", "client"));
        expect("GET aggregate A interim", HttpMethod.GET, "/api/campaigns/" + a + "/aggregate?period=INTERIM-1", null,
                statuses(200, "admin", "office", "leader"));
        expect("GET aggregate B interim", HttpMethod.GET, "/api/campaigns/" + b + "/aggregate?period=INTERIM-1", null,
                statuses(200, "admin", "office2"));

        // One report.
        expect("GET report", HttpMethod.GET, aUnit, null,
                statuses(200, "admin", "office", "unit", "leader"));
        expect("GET report of B", HttpMethod.GET, bUnit2, null,
                statuses(200, "admin", "office2", "unit2"));

        // A movement's reports: the issuing department sees all, unit officers their own unit's only.
        expect("GET campaign reports A", HttpMethod.GET, "/api/campaigns/" + a + "/reports", null,
                statuses(200, "admin", "office", "leader", "unit", "unit2", "unit3"));
        assertUnits(a, "admin", UNIT, UNIT2);
        assertUnits(a, "office", UNIT, UNIT2);
        assertUnits(a, "leader", UNIT, UNIT2);
        assertUnits(a, "unit", UNIT);
        assertUnits(a, "unit2", UNIT2);
        assertUnits(a, "unit3");
        expect("GET campaign reports B", HttpMethod.GET, "/api/campaigns/" + b + "/reports", null,
                statuses(200, "admin", "office2", "unit", "unit2", "unit3"));
        assertUnits(b, "office2", UNIT3, UNIT2);
        assertUnits(b, "unit", new String[0]);
        assertUnits(b, "unit2", UNIT2);
        assertUnits(b, "unit3", UNIT3);

        // A unit's reports: its officers, its own department's office and leaders.
        expect("GET unit reports", HttpMethod.GET, "/api/units/" + UNIT + "/reports", null,
                statuses(200, "admin", "office", "leader", "unit"));
        assertThat(call("office", HttpMethod.GET, "/api/units/" + UNIT + "/reports", null).body().valueStream()
                .map(row -> row.at("/unitId").asString())).isNotEmpty().containsOnly(UNIT);
        expect("GET unit reports SNV", HttpMethod.GET, "/api/units/" + UNIT3 + "/reports", null,
                statuses(200, "admin", "office2", "unit3"));

        // Progress: the whole movement's figures, for the issuing department and reporting clients only.
        expect("GET progress", HttpMethod.GET, "/api/campaigns/" + a + "/progress", null,
                statuses(200, "admin", "office", "leader", "client"));

        // Deadlines: whoever takes part; a unit officer's view (rows and totals) holds their unit only.
        expect("GET deadlines A", HttpMethod.GET, "/api/campaigns/" + a + "/deadlines", null,
                statuses(200, "admin", "office", "leader", "council1", "unit", "unit2"));
        expect("GET deadlines B", HttpMethod.GET, "/api/campaigns/" + b + "/deadlines", null,
                statuses(200, "admin", "office2", "unit2", "unit3"));
        JsonNode own = call("unit", HttpMethod.GET, "/api/campaigns/" + a + "/deadlines", null).body();
        // Two periods (INTERIM-1 and FINAL) per unit.
        assertThat(own.at("/expected").asInt()).isEqualTo(2);
        assertThat(own.at("/units").valueStream().map(row -> row.at("/unitId").asString())).containsOnly(UNIT);
        assertThat(call("council1", HttpMethod.GET, "/api/campaigns/" + a + "/deadlines", null).body()
                .at("/expected").asInt()).isEqualTo(4);

        // The provincial dashboard: readers of the aggregate and reporting clients; not units or councils.
        for (String view : List.of("movements", "participation", "nominations", "awards",
                "participation?groupBy=unit&format=csv")) {
            expect("GET dashboard " + view, HttpMethod.GET, "/api/dashboard/" + view, null,
                    statuses(200, "admin", "office", "office2", "leader", "viewer", "client"));
        }
        for (String caller : List.of("anonymous", "unit", "unit2", "unit3", "council1", "other-client")) {
            check("GET dashboard stream", caller, HttpMethod.GET, "/api/dashboard/stream", null,
                    caller.equals("anonymous") ? 401 : 403);
        }
        for (String caller : List.of("viewer", "client")) {
            assertThat(streamStatus(caller)).as("stream for %s", caller).isEqualTo(200);
        }

        // Aggregate reports: ADMIN and the office and leaders of the agency concerned, in every format.
        for (String format : List.of("", "?format=xlsx", "?format=pdf")) {
            expect("GET aggregate A" + format, HttpMethod.GET, "/api/campaigns/" + a + "/aggregate" + format, null,
                    statuses(200, "admin", "office", "leader"));
            expect("GET aggregate B" + format, HttpMethod.GET, "/api/campaigns/" + b + "/aggregate" + format, null,
                    statuses(200, "admin", "office2"));
            String year = format.isEmpty() ? "?year=2099" : format + "&year=2099";
            expect("GET aggregate SNNMT" + format, HttpMethod.GET, "/api/agencies/SNNMT/aggregate" + year, null,
                    statuses(200, "admin", "office", "leader"));
            expect("GET aggregate SNV" + format, HttpMethod.GET, "/api/agencies/SNV/aggregate" + year, null,
                    statuses(200, "admin", "office2"));
        }
        // Another department's office: no row of SNNMT's movement in its own department's aggregate.
        assertThat(call("office2", HttpMethod.GET, "/api/agencies/SNV/aggregate?year=2099", null).body()
                .at("/movements").valueStream().map(m -> m.at("/campaignId").asString())).contains(b)
                .doesNotContain(a);

        // The Ministry's statistical forms: a department's office and leaders (their own department), ADMIN.
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        expect("GET statistics forms", HttpMethod.GET, "/api/statistics/forms", null,
                statuses(200, "admin", "office", "office2", "leader"));
        for (String form : List.of("0601", "0603")) {
            String path = "/api/statistics/forms/" + form + "?year=" + year;
            expect("GET statistics " + form + " own", HttpMethod.GET, path, null,
                    statuses(200, "admin", "office", "office2", "leader"));
            expect("GET statistics " + form + " SNNMT", HttpMethod.GET, path + "&agency=SNNMT", null,
                    statuses(200, "admin", "office", "leader"));
            expect("GET statistics " + form + " SNV", HttpMethod.GET, path + "&agency=SNV", null,
                    statuses(200, "admin", "office2"));
            // The exports answer to the same rules (checked before anything is rendered).
            String export = form.equals("0601") ? "&agency=SNNMT&format=xlsx" : "&agency=SNV&format=pdf";
            expect("GET statistics " + form + export, HttpMethod.GET, path + export, null, form.equals("0601")
                    ? statuses(200, "admin", "office", "leader") : statuses(200, "admin", "office2"));
            // A department's own form is exactly ADMIN's form of that department: nothing of another one counts.
            assertThat(call("office2", HttpMethod.GET, path, null).body().at("/table"))
                    .isEqualTo(call("admin", HttpMethod.GET, path + "&agency=SNV", null).body().at("/table"));
            assertThat(call("office", HttpMethod.GET, path, null).body().at("/table"))
                    .isEqualTo(call("admin", HttpMethod.GET, path + "&agency=SNNMT", null).body().at("/table"));
        }
        assertThat(call("office2", HttpMethod.GET, "/api/statistics/forms/0601?year=" + year, null).body()
                .at("/table/rows/0/cells/0/value").asInt()).isPositive();

        // Rebuilding the dashboard: ADMIN only (the admin's own call is the rebuild scenario's; an unknown id here).
        expect("POST dashboard rebuild", HttpMethod.POST, "/api/dashboard/rebuild", null, deniedExcept("admin"));
        expect("GET dashboard rebuild", HttpMethod.GET, "/api/dashboard/rebuild/rebuild-none", null,
                statuses(404, "admin"));

        // The audit log: ADMIN and office staff (of their own department), nobody else.
        expect("GET audit", HttpMethod.GET, "/api/audit", null, statuses(200, "admin", "office", "office2"));

        assertThat(mismatches).as("endpoint × caller → expected status").isEmpty();
    }

    @Test
    void eachCommandLeavesOneAuditEntryNamingWhoAndTheRequestAndOnlyTheRightOfficeReadsIt() {
        String campaignId = launch(DUE, "VP");
        String report = finalReport(campaignId, "VP");
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";
        RestApi officer = officer("VP");
        String comment = "{\"comment\":\"Bổ sung kết quả nội dung 2.\"}";

        audited(reportId, officer.post(report, resultsJson(1)), "can-bo-" + unit("VP"), "UNIT", unit("VP"),
                "SUBMITTED", "Chưa nộp", "Đã nộp, chờ xem xét");
        audited(reportId, office.post(report + "/return", comment), "office", "OFFICE", "SNNMT-VP", "RETURNED",
                "Đã nộp, chờ xem xét", "Bị trả lại");
        audited(reportId, officer.post(report, resultsJson(1, 2)), "can-bo-" + unit("VP"), "UNIT", unit("VP"),
                "RESUBMITTED", "Bị trả lại", "Đã nộp, chờ xem xét");
        audited(reportId, office.post(report + "/accept"), "office", "OFFICE", "SNNMT-VP", "ACCEPTED",
                "Đã nộp, chờ xem xét", "Đã được chấp nhận");

        String query = "/api/audit?aggregateType=unit-report&aggregateId=" + reportId;
        for (RestApi reader : List.of(office, admin)) {
            assertThat(reader.get(query).expect(200).body().valueStream().map(c -> c.at("/entry/action").asString()))
                    .containsExactly("ACCEPTED", "RESUBMITTED", "RETURNED", "SUBMITTED", "EXPECTED");
        }
        assertThat(office.get(query).body().at("/0/aggregateType").asString()).isEqualTo("unit-report");
        // Another department's office sees none of SNNMT's changes; the others may not read the log at all.
        assertThat(api.asDemo("office2").get(query).expect(200).body().size()).isZero();
        assertThat(api.asDemo("office2").get("/api/audit?limit=500").expect(200).body().valueStream()
                .map(c -> c.at("/aggregateId").asString())).noneMatch(id -> id.startsWith(campaignId));
        officer.get(query).expectProblem(403, "forbidden");
        viewer.get(query).expectProblem(403, "forbidden");
        api.get(query).expectProblem(401, "unauthorized");
    }

    @Test
    void anExpiredTokenIsRefusedWith401() {
        String expired = TestTokens.user("admin").expiresAt(Instant.now().minus(Duration.ofMinutes(5))).token();
        api.as(expired).get("/api/campaigns/cmp-any/reports").expectProblem(401, "unauthorized");
        api.as(TestTokens.user("admin").tampered().token()).get("/api/dashboard/movements")
                .expectProblem(401, "unauthorized");
    }

    // --- the matrix ---------------------------------------------------------------------------

    /** Calls the endpoint as every caller the map names and records each status that differs from it. */
    private void expect(String endpoint, HttpMethod method, String path, String body, Map<String, Integer> expected) {
        for (String caller : CALLERS) {
            if (expected.containsKey(caller)) {
                check(endpoint, caller, method, path, body, expected.get(caller));
            }
        }
    }

    private void check(String endpoint, String caller, HttpMethod method, String path, String body, int expected) {
        RestApi.Reply reply = call(caller, method, path, body);
        if (reply.status() != expected) {
            mismatches.add(endpoint + " as " + caller + ": " + reply.status() + " (expected " + expected + ") "
                    + reply.body());
        } else if (expected == 401 || expected == 403) {
            reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
        }
    }

    /** {@code status} for the callers named, 401 for anonymous, 403 for every other caller. */
    private static Map<String, Integer> statuses(int status, String... allowed) {
        Map<String, Integer> expected = deniedExcept();
        for (String caller : allowed) {
            expected.put(caller, status);
        }
        return expected;
    }

    /** 401 for anonymous, 403 for every caller but those named (allowed, and called on a report of their own). */
    private static Map<String, Integer> deniedExcept(String... allowed) {
        List<String> skipped = List.of(allowed);
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            if (!skipped.contains(caller)) {
                expected.put(caller, caller.equals("anonymous") ? 401 : 403);
            }
        }
        return expected;
    }

    /**
     * Every caller uploads a file to the report (the allowed ones get 201), lists and downloads its files,
     * and removes one (the allowed ones each remove their own, so the report ends as it began).
     */
    private void evidenceMatrix(String name, String files, String... allowed) {
        Map<String, String> uploaded = new LinkedHashMap<>();
        for (String caller : CALLERS) {
            RestApi.Reply reply = Uploads.upload(port, caller.equals("anonymous") ? null : token(caller), files,
                    "Minh chứng của " + caller + ".pdf", "application/pdf", EvidenceSamples.pdf(caller));
            int expected = Arrays.asList(allowed).contains(caller) ? 201 : caller.equals("anonymous") ? 401 : 403;
            if (reply.status() != expected) {
                mismatches.add("POST attachment " + name + " as " + caller + ": " + reply.status() + " (expected "
                        + expected + ") " + reply.body());
            } else if (expected == 201) {
                uploaded.put(caller, reply.body().at("/id").asString());
            } else {
                reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
            }
        }
        String first = uploaded.values().iterator().next();
        expect("GET attachments " + name, HttpMethod.GET, files, null, statuses(200, allowed));
        assertThat(call(allowed[0], HttpMethod.GET, files, null).body().valueStream()
                .map(file -> file.at("/id").asString())).containsExactlyElementsOf(uploaded.values());
        expect("GET attachment " + name, HttpMethod.GET, files + "/" + first, null, statuses(200, allowed));
        expect("DELETE attachment " + name, HttpMethod.DELETE, files + "/" + first, null, deniedExcept(allowed));
        uploaded.forEach((caller, id) -> check("DELETE own attachment " + name, caller, HttpMethod.DELETE,
                files + "/" + id, null, 204));
    }

    private static String filesPath(String campaignId, String unitId) {
        return periodPath(campaignId, unitId, "FINAL") + "/attachments";
    }

    private RestApi.Reply call(String caller, HttpMethod method, String path, String body) {
        RestApi as = caller.equals("anonymous") ? api : api.as(token(caller));
        if (path.contains("format=") || method == HttpMethod.GET && path.matches(".*/attachments/[^/?]+")) {
            // An export (or an evidence file) answers CSV, XLSX or PDF, a refusal a problem: only the status and
            // the problem are compared.
            RestApi.Download download = as.download(path);
            boolean problem = download.status() >= 400;
            return new RestApi.Reply(download.status(), download.headers(),
                    problem ? EventJson.MAPPER.readTree(download.body()) : null);
        }
        return as.send(method, path, "application/json", body);
    }

    private String token(String caller) {
        return tokens.computeIfAbsent(caller, name -> switch (name) {
            case "client" -> TestTokens.client("award-service", "reporting.read");
            case "other-client" -> TestTokens.client("notification-service", "campaign.read");
            default -> TestTokens.demo(name);
        });
    }

    private void assertUnits(String campaignId, String caller, String... units) {
        JsonNode rows = call(caller, HttpMethod.GET, "/api/campaigns/" + campaignId + "/reports", null).expect(200)
                .body();
        // One row per unit and period (the movements here have INTERIM-1 and FINAL).
        List<String> expected = Arrays.stream(units).flatMap(unit -> Stream.of(unit + " INTERIM-1", unit + " FINAL"))
                .toList();
        assertThat(rows.valueStream().map(row -> row.at("/unitId").asString() + " " + row.at("/periodId").asString()))
                .as("%s's rows of %s", caller, campaignId).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** The SSE stream's status as this caller: read from the response head, then the connection is dropped. */
    private int streamStatus(String caller) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<java.io.InputStream> response = http.send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/dashboard/stream"))
                .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token(caller)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    // --- seeds ------------------------------------------------------------------------------------

    /** The directory's demo units, so the reports of a unit are readable by its own department's office. */
    private void registerDemoUnits() {
        kafka.publish(new UnitRegistered(UNIT, "SNNMT", "Sở Nông nghiệp và Môi trường", "Trung tâm Công nghệ thông tin",
                null, null, null, null, null));
        kafka.publish(new UnitRegistered(UNIT2, "SNNMT", "Sở Nông nghiệp và Môi trường", "Chi cục Quản lý đất đai",
                null, null, null, null, null));
        kafka.publish(new UnitRegistered(UNIT3, "SNV", "Sở Nội vụ", "Phòng Thi đua - Khen thưởng", null, null, null,
                null, null));
        await().atMost(WAIT).until(() -> mongo.count(new Query(Criteria.where("_id").in(UNIT, UNIT2, UNIT3)),
                "directory_units") == 3);
    }

    /** A movement of this agency with these (demo) units, launched; waits for its reports. */
    private String movement(String suffix, String agencyCode, String agencyName, String... unitIds) {
        String campaignId = "cmp-auth-" + token + "-" + suffix;
        List<CampaignLaunched.Participant> participants = new ArrayList<>();
        for (String unitId : unitIds) {
            participants.add(new CampaignLaunched.Participant(unitId, "Đơn vị " + unitId, null, null, null));
        }
        kafka.publish(new CampaignLaunched(campaignId, "Phong trào kiểm thử quyền " + token, CampaignKind.REGULAR,
                null, new CampaignLaunched.Agency(agencyCode, agencyName, agencyCode, "UBND TỈNH QUẢNG NGÃI"), null,
                List.of(new CampaignLaunched.Content(1, "Thi đua hoàn thành nhiệm vụ.")), DUE.minusMonths(10),
                DUE.plusDays(16), DUE, participants, "1/" + agencyCode, Instant.now(), List.of(
                        new ReportingMilestone("INTERIM-1", ReportingMilestone.Kind.INTERIM, "Sơ kết 6 tháng đầu năm",
                                DUE.minusMonths(10), DUE.minusMonths(5), DUE.minusMonths(5).plusDays(10)),
                        new ReportingMilestone("FINAL", ReportingMilestone.Kind.FINAL, "Tổng kết phong trào",
                                DUE.minusMonths(10), DUE.plusDays(16), DUE))));
        awaitExpected(campaignId, unitIds.length);
        return campaignId;
    }

    private static String reportPath(String campaignId, String unitId) {
        return "/api/campaigns/" + campaignId + "/reports/" + unitId + "/final";
    }

    private static String periodPath(String campaignId, String unitId, String periodId) {
        return "/api/campaigns/" + campaignId + "/reports/" + unitId + "/periods/" + periodId;
    }

    // --- audit ------------------------------------------------------------------------------------

    /** The command answered 200 and added exactly one entry to the report's trail, as described. */
    private void audited(String reportId, RestApi.Reply reply, String actor, String roles, String unit, String action,
            String before, String after) {
        reply.expect(200);
        String requestId = reply.headers().getFirst("X-Request-Id");
        assertThat(requestId).isNotBlank();
        List<Document> trail = trail(reportId);
        List<Document> entries = trail.stream().filter(entry -> requestId.equals(entry.getString("requestId")))
                .toList();
        assertThat(entries).as("entries of request %s", requestId).singleElement().satisfies(entry -> {
            assertThat(entry.getString("actor")).isEqualTo(actor);
            assertThat(entry.getString("roles")).isEqualTo(roles);
            assertThat(entry.getString("unit")).isEqualTo(unit);
            assertThat(entry.getString("client")).isEqualTo("thidua-portal");
            assertThat(entry.getString("address")).isNotBlank();
            assertThat(entry.getString("action")).isEqualTo(action);
            assertThat(entry.getString("before")).isEqualTo(before);
            assertThat(entry.getString("after")).isEqualTo(after);
        });
        assertThat(trail.getLast()).isEqualTo(entries.getFirst());
        assertThat(trail).as("one new entry per command").hasSize(1 + commands.merge(reportId, 1, Integer::sum));
    }

    private List<Document> trail(String reportId) {
        Document report = mongo.findById(reportId, Document.class, "unit_reports");
        assertThat(report).isNotNull();
        return report.getList("auditTrail", Document.class);
    }
}
