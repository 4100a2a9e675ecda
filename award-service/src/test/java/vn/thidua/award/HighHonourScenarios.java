package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.thidua.award.dossier.Samples;
import vn.thidua.contracts.award.AwardForwarded;
import vn.thidua.contracts.award.AwardOutcomeRecorded;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.RestApi.Reply;
import vn.thidua.eventing.test.TestTokens;

/**
 * High honours the agency only proposes (khen cao) over HTTP: the dossier the rules require before
 * submission, the council, the consultation of another agency (hiệp y), forwarding upward and the
 * superior's answer entering the achievement history; each step audited once and announced once.
 */
abstract class HighHonourScenarios extends DecisionBatchScenarios {

    static final String HUAN_CHUONG = "HUAN_CHUONG_LAO_DONG_HANG_BA";

    @Test
    void aHighHonourIsProposedUpwardAfterItsDossierCouncilAndConsultationAndEntersTheHistoryOnceGranted() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        RestApi unit = d.as(port, d.unitOfficer());
        RestApi leader = d.as(port, TestTokens.person("gd-" + d.agency(), "LEADER", d.agency(), d.agency() + "-VP")
                .token());

        // The rules ask for the achievement report and the unit's minutes: each missing item is named.
        Reply direct = unit.post("/api/nominations", person(d.campaignId(), d.unit(), HUAN_CHUONG, "Phạm Thị Dung",
                null).toString());
        direct.expectProblem(422, "dossier-incomplete");
        assertThat(direct.body().get("errors").findValuesAsString("item"))
                .containsExactly("ACHIEVEMENT_REPORT", "UNIT_MINUTES");
        String id = unit.post("/api/nominations", person(d.campaignId(), d.unit(), HUAN_CHUONG, "Phạm Thị Dung", null)
                .put("draft", true).toString()).expect(201).text("/id");
        upload(d.unitOfficer(), id, "UNIT_MINUTES", "Biên bản họp xét.pdf", Samples.pdf()).expect(201);
        Reply incomplete = unit.post("/api/nominations/" + id + "/submit", "{}");
        incomplete.expectProblem(422, "dossier-incomplete");
        assertThat(incomplete.body().get("errors").findValuesAsString("reason")).containsExactly(
                "Thiếu báo cáo thành tích có chữ ký, xác nhận trong hồ sơ đề nghị Huân chương Lao động hạng Ba.");
        upload(d.unitOfficer(), id, "ACHIEVEMENT_REPORT", "Báo cáo thành tích.docx", Samples.docx("Báo cáo"))
                .expect(201);
        unit.post("/api/nominations/" + id + "/submit", "{}").expect(200);
        office.post("/api/nominations/" + id + "/receive").expect(200);
        office.post("/api/nominations/" + id + "/accept").expect(200);

        // The agency never decides it; it forwards it after its council approved it.
        decideAs(d, id).expectProblem(409, "conferred-above");
        office.post("/api/nominations/" + id + "/forward", "{}").expectProblem(409, "not-forwardable");
        String session = office.post("/api/council-sessions", schedule(d, List.of(id))).expect(201).text("/id");
        office.post("/api/council-sessions/" + session + "/open", present(d.members())).expect(200);
        for (int i = 1; i <= 6; i++) {
            member(d, i).post(itemPath(session, id) + "/votes", "{\"choice\":\"APPROVE\"}").expect(200);
        }
        office.post("/api/council-sessions/" + session + "/close").expect(200);
        office.post("/api/nominations/" + id + "/forward", "{}").expectProblem(409, "consultation-required");

