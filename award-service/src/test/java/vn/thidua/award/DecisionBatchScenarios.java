package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.contracts.Topics;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.RestApi.Reply;
import vn.thidua.eventing.test.TestTokens;

/**
 * One decision for several approved nominations ("Quyết định khen thưởng cho 1 tập thể và 2 cá
 * nhân"): one number, one signature, the recipients and their rewards in the table, the total; each
 * nomination decided and announced; revoking one recipient leaves the others.
 */
abstract class DecisionBatchScenarios extends DossierScenarios {

    @Test
    void severalNominationsAreDecidedUnderOneNumberAndOneSignatureAndRevokedOneByOne() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        RestApi leader = d.as(port, TestTokens.person("gd-" + d.agency(), "LEADER", d.agency(), d.agency() + "-VP")
                .token());
        String unit = office.post("/api/nominations", nomination(d.campaignId(), d.unit(), "GIAY_KHEN").toString())
                .expect(201).text("/id");
        String mai = office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN", "Trần Thị Mai", null)
                .toString()).expect(201).text("/id");
        String an = office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN", "Nguyễn Văn An",
                null).toString()).expect(201).text("/id");

        Reply decided = leader.post("/api/decision-batches", batch(List.of(unit, mai, an), "2026-12-30")).expect(201);

        String batch = decided.text("/id");
        String number = "1/QĐ-" + d.agency();
        assertThat(decided.text("/number")).isEqualTo(number);
        assertThat(decided.body().get("collectives").asLong()).isEqualTo(1);
        assertThat(decided.body().get("individuals").asLong()).isEqualTo(2);
        // Giấy khen: 0,6 × 2.340.000 for the collective, 0,3 × 2.340.000 for each person, rounded up.
        assertThat(decided.body().get("totalAmount").asLong()).isEqualTo(1_410_000 + 2 * 710_000);
        assertThat(decided.body().get("signed").asBoolean()).isTrue();
        assertThat(decided.body().at("/recipients/1/nomineeName").asString()).isEqualTo("Trần Thị Mai");
        assertThat(decided.body().at("/recipients/1/amount").asLong()).isEqualTo(710_000);
        assertThat(decided.body().get("skipped")).isEmpty();
        assertOneEntry(trail("decision-batch", batch), decided, "gd-" + d.agency(), "LEADER", d.agency() + "-VP",
                "DECIDED");
        for (String id : List.of(unit, mai, an)) {
            JsonNode n = office.get("/api/nominations/" + id).expect(200).body();
            assertThat(n.get("status").asString()).isEqualTo("DECIDED");
            assertThat(n.get("decisionNumber").asString()).isEqualTo(number);
            assertOneEntry(trail("nomination", id), decided, "gd-" + d.agency(), "LEADER", d.agency() + "-VP",
                    "DECIDED");
        }
        List<ConsumerRecord<String, String>> events = kafka.awaitKey(Topics.AWARD, DECIDED, d.campaignId(), 3, WAIT);
        assertThat(events).extracting(r -> JSON.readTree(r.value()).get("decisionNumber").asString())
                .containsOnly(number);
        assertThat(KafkaTopics.ofType(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                .filter(r -> d.campaignId().equals(r.key())).toList(), DECIDED)).hasSize(3);

        // The document: one decision, the recipients in its table, the total; signed, and the same file
        // each recipient's decision link serves.
        byte[] pdf = new RestApi(port).download("/api/decision-batches/" + batch + "/decision.pdf").expect(200).body();
        String text = pdfText(pdf);
        assertThat(text).contains("Số: " + number, "Về việc khen thưởng cho 1 tập thể và 2 cá nhân",
                "Tập thể Phòng", "Trần Thị Mai", "Nguyễn Văn An", "1.410.000", "710.000",
                "Tổng số tiền thưởng là 2.830.000 đồng");
        assertThat(new RestApi(port).download("/api/nominations/" + mai + "/decision.pdf").expect(200).body())
                .isEqualTo(pdf);
        assertThat(docxText(new RestApi(port).download("/api/decision-batches/" + batch + "/decision.docx").expect(200)
                .body())).contains("Về việc khen thưởng cho 1 tập thể và 2 cá nhân", "Nguyễn Văn An");
        JsonNode signature = new RestApi(port).get("/api/decision-batches/" + batch + "/signature").expect(200).body();
        assertThat(signature.get("valid").asBoolean()).isTrue();
        leader.post("/api/nominations/" + mai + "/decision/sign").expectProblem(409, "decision-in-batch");
        leader.post("/api/decision-batches/" + batch + "/sign").expectProblem(409, "decision-already-signed");

        // Revoking one recipient leaves the others decided; the decision lists it, marked.
        office.post("/api/nominations/" + mai + "/revoke", "{\"reason\":\"Kê khai thành tích không trung thực\"}")
                .expect(200);
        JsonNode after = new RestApi(port).get("/api/decision-batches/" + batch).expect(200).body();
        assertThat(after.findValues("status")).extracting(JsonNode::asString)
                .containsExactly("DECIDED", "REVOKED", "DECIDED");
        assertThat(after.has("skipped") && !after.get("skipped").isNull()).as("public view").isFalse();

        // A list holding one that cannot be decided is refused whole, and takes no number.
        String giang = office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN", "Vũ Thị Giang",
                null).toString()).expect(201).text("/id");
        String detail = office.post("/api/decision-batches", batch(List.of(giang, an), "2026-12-31"))
                .expectProblem(409, "batch-not-decidable");
        assertThat(detail).contains(an).doesNotContain(giang + ":");
        office.post("/api/decision-batches", batch(List.of(giang), "2026-12-31")).expectProblem(422, "batch-too-small");
        assertThat(decideAs(d, giang).expect(200).text("/decisionNumber")).as("single decisions still work")
                .isEqualTo("2/QĐ-" + d.agency());
    }

    static final String BATCH_MATRIX = """
            endpoint                                   anonymous admin office office2 unit unit2 unit3 council1 council2 council3 leader viewer client
            POST /api/decision-batches                       401   201    201     403  403   403   403      403      403      403    201    403    403
            POST /api/decision-batches/{id}/sign             401   403    403     403  403   403   403      403      403      403    200    403    403
            GET /api/decision-batches/{id}                   200   200    200     200  200   200   200      200      200      200    200    200    200
            GET /api/decision-batches/{id}/decision.pdf      200   200    200     200  200   200   200      200      200      200    200    200    200
            GET /api/decision-batches/{id}/decision.docx     200   200    200     200  200   200   200      200      200      200    200    200    200
            GET /api/decision-batches/{id}/signature         200   200    200     200  200   200   200      200      200      200    200    200    200
            """;

    @Test
    void everyBatchEndpointAnswersEveryCallerWithTheStatusOfThePolicy() {
        String snnmt = launchWith("SNNMT", List.of(participant("SNNMT-TTCNTT")));
        String signed = api("leader").post("/api/decision-batches", snnmtBatch(snnmt)).expect(201).text("/id");
        // A refusal changes nothing, so refused callers share one list and one unsigned batch.
        String untouched = snnmtBatch(snnmt);
        String unsigned = api("office").post("/api/decision-batches", snnmtBatch(snnmt)).expect(201).text("/id");
        Set<String> deciders = Set.of("admin", "office", "leader");
        Map<String, Function<String, Reply>> calls = new LinkedHashMap<>();
        calls.put("POST /api/decision-batches", caller -> as(token(caller)).post("/api/decision-batches",
                deciders.contains(caller) ? snnmtBatch(snnmt) : untouched));
        calls.put("POST /api/decision-batches/{id}/sign", caller -> as(token(caller)).post("/api/decision-batches/"
                + ("leader".equals(caller) ? api("office").post("/api/decision-batches", snnmtBatch(snnmt))
                        .expect(201).text("/id") : unsigned) + "/sign"));
        calls.put("GET /api/decision-batches/{id}", caller -> as(token(caller)).get("/api/decision-batches/"
                + signed));
        calls.put("GET /api/decision-batches/{id}/decision.pdf", caller -> downloaded(as(token(caller)),
                "/api/decision-batches/" + signed + "/decision.pdf"));
        calls.put("GET /api/decision-batches/{id}/decision.docx", caller -> downloaded(as(token(caller)),
                "/api/decision-batches/" + signed + "/decision.docx"));
        calls.put("GET /api/decision-batches/{id}/signature", caller -> as(token(caller)).get("/api/decision-batches/"
                + signed + "/signature"));

        List<String> rows = BATCH_MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
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
        // The public view names no one's dossier: no reasons, no audit.
        assertThat(api("anonymous").get("/api/decision-batches/" + signed).body().toString())
                .doesNotContain("reason", "auditTrail", "decidedBy");
    }

    /** Two fresh SNNMT nominations in one batch, dated in a year no other scenario numbers SNNMT's decisions in. */
    String snnmtBatch(String campaignId) {
        return batch(List.of(nominateAsAdmin(campaignId, "SNNMT-TTCNTT", "Người Khen Chung"),
                nominateAsAdmin(campaignId, "SNNMT-TTCNTT", "Người Khen Chung")), "2023-12-28");
    }

    static String batch(List<String> nominations, String date) {
        ObjectNode body = JSON.createObjectNode().put("signerName", "Nguyễn Văn Lộc").put("signerTitle", "GIÁM ĐỐC")
                .put("decisionDate", date);
        nominations.forEach(body.putArray("nominations")::add);
        return body.toString();
    }
}
