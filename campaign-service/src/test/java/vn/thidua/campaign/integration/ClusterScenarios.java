package vn.thidua.campaign.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.campaign.ClusterRankingPublished;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;

/**
 * Emulation clusters over HTTP with real tokens: a year from the covenant to the published ranking
 * and its one event, who may do what (every endpoint for every caller), what lists show, one audit
 * entry per command, and problem details for what the rules refuse.
 *
 * <p>Each test's cluster is organised by SNNMT for three of its units: SNNMT-TTCNTT (demo user
 * {@code unit}, the first member, so the head of the first year), SNNMT-CCQLDD ({@code unit2}, the
 * deputy) and SNNMT-KHTC (an officer made up here; the demo {@code viewer} works there but is no unit officer).
 */
abstract class ClusterScenarios extends CampaignAccessScenarios {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String RANKING_PUBLISHED = EventCatalog.of(ClusterRankingPublished.class).ceType();
    private static final String MEMBERS = "[\"SNNMT-TTCNTT\",\"SNNMT-CCQLDD\",\"SNNMT-KHTC\"]";
    private static final String COVENANT = """
            {"commitments":[{"number":1,"text":"Hoàn thành 100% chỉ tiêu kế hoạch năm."},
                            {"number":2,"text":"Không có cán bộ, công chức vi phạm kỷ luật."}]}
            """;
    private static final String TABLE = """
            {"criteria":[
              {"code":"C1","group":"I. Nhiệm vụ chuyên môn","text":"Hoàn thành chỉ tiêu kế hoạch","maxPoints":60},
              {"code":"C2","group":"II. Thi đua, khen thưởng","text":"Tổ chức phong trào thi đua","maxPoints":40},
              {"code":"B1","group":"III. Điểm thưởng","text":"Sáng kiến áp dụng toàn tỉnh","maxPoints":5,"kind":"BONUS"},
              {"code":"P1","group":"IV. Điểm trừ","text":"Chậm gửi báo cáo","maxPoints":5,"kind":"PENALTY"}]}
            """;

    static String scores(String c1, String c2, String b1, String p1) {
        return """
                {"scores":[{"criterion":"C1","points":%s},{"criterion":"C2","points":%s},
                           {"criterion":"B1","points":%s},{"criterion":"P1","points":%s}]}
                """.formatted(c1, c2, b1, p1);
    }

    RestApi khtc() {
        return api.as(TestTokens.person("khtc-" + token.toLowerCase(Locale.ROOT), "UNIT", "SNNMT", "SNNMT-KHTC").token());
    }