        // Hiệp y: another agency is consulted; forwarding waits for its answer.
        String police = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        LocalDate due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7);
        Reply consulted = office.post("/api/nominations/" + id + "/consultations", "{\"agencies\":[{\"code\":\""
                + police + "\",\"name\":\"Công an tỉnh\"}],\"dueDate\":\"" + due + "\"}").expect(200);
        assertThat(consulted.text("/status")).isEqualTo("CONSULTING");
        assertOneEntry(trail("nomination", id), consulted, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP",
                "CONSULTATION_REQUESTED");
        office.post("/api/nominations/" + id + "/forward", "{}").expectProblem(409, "consultation-pending");
        api("office2").post("/api/nominations/" + id + "/consultations/" + police, "{\"answer\":\"AGREE\"}")
                .expectProblem(403, "forbidden");
        Reply answered = new RestApi(port).as(TestTokens.person("vp-" + police, "OFFICE", police, police + "-VP")
                .token()).post("/api/nominations/" + id + "/consultations/" + police,
                        "{\"answer\":\"AGREE\",\"comment\":\"Không có ý kiến khác\"}").expect(200);
        assertOneEntry(trail("nomination", id), answered, "vp-" + police, "OFFICE", police + "-VP",
                "CONSULTATION_ANSWERED");

        Reply forwarded = leader.post("/api/nominations/" + id + "/forward", "{}").expect(200);
        assertThat(forwarded.text("/status")).isEqualTo("FORWARDED");
        assertThat(forwarded.text("/forwarding/to")).isEqualTo("Chủ tịch nước");
        assertOneEntry(trail("nomination", id), forwarded, "gd-" + d.agency(), "LEADER", d.agency() + "-VP",
                "FORWARDED");
        JsonNode event = exactlyOne(AwardForwarded.class, d.campaignId(), "nominations");
        assertThat(event.at("/consulted/0/answer").asString()).isEqualTo("AGREE");
        assertThat(event.get("forwardedTo").asString()).isEqualTo("Chủ tịch nước");

        office.post("/api/nominations/" + id + "/outcome", "{\"granted\":true}")
                .expectProblem(422, "superior-decision-required");
        Reply granted = office.post("/api/nominations/" + id + "/outcome", "{\"granted\":true,\"decisionNumber\":"
                + "\"1234/QĐ-CTN\",\"decisionDate\":\"2027-04-25\"}").expect(200);
        assertThat(granted.text("/status")).isEqualTo("GRANTED");
        assertOneEntry(trail("nomination", id), granted, "vp-" + d.agency(), "OFFICE", d.agency() + "-VP", "GRANTED");
        assertThat(exactlyOne(AwardOutcomeRecorded.class, d.campaignId(), "nominations").get("decisionNumber")
                .asString()).isEqualTo("1234/QĐ-CTN");
        JsonNode history = await().atMost(WAIT).until(() -> api("admin").get("/api/achievements?unitId=" + d.unit())
                .body(), rows -> rows.findValuesAsString("source").contains("1234/QĐ-CTN"));
        assertThat(history.findValuesAsString("titleName")).contains("Huân chương Lao động hạng Ba");
    }

    static final String HONOUR_MATRIX = """
            endpoint                                    anonymous admin office office2 unit unit2 unit3 council1 council2 council3 leader viewer client
            POST /api/nominations/{id}/consultations          401   200    200     403  403   403   403      403      403      403    403    403    403
            POST /api/nominations/{id}/consultations/{a}      401   200    403     200  403   403   403      403      403      403    403    403    403
            POST /api/nominations/{id}/forward                401   200    200     403  403   403   403      403      403      403    200    403    403
            POST /api/nominations/{id}/outcome                401   200    200     403  403   403   403      403      403      403    403    403    403
            """;

    @Test
    void everyHighHonourEndpointAnswersEveryCallerWithTheStatusOfThePolicy() {
        String snnmt = launchWith("SNNMT", List.of(participant("SNNMT-TTCNTT")));
        List<String> huan = approvedSnnmt(snnmt, HUAN_CHUONG, 6);
        List<String> bang = approvedSnnmt(snnmt, "BANG_KHEN_THU_TUONG", 7);
        String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(7).toString();
        String consultSnv = "{\"agencies\":[{\"code\":\"SNV\",\"name\":\"Sở Nội vụ\"}],\"dueDate\":\"" + due + "\"}";
        Deque<String> toConsult = new ArrayDeque<>(huan.subList(0, 3));
        Deque<String> consulting = new ArrayDeque<>(huan.subList(3, 6));
        consulting.forEach(id -> api("office").post("/api/nominations/" + id + "/consultations", consultSnv).expect(200));
        Deque<String> toForward = new ArrayDeque<>(bang.subList(0, 4));
        Deque<String> forwarded = new ArrayDeque<>(bang.subList(4, 7));
        forwarded.forEach(id -> api("office").post("/api/nominations/" + id + "/forward", "{}").expect(200));
        // A refusal changes nothing, so every refused caller is tried on the same (last) nomination of a pool.
        Map<String, Function<String, Reply>> calls = new LinkedHashMap<>();
        calls.put("POST /api/nominations/{id}/consultations", caller -> as(token(caller)).post("/api/nominations/"
                + next(toConsult, caller, Set.of("admin", "office")) + "/consultations", consultSnv));
        calls.put("POST /api/nominations/{id}/consultations/{a}", caller -> as(token(caller)).post("/api/nominations/"
                + next(consulting, caller, Set.of("admin", "office2")) + "/consultations/SNV",
                "{\"answer\":\"DISAGREE\",\"comment\":\"Đang xem xét đơn thư\"}"));
        calls.put("POST /api/nominations/{id}/forward", caller -> as(token(caller)).post("/api/nominations/"
                + next(toForward, caller, Set.of("admin", "office", "leader")) + "/forward", "{}"));
        calls.put("POST /api/nominations/{id}/outcome", caller -> as(token(caller)).post("/api/nominations/"
                + next(forwarded, caller, Set.of("admin", "office")) + "/outcome",
                "{\"granted\":false,\"reason\":\"Chưa đủ tiêu chuẩn\"}"));

        List<String> rows = HONOUR_MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> callers = List.of(rows.getFirst().split("\\s+")).subList(1, 14);
        List<String> failures = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\\s+");
            String endpoint = cells[0] + " " + cells[1];
            for (int i = 0; i < callers.size(); i++) {
                int expected = Integer.parseInt(cells[i + 2]);
                Reply reply = calls.get(endpoint).apply(callers.get(i));
                if (reply.status() != expected) {
                    failures.add(endpoint + " as " + callers.get(i) + ": " + reply.status() + " instead of " + expected
                            + " " + reply.body());
                } else if (expected == 401 || expected == 403) {
                    reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(rows.subList(1, rows.size()).stream()
                .map(r -> String.join(" ", List.of(r.split("\\s+")).subList(0, 2))).toList());
    }

    /** The next fresh nomination of the pool for a caller who succeeds; the pool's last one for the others. */
    static String next(Deque<String> pool, String caller, Set<String> succeeding) {
        return succeeding.contains(caller) ? pool.removeFirst() : pool.getLast();
    }

    /** SNNMT nominations for a high honour, each with its dossier, accepted and approved in one council session. */
    List<String> approvedSnnmt(String campaignId, String form, int count) {
        List<String> ids = new ArrayList<>();
        String admin = TestTokens.demo("admin");
        for (int i = 0; i < count; i++) {
            String id = api("admin").post("/api/nominations", person(campaignId, "SNNMT-TTCNTT", form,
                    "Người Khen Cao " + UUID.randomUUID().toString().substring(0, 8), null).put("draft", true)
                    .toString()).expect(201).text("/id");
            upload(admin, id, "ACHIEVEMENT_REPORT", "Báo cáo.pdf", Samples.pdf()).expect(201);
            upload(admin, id, "UNIT_MINUTES", "Biên bản.pdf", Samples.pdf()).expect(201);
            api("admin").post("/api/nominations/" + id + "/submit", "{}").expect(200);
            api("office").post("/api/nominations/" + id + "/receive").expect(200);
            api("office").post("/api/nominations/" + id + "/accept").expect(200);
            ids.add(id);
        }
        String session = api("office").post("/api/council-sessions", snnmtSchedule(ids)).expect(201).text("/id");
        api("office").post("/api/council-sessions/" + session + "/open", "{\"present\":[\"council1\",\"council2\"]}")
                .expect(200);
        for (String id : ids) {
            for (String member : List.of("council1", "council2")) {
                api(member).post(itemPath(session, id) + "/votes", "{\"choice\":\"APPROVE\"}").expect(200);
            }
        }
        api("office").post("/api/council-sessions/" + session + "/close").expect(200);
        return ids;
    }
}
