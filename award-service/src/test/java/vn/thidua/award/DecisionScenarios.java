package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.StreamSupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;
import vn.thidua.documents.signing.PadesVerifier;
import vn.thidua.documents.signing.SignatureVerification;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.RestApi.Reply;
import vn.thidua.eventing.test.TestTokens;

/**
 * Decisions signed by the leader and read by anyone, revocation and its effects (quota, fund, history,
 * public view), certificates, reward funds, public disclosure with objections and the early vote it
 * refuses; who may call each new endpoint, and one audit entry per new command.
 */
abstract class DecisionScenarios extends CouncilScenarios {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    RestApi leaderOf(Department d) {
        return new RestApi(port).as(TestTokens.person("gd-" + d.agency(), "LEADER", d.agency(), d.agency() + "-VP")
                .token());
    }

    static String decideBody(String date) {
        return "{\"signerName\":\"Trần Văn Đức\",\"signerTitle\":\"Giám đốc\",\"decisionDate\":\"" + date + "\"}";
    }

    String giayKhen(Department d, RestApi office, String name) {
        return office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN", name, null).toString())
                .expect(201).text("/id");
    }

    @Test
    void aLeaderDecidingSignsTheDecisionWhichAnyoneReadsAndVerifies() throws IOException {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String id = giayKhen(d, office, "Nguyễn Thị Hằng");
        RestApi anonymous = new RestApi(port);
        office.download("/api/nominations/" + id + "/decision.pdf").expect(409);
        assertThat(anonymous.download("/api/nominations/" + id + "/decision.pdf").status()).isEqualTo(401);

        Reply decided = leaderOf(d).post("/api/nominations/" + id + "/decide", decideBody("2025-03-10")).expect(200);
        // 0,3 × 2.340.000 = 702.000, rounded up to tens of thousands.
        assertThat(decided.body().at("/reward/amount").asLong()).isEqualTo(710_000);
        assertThat(decided.body().at("/reward/baseSalary").asLong()).isEqualTo(2_340_000);
        assertThat(decided.body().at("/signature/selfSigned").asBoolean()).isTrue();
        assertOneEntry(trail("nomination", id), decided, "gd-" + d.agency(), "LEADER", d.agency() + "-VP", "DECIDED");

        RestApi.Download pdf = anonymous.download("/api/nominations/" + id + "/decision.pdf").expect(200);
        SignatureVerification verified = new PadesVerifier().verify(pdf.body());
        assertThat(verified.valid()).as("%s", verified.problems()).isTrue();
        String text = pdfText(pdf.body());
        assertInOrder(text, List.of("QUYẾT ĐỊNH", "Về việc tặng Giấy khen", "Căn cứ Luật Thi đua, khen thưởng",
                "Căn cứ quy định về thi đua, khen thưởng", "Theo đề nghị của Chánh Văn phòng.", "Điều 1.",
                "Nguyễn Thị Hằng", "710.000", "Điều 2.", "2.340.000", "Điều 3.", "Nơi nhận:", "GIÁM ĐỐC",
                "Trần Văn Đức"));

        JsonNode signature = anonymous.get("/api/nominations/" + id + "/decision/signature").expect(200).body();
        assertThat(signature.get("valid").asBoolean()).isTrue();
        assertThat(signature.get("selfSigned").asBoolean()).isTrue();
        assertThat(signature.get("notice").asString()).isEqualTo("Chứng thư tự ký – chỉ dùng thử nghiệm");
        assertThat(signature.get("signedBy").asString()).isEqualTo("gd-" + d.agency());

        RestApi.Download docx = anonymous.download("/api/nominations/" + id + "/decision.docx").expect(200);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertInOrder(extractor.getText(), List.of("QUYẾT ĐỊNH", "Điều 1.", "Nguyễn Thị Hằng", "Điều 2.",
                    "Điều 3.", "Trần Văn Đức"));
        }
        JsonNode published = anonymous.get("/api/nominations/" + id).expect(200).body();
        assertThat(published.get("signed").asBoolean()).isTrue();
        assertThat(published.get("rewardAmount").asLong()).isEqualTo(710_000);
    }

    @Test
    void theOfficeRecordsADecisionUnsignedAndTheLeaderSignsItOnce() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String id = giayKhen(d, office, "Lê Văn Minh");
        // A day before a raise of the base salary: 0,3 × 1.800.000.
        Reply decided = office.post("/api/nominations/" + id + "/decide", decideBody("2024-06-30")).expect(200);
        assertThat(decided.body().at("/reward/amount").asLong()).isEqualTo(540_000);
        assertThat(decided.body().at("/signature").isMissingNode() || decided.body().at("/signature").isNull()).isTrue();
        new RestApi(port).get("/api/nominations/" + id + "/decision/signature").expectProblem(404,
                "decision-not-signed");
        new RestApi(port).download("/api/nominations/" + id + "/decision.pdf").expect(200);

        office.post("/api/nominations/" + id + "/decision/sign").expectProblem(403, "forbidden");
        api("leader").post("/api/nominations/" + id + "/decision/sign").expectProblem(403, "forbidden");
        Reply signed = leaderOf(d).post("/api/nominations/" + id + "/decision/sign").expect(200);
        assertOneEntry(trail("nomination", id), signed, "gd-" + d.agency(), "LEADER", d.agency() + "-VP", "SIGNED");
        leaderOf(d).post("/api/nominations/" + id + "/decision/sign").expectProblem(409, "decision-already-signed");
        assertThat(new RestApi(port).get("/api/nominations/" + id + "/decision/signature").expect(200).body()
                .get("valid").asBoolean()).isTrue();
    }

    @Test
    void aRevocationGivesBackTheQuotaPlaceRecoversTheRewardAndStaysPublicAsRevoked() throws IOException {
        Department d = department();
        RestApi office = d.as(port, d.office());
        RestApi unit = d.as(port, d.unitOfficer());
        int year = LocalDate.now(VIETNAM).getYear();
        String today = LocalDate.now(VIETNAM).toString();
        importLdtt(d.unit(), 2025, List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung",
                "Hoàng Văn Em", "Vũ Thị Giang", "Đỗ Văn Hải"));
        Reply budget = office.put("/api/reward-funds/" + d.agency() + "/" + year, "{\"budget\":5000000}").expect(200);
        assertOneEntry(trail("reward-fund", d.agency() + ":" + year), budget, "vp-" + d.agency(), "OFFICE",
                d.agency() + "-VP", "BUDGET_SET");

        // CSTĐCS (one place of 7 LĐTT) through the council, decided by the leader.
        String an = unit.post("/api/nominations", person(d.campaignId(), d.unit(), "CHIEN_SI_THI_DUA_CO_SO",
                "Nguyễn Văn An", 2025).put("excellentDuty", true).toString()).expect(201).text("/id");
        office.post("/api/nominations/" + an + "/receive").expect(200);
        office.post("/api/nominations/" + an + "/accept").expect(200);
        String session = office.post("/api/council-sessions", schedule(d, List.of(an))).expect(201).text("/id");
        office.post("/api/council-sessions/" + session + "/open", present(d.members().subList(0, 9))).expect(200);
        for (int i = 1; i <= 9; i++) {
            member(d, i).post(itemPath(session, an) + "/votes", "{\"choice\":\"APPROVE\"}").expect(200);
        }
        office.post("/api/council-sessions/" + session + "/close").expect(200);
        Reply decided = leaderOf(d).post("/api/nominations/" + an + "/decide", decideBody(today)).expect(200);
        long reward = decided.body().at("/reward/amount").asLong();
        assertThat(reward).isPositive();
        assertThat(pdfText(new RestApi(port).download("/api/nominations/" + an + "/decision.pdf").expect(200).body()))
                .contains("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng", "công nhận danh hiệu Chiến sĩ thi đua cơ sở");
        String binh = "{\"campaignId\":\"" + d.campaignId() + "\",\"unitId\":\"" + d.unit() + "\",\"nomineeKind\":"
                + "\"INDIVIDUAL\",\"nomineeName\":\"Trần Thị Bình\",\"form\":\"CHIEN_SI_THI_DUA_CO_SO\",\"reason\":"
                + "\"Hoàn thành xuất sắc nhiệm vụ.\",\"year\":2025,\"excellentDuty\":true}";
        unit.post("/api/nominations", binh).expectProblem(422, "quota-exceeded");
        await().atMost(WAIT).until(() -> achievementOf(an) != null);

        unit.post("/api/nominations/" + an + "/revoke", "{\"reason\":\"Kê khai không trung thực\"}")
                .expectProblem(403, "forbidden");
        office.post("/api/nominations/" + an + "/revoke", "{\"reason\":\" \"}").expectProblem(400, "invalid-request");
        Reply revoked = office.post("/api/nominations/" + an + "/revoke",
                "{\"reason\":\"Kê khai thành tích không trung thực\"}").expect(200);
        assertThat(revoked.text("/status")).isEqualTo("REVOKED");
        assertThat(revoked.body().at("/revocation/recoveryAmount").asLong()).isEqualTo(reward);
        assertOneEntry(trail("nomination", an), revoked, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP", "REVOKED");
        office.post("/api/nominations/" + an + "/revoke", "{\"reason\":\"Lần nữa\"}").expectProblem(409,
                "already-revoked");

        // The quota place is free again; the history keeps the title, marked revoked.
        unit.post("/api/nominations", binh).expect(201);
        await().atMost(WAIT).until(() -> achievementOf(an).hasNonNull("revokedAt"));
        assertThat(achievementOf(an).get("revocationReason").asString()).isEqualTo("Kê khai thành tích không trung thực");

        // The public still reads the decision, marked revoked; no certificate is printed for it.
        JsonNode published = new RestApi(port).get("/api/nominations/" + an).expect(200).body();
        assertThat(published.get("status").asString()).isEqualTo("REVOKED");
        assertThat(published.get("revocationReason").asString()).isEqualTo("Kê khai thành tích không trung thực");
        assertThat(ids(new RestApi(port).get("/api/nominations?status=REVOKED").expect(200).body())).contains(an);
        new RestApi(port).download("/api/nominations/" + an + "/decision.pdf").expect(200);
        assertThat(new RestApi(port).get("/api/nominations/" + an + "/decision/signature").expect(200).body()
                .get("revoked").asBoolean()).isTrue();
        assertThat(unit.download("/api/nominations/" + an + "/certificate.pdf").status()).isEqualTo(409);

        // The fund: paid and recovered the same year, so the balance is the budget again.
        JsonNode fund = office.get("/api/reward-funds/" + d.agency() + "/" + year).expect(200).body();
        assertThat(fund.get("budget").asLong()).isEqualTo(5_000_000);
        assertThat(fund.get("paid").asLong()).isEqualTo(reward);
        assertThat(fund.get("recovered").asLong()).isEqualTo(reward);
        assertThat(fund.get("balance").asLong()).isEqualTo(5_000_000);
        assertThat(fund.at("/payouts/0/nominationId").asString()).isEqualTo(an);
        RestApi.Download xlsx = office.download("/api/reward-funds/" + d.agency() + "/" + year + "?format=xlsx")
                .expect(200);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("Tổng hợp").getRow(5).getCell(1).getNumericCellValue()).isEqualTo(5_000_000d);
            assertThat(book.getSheet("Chi thưởng").getRow(1).getCell(0).getStringCellValue()).isEqualTo(an);
            assertThat(book.getSheet("Thu hồi").getRow(1).getCell(6).getNumericCellValue()).isEqualTo((double) reward);
        }
    }

    @Test
    void aCertificateIsPrintedForItsRecipientFullPageOrOnABlank() throws IOException {
        Department d = department();
        RestApi office = d.as(port, d.office());
        RestApi unit = d.as(port, d.unitOfficer());
        String id = giayKhen(d, office, "Phạm Quỳnh Anh");
        assertThat(unit.download("/api/nominations/" + id + "/certificate.pdf").status()).isEqualTo(409);
        leaderOf(d).post("/api/nominations/" + id + "/decide", decideBody("2025-05-19")).expect(200);

        String full = pdfText(unit.download("/api/nominations/" + id + "/certificate.pdf?layout=full").expect(200).body());
        assertInOrder(full, List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "GIẤY KHEN", "Phạm Quỳnh Anh",
                "Hoàn thành xuất sắc", "ngày 19/05/2025", "Trần Văn Đức"));
        assertThat(pdfText(office.download("/api/nominations/" + id + "/certificate.pdf?layout=blank").expect(200)
                .body())).contains("Phạm Quỳnh Anh").doesNotContain("GIẤY KHEN");
        unit.get("/api/nominations/" + id + "/certificate.pdf?layout=poster").expectProblem(400, "layout-invalid");
        assertThat(api("office2").download("/api/nominations/" + id + "/certificate.pdf").status()).isEqualTo(403);
        assertThat(api("unit").download("/api/nominations/" + id + "/certificate.pdf").status()).isEqualTo(403);
    }

    @Test
    void aListIsDisclosedForItsWorkingDaysBeforeTheCouncilMayVoteAndAnyoneMayObject() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String id = office.post("/api/nominations", person(d.campaignId(), d.unit(), "BANG_KHEN", "Vũ Minh Châu",
                null).toString()).expect(201).text("/id");
        office.post("/api/nominations/" + id + "/receive").expect(200);
        office.post("/api/nominations/" + id + "/accept").expect(200);
        String session = office.post("/api/council-sessions", schedule(d, List.of(id))).expect(201).text("/id");
        office.post("/api/council-sessions/" + session + "/open", present(d.members().subList(0, 8))).expect(200);
        member(d, 1).post(itemPath(session, id) + "/votes", "{\"choice\":\"APPROVE\"}")
                .expectProblem(409, "disclosure-required");

        Reply published = office.post("/api/disclosures", "{\"title\":\"Danh sách đề nghị tặng Bằng khen\","
                + "\"nominations\":[\"" + id + "\"]}").expect(201);
        String disclosure = published.text("/id");
        assertOneEntry(trail("disclosure", disclosure), published, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP",
                "PUBLISHED");
        LocalDate today = LocalDate.now(VIETNAM);
        LocalDate endsOn = LocalDate.parse(published.text("/endsOn"));
        assertThat(published.body().get("workingDays").asInt()).isEqualTo(10);
        assertThat(endsOn).isAfterOrEqualTo(today.plusDays(13));
        assertThat(published.text("/votingFrom")).isEqualTo(endsOn.plusDays(1).toString());

        // Too early: refused with the date voting may start, in person and in writing.
        String refusal = member(d, 1).post(itemPath(session, id) + "/votes", "{\"choice\":\"APPROVE\"}")
                .expectProblem(409, "disclosure-window-open");
        assertThat(refusal).contains(DAY.format(endsOn.plusDays(1)));
        office.post(itemPath(session, id) + "/written-votes", writtenVote(d.members().get(9), "APPROVE", "PBQ-10"))
                .expectProblem(409, "disclosure-window-open");

        RestApi anonymous = new RestApi(port);
        assertThat(ids(anonymous.get("/api/disclosures").expect(200).body())).contains(disclosure);
        assertThat(anonymous.get("/api/disclosures/" + disclosure).expect(200).body().at("/items/0/nominationId")
                .asString()).isEqualTo(id);

        forgetRecentObjections();
        try {
            Reply objected = anonymous.post("/api/disclosures/" + disclosure + "/objections",
                    "{\"text\":\"Cá nhân này chưa hoàn thành nhiệm vụ được giao.\",\"nominationId\":\"" + id + "\"}")
                    .expect(201);
            JsonNode entries = trail("objection", objected.text("/id"));
            assertThat(entries).hasSize(1);
            assertThat(entries.get(0).at("/entry/actor").asString()).isEqualTo("anonymous");
            assertThat(entries.get(0).at("/entry/requestId").asString())
                    .isEqualTo(objected.headers().getFirst("X-Request-Id"));
            anonymous.post("/api/disclosures/" + disclosure + "/objections", "{\"text\":\"" + "x".repeat(4001) + "\"}")
                    .expectProblem(400, "invalid-request");
            anonymous.post("/api/disclosures/" + disclosure + "/objections", "{\"text\":\"Không rõ\","
                    + "\"nominationId\":\"nom-khac\"}").expectProblem(422, "not-in-disclosure");
            for (int i = 2; i <= 5; i++) {
                anonymous.post("/api/disclosures/" + disclosure + "/objections", "{\"name\":\"Người dân " + i
                        + "\",\"contact\":\"0900000000\",\"text\":\"Ý kiến số " + i + "\"}").expect(201);
            }
            anonymous.post("/api/disclosures/" + disclosure + "/objections", "{\"text\":\"Ý kiến thứ sáu\"}")
                    .expectProblem(429, "too-many-objections");
        } finally {
            forgetRecentObjections();
        }
        JsonNode objections = office.get("/api/disclosures/" + disclosure + "/objections").expect(200).body();
        assertThat(objections).hasSize(5);
        assertThat(objections.get(1).get("name").asString()).isEqualTo("Người dân 2");
        d.as(port, d.unitOfficer()).get("/api/disclosures/" + disclosure + "/objections")
                .expectProblem(403, "forbidden");
        assertThat(anonymous.get("/api/disclosures/" + disclosure).body().get("objections").asInt()).isEqualTo(5);
    }

    // --- who may call each new endpoint; one audit entry per command

    static final String DECISION_MATRIX = """
            endpoint                                         anonymous admin office office2 unit unit2 unit3 council1 leader viewer
            POST /api/nominations/{id}/decision/sign               401   403    403     403  403   403   403      403    200    403
            GET /api/nominations/{id}/decision.pdf                 200   200    200     200  200   200   200      200    200    200
            GET /api/nominations/{id}/decision.docx                200   200    200     200  200   200   200      200    200    200
            GET /api/nominations/{id}/decision/signature           200   200    200     200  200   200   200      200    200    200
            POST /api/nominations/{id}/revoke                      401   200    200     403  403   403   403      403    200    403
            GET /api/nominations/{id}/certificate.pdf              401   200    200     403  200   403   403      200    200    403
            PUT /api/reward-funds/{agency}/{year}                  401   200    200     403  403   403   403      403    403    403
            GET /api/reward-funds/{agency}/{year}                  401   200    200     403  403   403   403      403    200    403
            POST /api/disclosures                                  401   201    201     403  403   403   403      403    403    403
            GET /api/disclosures                                   200   200    200     200  200   200   200      200    200    200
            GET /api/disclosures/{id}                              200   200    200     200  200   200   200      200    200    200
            POST /api/disclosures/{id}/objections                  201   201    201     201  201   201   201      201    201    201
            GET /api/disclosures/{id}/objections                   401   200    200     403  403   403   403      200    200    403
            """;

    @Test
    void everyDecisionEndpointAnswersEveryCallerWithTheStatusOfThePolicy() {
        String snnmt = launchWith("SNNMT", List.of(participant("SNNMT-TTCNTT")));
        String signed = nominateAsAdmin(snnmt, "SNNMT-TTCNTT", "Người Được Ký");
        api("leader").post("/api/nominations/" + signed + "/decide", decision()).expect(200);
        String disclosure = api("office").post("/api/disclosures", "{\"nominations\":[\"" + acceptedSnnmt(snnmt)
                + "\"]}").expect(201).text("/id");
        Map<String, Function<RestApi, Reply>> calls = new LinkedHashMap<>();
        calls.put("POST /api/nominations/{id}/decision/sign", api -> api.post("/api/nominations/"
                + decidedByAdmin(snnmt) + "/decision/sign"));
        calls.put("GET /api/nominations/{id}/decision.pdf", api -> reply(api.download("/api/nominations/" + signed
                + "/decision.pdf")));
        calls.put("GET /api/nominations/{id}/decision.docx", api -> reply(api.download("/api/nominations/" + signed
                + "/decision.docx")));
        calls.put("GET /api/nominations/{id}/decision/signature", api -> api.get("/api/nominations/" + signed
                + "/decision/signature"));
        calls.put("POST /api/nominations/{id}/revoke", api -> api.post("/api/nominations/" + decidedByAdmin(snnmt)
                + "/revoke", "{\"reason\":\"Kê khai không đúng\"}"));
        calls.put("GET /api/nominations/{id}/certificate.pdf", api -> reply(api.download("/api/nominations/" + signed
                + "/certificate.pdf")));
        calls.put("PUT /api/reward-funds/{agency}/{year}", api -> api.put("/api/reward-funds/SNNMT/2031",
                "{\"budget\":1000000}"));
        calls.put("GET /api/reward-funds/{agency}/{year}", api -> api.get("/api/reward-funds/SNNMT/2031"));
        calls.put("POST /api/disclosures", api -> api.post("/api/disclosures", "{\"nominations\":[\""
                + acceptedSnnmt(snnmt) + "\"]}"));
        calls.put("GET /api/disclosures", api -> api.get("/api/disclosures"));
        calls.put("GET /api/disclosures/{id}", api -> api.get("/api/disclosures/" + disclosure));
        calls.put("POST /api/disclosures/{id}/objections", api -> {
            forgetRecentObjections();
            return api.post("/api/disclosures/" + disclosure + "/objections", "{\"text\":\"Ý kiến phản ánh\"}");
        });
        calls.put("GET /api/disclosures/{id}/objections", api -> api.get("/api/disclosures/" + disclosure
                + "/objections"));

        List<String> rows = DECISION_MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> callers = List.of(rows.getFirst().split("\\s+")).subList(1, 11);
        List<String> failures = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\\s+");
            String endpoint = cells[0] + " " + cells[1];
            assertThat(calls).as("endpoint of the matrix").containsKey(endpoint);
            for (int i = 0; i < callers.size(); i++) {
                int expected = Integer.parseInt(cells[i + 2]);
                Reply reply = calls.get(endpoint).apply(api(callers.get(i)));
                if (reply.status() != expected) {
                    failures.add(endpoint + " as " + callers.get(i) + ": " + reply.status() + " instead of " + expected
                            + " " + reply.body());
                } else if (expected == 401 || expected == 403) {
                    reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
                }
            }
        }
        forgetRecentObjections();
        assertThat(failures).isEmpty();
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(rows.subList(1, rows.size()).stream()
                .map(r -> String.join(" ", List.of(r.split("\\s+")).subList(0, 2))).toList());
    }

    @Test
    void everyNewCommandLeavesOneAuditEntryOfItsActorAndRequest() {
        String snnmt = launchWith("SNNMT", List.of(participant("SNNMT-TTCNTT")));
        Reply signed = api("leader").post("/api/nominations/" + decidedByAdmin(snnmt) + "/decision/sign").expect(200);
        assertOneEntry(trail("nomination", signed.text("/id")), signed, "leader", "LEADER", "SNNMT-VP", "SIGNED");
        Reply revoked = api("office").post("/api/nominations/" + decidedByAdmin(snnmt) + "/revoke",
                "{\"reason\":\"Kê khai không đúng\"}").expect(200);
        assertOneEntry(trail("nomination", revoked.text("/id")), revoked, "office", "OFFICE", "SNNMT-VP", "REVOKED");
        Reply budget = api("office").put("/api/reward-funds/SNNMT/2032", "{\"budget\":2000000,\"note\":\"Dự toán\"}")
                .expect(200);
        assertOneEntry(trail("reward-fund", "SNNMT:2032"), budget, "office", "OFFICE", "SNNMT-VP", "BUDGET_SET");
        Reply published = api("office").post("/api/disclosures", "{\"nominations\":[\"" + acceptedSnnmt(snnmt)
                + "\"]}").expect(201);
        assertOneEntry(trail("disclosure", published.text("/id")), published, "office", "OFFICE", "SNNMT-VP",
                "PUBLISHED");
        forgetRecentObjections();
        Reply objected = api("unit").post("/api/disclosures/" + published.text("/id") + "/objections",
                "{\"name\":\"Nguyễn Văn Lộc\",\"text\":\"Ý kiến\"}").expect(201);
        forgetRecentObjections();
        assertOneEntry(trail("objection", objected.text("/id")), objected, "unit", "UNIT", "SNNMT-TTCNTT", "OBJECTED");
        // The office reads its own department's new trails; another department's office does not.
        assertThat(aggregateIds(api("office").get("/api/audit?aggregateType=disclosure&limit=500").expect(200).body()))
                .contains(published.text("/id"));
        assertThat(aggregateIds(api("office2").get("/api/audit?aggregateType=reward-fund&limit=500").expect(200)
                .body())).doesNotContain("SNNMT:2032");
    }

    // --- helpers

    String decidedByAdmin(String campaignId) {
        String id = nominateAsAdmin(campaignId, "SNNMT-TTCNTT", "Người Quyết Định");
        api("admin").post("/api/nominations/" + id + "/decide", decision()).expect(200);
        return id;
    }

    /** Every test call comes from the loopback address: forget its recent objections so the limit starts anew. */
    void forgetRecentObjections() {
        mongo.updateMulti(new Query(Criteria.where("address").ne("test-forgotten")),
                new Update().set("address", "test-forgotten"), "objections");
    }

    JsonNode achievementOf(String nominationId) {
        JsonNode rows = api("admin").get("/api/achievements").expect(200).body();
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(r -> r.hasNonNull("nominationId") && nominationId.equals(r.get("nominationId").asString()))
                .findFirst().orElse(null);
    }

    static Reply reply(RestApi.Download download) {
        return new Reply(download.status(), download.headers(), download.status() == 200 ? null
                : JSON.readTree(download.body()));
    }

    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("\"%s\" after position %d in %s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