    @Test
    void aClusterYearRunsFromCovenantToOnePublishedRanking() throws IOException {
        seedDemoDepartments();
        String id = clusterWithYear();
        JsonNode year = caller("office").get("/api/clusters/" + id).expect(200).body().at("/years/0");
        assertThat(year.at("/headUnitId").asString()).isEqualTo("SNNMT-TTCNTT");
        assertThat(year.at("/deputyUnitId").asString()).isEqualTo("SNNMT-CCQLDD");

        caller("office").put(path(id, "/covenant"), COVENANT).expect(200);
        caller("unit").post(path(id, "/covenant/signatures"), sign("SNNMT-TTCNTT", "Nguyễn Văn An")).expect(200);
        caller("unit2").post(path(id, "/covenant/signatures"), sign("SNNMT-CCQLDD", "Trần Thị Bình")).expect(200);
        JsonNode signed = khtc().post(path(id, "/covenant/signatures"), sign("SNNMT-KHTC", "Lê Văn Cường"))
                .expect(200).body().at("/years/0");
        assertThat(signed.at("/covenantStatus").asString()).isEqualTo("IN_FORCE");
        assertThat(signed.at("/signatures/2/signerName").asString()).isEqualTo("Lê Văn Cường");
        assertThat(signed.at("/signatures/2/signedAt").asString()).isNotBlank();
        assertThat(signed.at("/unsignedUnitIds").size()).isZero();

        caller("office").put(path(id, "/scoring-table"), TABLE).expect(200);
        caller("unit").put(path(id, "/self-scores/SNNMT-TTCNTT"), scores("57", "38", "2", "0")).expect(200);
        caller("unit2").put(path(id, "/self-scores/SNNMT-CCQLDD"), scores("58", "38", "0", "0")).expect(200);
        // The head unit agrees: TTCNTT and CCQLDD tie on 95, CCQLDD ahead on the standard criteria.
        caller("unit").put(path(id, "/agreed-scores/SNNMT-TTCNTT"), scores("56", "37", "2", "0")).expect(200);
        caller("unit").put(path(id, "/agreed-scores/SNNMT-CCQLDD"), scores("57", "38", "0", "0")).expect(200);
        JsonNode provisional = caller("unit").get(path(id, "/ranking")).expect(200).body();
        assertThat(provisional.at("/published").asBoolean()).isFalse();
        assertThat(provisional.at("/pendingUnitIds/0").asString()).isEqualTo("SNNMT-KHTC");
        caller("office").post(path(id, "/ranking/publish"), "{}").expectProblem(409, "scores-missing");
        caller("office").put(path(id, "/agreed-scores/SNNMT-KHTC"), scores("50", "30", "0", "2")).expect(200);

        JsonNode ranking = caller("office").post(path(id, "/ranking/publish"), "{\"proposedCount\":1}").expect(200)
                .body();
        assertThat(ranking.at("/published").asBoolean()).isTrue();
        assertThat(ranking.at("/entries").valueStream().map(e -> e.at("/unitId").asString()).toList())
                .containsExactly("SNNMT-CCQLDD", "SNNMT-TTCNTT", "SNNMT-KHTC");
        assertThat(ranking.at("/entries/0/proposed").asBoolean()).isTrue();
        assertThat(ranking.at("/entries/1/proposed").asBoolean()).isFalse();
        assertThat(ranking.at("/entries/1/tieBreak").asString()).startsWith("Bằng tổng điểm 95 với Chi cục Quản lý đất đai");
        assertThat(ranking.at("/entries/2/total").asDouble()).isEqualTo(78.0);

        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.CAMPAIGN, RANKING_PUBLISHED, id, 1, WAIT);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/campaign-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo("thidua.ClusterRankingPublished.v1");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        Contracts.assertValid(EventCatalog.of(ClusterRankingPublished.class), record.value());
        ClusterRankingPublished event = EventJson.MAPPER.readValue(record.value(), ClusterRankingPublished.class);
        assertThat(event.year()).isEqualTo(2026);
        assertThat(event.organiserAgencyCode()).isEqualTo("SNNMT");
        assertThat(event.entries()).extracting(ClusterRankingPublished.Entry::unitId, ClusterRankingPublished.Entry::rank,
                ClusterRankingPublished.Entry::score).containsExactly(
                        tuple("SNNMT-CCQLDD", 1, 95.0),
                        tuple("SNNMT-TTCNTT", 2, 95.0),
                        tuple("SNNMT-KHTC", 3, 78.0));

        // Published: final, public, and published once.
        caller("office").post(path(id, "/ranking/publish"), "{}").expectProblem(409, "ranking-published");
        caller("unit").put(path(id, "/agreed-scores/SNNMT-KHTC"), scores("60", "40", "0", "0"))
                .expectProblem(409, "ranking-published");
        assertThat(kafka.awaitKey(Topics.CAMPAIGN, RANKING_PUBLISHED, id, 2, Duration.ofSeconds(3))).hasSize(1);
        assertThat(caller("anonymous").get(path(id, "/ranking")).expect(200).body().at("/entries/0/unitName")
                .asString()).isEqualTo("Chi cục Quản lý đất đai");
        assertThat(caller("anonymous").get("/api/clusters/rankings?year=2026").expect(200).body().valueStream()
                .map(r -> r.at("/clusterId").asString()).toList()).contains(id);

        RestApi.Download workbook = caller("anonymous").download(path(id, "/ranking.xlsx")).expect(200);
        try (XSSFWorkbook xlsx = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            Sheet sheet = xlsx.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("Tên đơn vị");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("SNNMT-CCQLDD");
            assertThat(sheet.getRow(3).getCell(6).getNumericCellValue()).isEqualTo(95.0);
            assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("Có");
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).startsWith("Bằng tổng điểm 95");
        }
    }

    @Test
    void aClusterMovementIsAddressedToTheMembers() {
        seedDemoDepartments();
        String id = freshCluster();
        RestApi.Reply created = caller("office").post("/api/clusters/" + id + "/campaigns", """
                {"title":"Phong trào thi đua của cụm %s","kind":"THEMATIC",
                 "contents":[{"number":1,"text":"Thi đua chuyển đổi số."}],
                 "periodStart":"2026-01-01","periodEnd":"2026-12-31","finalReportDue":"2026-12-15"}
                """.formatted(token)).expect(201);
        JsonNode campaign = created.body();
        String campaignId = campaign.at("/id").asString();
        assertThat(campaign.at("/clusterId").asString()).isEqualTo(id);
        assertThat(campaign.at("/issuingAgency/code").asString()).isEqualTo("SNNMT");
        assertThat(campaign.at("/participants").valueStream().map(p -> p.at("/unitId").asString()).toList())
                .containsExactly("SNNMT-TTCNTT", "SNNMT-CCQLDD", "SNNMT-KHTC");
        assertOneEntry(created, "office", "campaign", campaignId, "CREATED", null, "Dự thảo");
        assertThat(ids(caller("office"), "/api/campaigns?cluster=" + id)).containsExactly(campaignId);
        assertThat(caller("office").get("/api/clusters/" + id).expect(200).body().at("/campaignIds/0").asString())
                .isEqualTo(campaignId);
        assertThat(caller("unit").get("/api/clusters/" + id).expect(200).body().at("/campaignIds").size())
                .as("a draft is the organiser's").isZero();
    }

    /**
     * A call of the matrix: {@code allowed} says whether the caller is expected to succeed, so a
     * command that changes state gets fresh state for them; a refused caller may share one, since
     * anything but the refusal (a success or a conflict) still shows as a mismatch.
     */
    interface Call {
        int apply(RestApi as, boolean allowed);
    }

    @Test
    void everyClusterEndpointAnswersEveryCallerAsThePolicySays() {
        seedDemoDepartments();
        String seeded = clusterWithTable();
        String published = publishedCluster();
        String withYear = clusterWithYear();
        String withCovenant = clusterWithCovenant();
        String scored = scoredCluster();
        Map<String, Call> calls = new LinkedHashMap<>();
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                  anonymous admin office office2 unit unit2 unit3 council1 leader viewer client
        row(calls, expected, "POST /api/clusters (SNNMT)", (as, allowed) -> as.post("/api/clusters", clusterJson())
                .status(),
                401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "GET /api/clusters", (as, allowed) -> as.get("/api/clusters").status(),
                401, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/clusters/{id}", (as, allowed) -> as.get("/api/clusters/" + seeded).status(),
                401, 200, 200, 403, 200, 200, 403, 403, 200, 403, 200);
        row(calls, expected, "PUT /api/clusters/{id}/members", (as, allowed) -> as.put("/api/clusters/" + seeded
                + "/members", "{\"memberUnitCodes\":" + MEMBERS + "}").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST /api/clusters/{id}/years", (as, allowed) -> as.post("/api/clusters/"
                + (allowed ? freshCluster() : seeded) + "/years", "{\"year\":2026}").status(),
                401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "PUT .../covenant", (as, allowed) -> as.put(path(allowed ? clusterWithYear() : withYear,
                "/covenant"), COVENANT).status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST .../covenant/signatures (SNNMT-TTCNTT)", (as, allowed) -> as.post(path(allowed
                ? clusterWithCovenant() : withCovenant, "/covenant/signatures"), sign("SNNMT-TTCNTT", "Nguyễn Văn An"))
                .status(),
                401, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST .../covenant/close", (as, allowed) -> {
            String id = withCovenant;
            if (allowed) {
                id = clusterWithCovenant();
                caller("unit2").post(path(id, "/covenant/signatures"), sign("SNNMT-CCQLDD", "Trần Thị Bình"))
                        .expect(200);
            }
            return as.post(path(id, "/covenant/close")).status();
        },
                401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "PUT .../scoring-table", (as, allowed) -> as.put(path(allowed ? clusterWithYear()
                : withYear, "/scoring-table"), TABLE).status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "PUT .../self-scores/SNNMT-TTCNTT", (as, allowed) -> as.put(path(seeded,
                "/self-scores/SNNMT-TTCNTT"), scores("50", "30", "0", "0")).status(),
                401, 403, 403, 403, 200, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "PUT .../agreed-scores/SNNMT-CCQLDD", (as, allowed) -> as.put(path(seeded,
                "/agreed-scores/SNNMT-CCQLDD"), scores("50", "30", "0", "0")).status(),
                401, 200, 200, 403, 200, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "POST .../ranking/publish", (as, allowed) -> as.post(path(allowed ? scoredCluster()
                : scored, "/ranking/publish"), "{}").status(),
                401, 200, 200, 403, 403, 403, 403, 403, 403, 403, 403);
        row(calls, expected, "GET .../ranking (not published)", (as, allowed) -> as.get(path(seeded, "/ranking"))
                .status(),
                401, 200, 200, 403, 200, 403, 403, 403, 200, 403, 200);
        row(calls, expected, "GET .../ranking.xlsx (not published)", (as, allowed) -> as.download(path(seeded,
                "/ranking.xlsx")).status(),
                401, 200, 200, 403, 200, 403, 403, 403, 200, 403, 200);
        row(calls, expected, "GET .../ranking (published)", (as, allowed) -> as.get(path(published, "/ranking"))
                .status(),
                200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET .../ranking.xlsx (published)", (as, allowed) -> as.download(path(published,
                "/ranking.xlsx")).status(),
                200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "GET /api/clusters/rankings", (as, allowed) -> as.get("/api/clusters/rankings").status(),
                200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200);
        row(calls, expected, "POST /api/clusters/{id}/campaigns", (as, allowed) -> as.post("/api/clusters/" + seeded
                + "/campaigns", clusterMovementJson()).status(),
                401, 201, 201, 403, 403, 403, 403, 403, 403, 403, 403);

        List<String> mismatches = new ArrayList<>();
        calls.forEach((endpoint, call) -> {
            List<Integer> statuses = expected.get(endpoint);
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = statuses.get(i);
                int actual = call.apply(caller(CALLERS.get(i)), status < 300);
                if (actual != status) {
                    mismatches.add(endpoint + " as " + CALLERS.get(i) + ": expected " + status + ", got " + actual);
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void listsAndScoresShowNoOtherDepartmentsClusterNorOtherUnitsScores() {
        seedDemoDepartments();
        String snnmt = clusterWithTable();
        caller("unit").put(path(snnmt, "/self-scores/SNNMT-TTCNTT"), scores("50", "30", "0", "0")).expect(200);
        caller("unit2").put(path(snnmt, "/self-scores/SNNMT-CCQLDD"), scores("51", "31", "0", "0")).expect(200);
        String snv = caller("office2").post("/api/clusters", """
                {"name":"Khối các phòng Sở Nội vụ %s","grouping":"BLOCK","organiserAgencyCode":"SNV",
                 "memberUnitCodes":["SNV-VP","SNV-TDKT"]}
                """.formatted(token)).expect(201).text("/id");

        for (String who : List.of("admin", "client")) {
            assertThat(clusterIds(who)).as(who).contains(snnmt, snv);
        }
        for (String who : List.of("office", "leader", "unit", "unit2")) {
            assertThat(clusterIds(who)).as(who).contains(snnmt).doesNotContain(snv);
        }
        for (String who : List.of("office2", "unit3")) {
            assertThat(clusterIds(who)).as(who).contains(snv).doesNotContain(snnmt);
        }
        for (String who : List.of("council1", "viewer")) {
            assertThat(clusterIds(who)).as(who).isEmpty();
        }
        assertThat(caller("office2").get("/api/clusters/" + snnmt).expectProblem(403, "forbidden")).contains("Chỉ");
        assertThat(caller("anonymous").get("/api/clusters/" + snnmt).expectProblem(401, "unauthorized")).isNotBlank();
        assertThat(caller("anonymous").get(path(snnmt, "/ranking")).expectProblem(401, "unauthorized")).isNotBlank();
        assertThat(caller("unit2").get(path(snnmt, "/ranking")).expectProblem(403, "forbidden"))
                .contains("chưa công bố");

        // A member's officer sees its own scores; the head unit and the organiser see everyone's.
        assertThat(scoredUnits("unit2", snnmt)).containsExactly("SNNMT-CCQLDD");
        assertThat(scoredUnits("unit", snnmt)).containsExactly("SNNMT-TTCNTT", "SNNMT-CCQLDD");
        assertThat(scoredUnits("office", snnmt)).containsExactly("SNNMT-TTCNTT", "SNNMT-CCQLDD");
        assertThat(caller("unit").get("/api/clusters/" + snnmt).expect(200).body().at("/auditTrail").size()).isZero();
        assertThat(caller("office").get("/api/clusters/" + snnmt).expect(200).body().at("/auditTrail").size())
                .isPositive();
        assertThat(caller("anonymous").get("/api/clusters/clu-0000-" + token).status()).isEqualTo(401);
        assertThat(caller("office").get("/api/clusters/clu-" + token).expectProblem(404, "cluster-not-found"))
                .contains("Không tìm thấy");
    }

    @Test
    void whatTheRulesRefuseIsAProblemWithACode() {
        seedDemoDepartments();
        String id = clusterWithTable();
        assertThat(caller("unit").put(path(id, "/self-scores/SNNMT-TTCNTT"), scores("61", "30", "0", "0"))
                .expectProblem(422, "score-above-max")).contains("vượt điểm tối đa 60");
        assertThat(caller("office").put(path(id, "/agreed-scores/SNV-TDKT"), scores("50", "30", "0", "0"))
                .expectProblem(422, "not-a-member")).contains("không phải thành viên");
        caller("office").put(path(id, "/agreed-scores/SNNMT-KHTC"), "{\"scores\":[{\"criterion\":\"C1\"}]}")
                .expectProblem(400, "invalid-request");
        caller("unit").post(path(id, "/covenant/signatures"), sign("SNNMT-TTCNTT", "Nguyễn Văn An")).expect(200);
        assertThat(caller("unit").post(path(id, "/covenant/signatures"), sign("SNNMT-TTCNTT", "Nguyễn Văn An"))
                .expectProblem(409, "covenant-already-signed")).contains("đã ký");
        caller("unit2").post(path(id, "/covenant/signatures"), sign("SNNMT-TTCNTT", "Trần Thị Bình"))
                .expectProblem(403, "forbidden");
        caller("office").post("/api/clusters/" + id + "/years", "{\"year\":2026}").expectProblem(409, "year-exists");
        caller("office").post("/api/clusters/" + id + "/years", "{\"year\":2027,\"headUnitId\":\"SNNMT-TTCNTT\"}")
                .expectProblem(422, "head-not-rotated");
        caller("office").get(path(id, "/ranking").replace("2026", "2030")).expectProblem(404, "cluster-year-not-found");
        caller("office").post("/api/clusters", """
                {"name":"Cụm một thành viên","organiserAgencyCode":"SNNMT","memberUnitCodes":["SNNMT-KHTC"]}
                """).expectProblem(422, "cluster-members-required");
        caller("office").post("/api/clusters", """
                {"name":"Cụm có đơn vị lạ","organiserAgencyCode":"SNNMT","memberUnitCodes":["SNNMT-KHTC","KHONG-CO"]}
                """).expectProblem(422, "unknown-unit");
        caller("office").post("/api/clusters", """
                {"name":"Cụm của cơ quan khác","organiserAgencyCode":"SNV","memberUnitCodes":["SNV-VP","SNV-TDKT"]}
                """).expectProblem(403, "forbidden");
    }

    @Test
    void everyClusterCommandLeavesExactlyOneAuditEntry() {
        seedDemoDepartments();
        RestApi.Reply created = caller("office").post("/api/clusters", clusterJson());
        String id = created.expect(201).text("/id");
        assertOneEntry(created, "office", "cluster", id, "CREATED", null,
                "3 thành viên: SNNMT-TTCNTT, SNNMT-CCQLDD, SNNMT-KHTC");
        command("office", "cluster", id, "YEAR_OPENED", () -> caller("office").post("/api/clusters/" + id + "/years",
                "{\"year\":2026}"));
        command("office", "cluster", id, "COVENANT_SET", () -> caller("office").put(path(id, "/covenant"), COVENANT));
        command("unit", "cluster", id, "COVENANT_SIGNED", () -> caller("unit").post(path(id, "/covenant/signatures"),
                sign("SNNMT-TTCNTT", "Nguyễn Văn An")));
        command("unit2", "cluster", id, "COVENANT_SIGNED", () -> caller("unit2").post(path(id, "/covenant/signatures"),
                sign("SNNMT-CCQLDD", "Trần Thị Bình")));
        JsonNode closed = command("unit", "cluster", id, "COVENANT_CLOSED",
                () -> caller("unit").post(path(id, "/covenant/close")));
        assertThat(closed.at("/after").asString()).isEqualTo("Giao ước có hiệu lực");
        command("office", "cluster", id, "SCORING_TABLE_SET", () -> caller("office").put(path(id, "/scoring-table"),
                TABLE));
        command("unit", "cluster", id, "SELF_SCORED", () -> caller("unit").put(path(id, "/self-scores/SNNMT-TTCNTT"),
                scores("50", "30", "0", "0")));
        for (String unit : List.of("SNNMT-TTCNTT", "SNNMT-CCQLDD", "SNNMT-KHTC")) {
            command("unit", "cluster", id, "SCORES_AGREED", () -> caller("unit").put(path(id, "/agreed-scores/" + unit),
                    scores("50", "30", "0", "0")));
        }
        command("office", "cluster", id, "RANKING_PUBLISHED", () -> caller("office").post(path(id, "/ranking/publish"),
                "{}"));
        command("admin", "cluster", id, "MEMBERS_CHANGED", () -> caller("admin").put("/api/clusters/" + id + "/members",
                "{\"memberUnitCodes\":[\"SNNMT-CCQLDD\",\"SNNMT-TTCNTT\",\"SNNMT-KHTC\"]}"));

        // A refused command leaves nothing; the audit query is the organiser's.
        int entries = audit("admin", "cluster", id).size();
        caller("unit2").put(path(id, "/agreed-scores/SNNMT-KHTC"), scores("1", "1", "0", "0"))
                .expectProblem(403, "forbidden");
        assertThat(audit("admin", "cluster", id)).hasSize(entries);
        assertThat(audit("office", "cluster", id)).hasSize(entries);
        assertThat(audit("office2", "cluster", id)).isEmpty();
        caller("unit").get("/api/audit?aggregateType=cluster").expectProblem(403, "forbidden");
    }

    // --- seed -----------------------------------------------------------------------------------

    String clusterJson() {
        return """
                {"name":"Cụm thi đua các đơn vị thuộc Sở %s","grouping":"CLUSTER","organiserAgencyCode":"SNNMT",
                 "memberUnitCodes":%s}
                """.formatted(token, MEMBERS);
    }

    String clusterMovementJson() {
        return """
                {"title":"Phong trào của cụm %s","kind":"REGULAR","contents":[{"number":1,"text":"Thi đua."}],
                 "periodStart":"2026-01-01","periodEnd":"2026-12-31","finalReportDue":"2026-12-15"}
                """.formatted(token);
    }

    String freshCluster() {
        return caller("office").post("/api/clusters", clusterJson()).expect(201).text("/id");
    }

    String clusterWithYear() {
        String id = freshCluster();
        caller("office").post("/api/clusters/" + id + "/years", "{\"year\":2026}").expect(201);
        return id;
    }

    String clusterWithCovenant() {
        String id = clusterWithYear();
        caller("office").put(path(id, "/covenant"), COVENANT).expect(200);
        return id;
    }

    String clusterWithTable() {
        String id = clusterWithCovenant();
        caller("office").put(path(id, "/scoring-table"), TABLE).expect(200);
        return id;
    }

    String scoredCluster() {
        String id = clusterWithTable();
        caller("office").put(path(id, "/agreed-scores/SNNMT-TTCNTT"), scores("55", "35", "0", "0")).expect(200);
        caller("office").put(path(id, "/agreed-scores/SNNMT-CCQLDD"), scores("50", "35", "1", "0")).expect(200);
        caller("office").put(path(id, "/agreed-scores/SNNMT-KHTC"), scores("45", "30", "0", "1")).expect(200);
        return id;
    }

    String publishedCluster() {
        String id = scoredCluster();
        caller("office").post(path(id, "/ranking/publish"), "{}").expect(200);
        return id;
    }

    /** A path under the cluster's year 2026. */
    static String path(String id, String rest) {
        return "/api/clusters/" + id + "/years/2026" + rest;
    }

    static String sign(String unit, String signer) {
        return "{\"unitId\":\"%s\",\"signerName\":\"%s\",\"signerTitle\":\"Giám đốc\"}".formatted(unit, signer);
    }

    List<String> clusterIds(String who) {
        return caller(who).get("/api/clusters").expect(200).body().valueStream().map(c -> c.at("/id").asString())
                .toList();
    }

    List<String> scoredUnits(String who, String id) {
        return caller(who).get("/api/clusters/" + id).expect(200).body().at("/years/0/scores").valueStream()
                .map(s -> s.at("/unitId").asString()).toList();
    }

    private static void row(Map<String, Call> calls, Map<String, List<Integer>> expected, String endpoint, Call call,
            Integer... statuses) {
        assertThat(statuses).as(endpoint).hasSize(CALLERS.size());
        calls.put(endpoint, call);
        expected.put(endpoint, List.of(statuses));
    }
}
