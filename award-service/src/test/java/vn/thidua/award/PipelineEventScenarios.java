package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.CouncilSessionClosed;
import vn.thidua.contracts.award.DisclosureOpened;
import vn.thidua.contracts.award.NominationAccepted;
import vn.thidua.contracts.award.NominationReturned;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.RestApi;

/**
 * The pipeline's steps announce themselves for notifications and the dashboard: each command that
 * changes state publishes exactly one event through the outbox, with CloudEvents headers, keyed by
 * the movement (nomination steps), the list (disclosure) or the session (council).
 */
abstract class PipelineEventScenarios extends DecisionScenarios {

    @Test
    void returningAndAcceptingADossierEachPublishExactlyOneEvent() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        RestApi unit = d.as(port, d.unitOfficer());
        String id = office.post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN", "Trần Thị Mai", null)
                .toString()).expect(201).text("/id");
        office.post("/api/nominations/" + id + "/receive").expect(200);

        office.post("/api/nominations/" + id + "/return", "{\"reasons\":[\"Thiếu biên bản họp xét của đơn vị\","
                + "\"Báo cáo thành tích chưa ký\"]}").expect(200);

        JsonNode returned = exactlyOne(NominationReturned.class, d.campaignId(), "nominations");
        assertThat(returned.get("nominationId").asString()).isEqualTo(id);
        assertThat(returned.get("reasons").toString()).contains("Thiếu biên bản họp xét của đơn vị",
                "Báo cáo thành tích chưa ký");
        assertThat(returned.get("returnedBy").asString()).isEqualTo("vp-" + d.agency());

        unit.post("/api/nominations/" + id + "/submit", "{\"reason\":\"Đã bổ sung biên bản.\"}").expect(200);
        office.post("/api/nominations/" + id + "/receive").expect(200);
        office.post("/api/nominations/" + id + "/accept").expect(200);

        JsonNode accepted = exactlyOne(NominationAccepted.class, d.campaignId(), "nominations");
        assertThat(accepted.get("nominationId").asString()).isEqualTo(id);
        assertThat(accepted.get("nomineeName").asString()).isEqualTo("Trần Thị Mai");
        assertThat(accepted.get("ruleSetId").asString()).isNotBlank();
    }

    @Test
    void aPublishedListPublishesExactlyOneDisclosureOpenedWithPublicDataOnly() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String id = acceptedGiayKhen(d, office);

        String list = office.post("/api/disclosures", "{\"title\":\"Danh sách đề nghị khen thưởng năm 2026\","
                + "\"nominations\":[\"" + id + "\"]}").expect(201).text("/id");

        JsonNode opened = exactlyOne(DisclosureOpened.class, list, "disclosures");
        assertThat(opened.get("agency").asString()).isEqualTo(d.agency());
        assertThat(opened.get("title").asString()).isEqualTo("Danh sách đề nghị khen thưởng năm 2026");
        assertThat(opened.get("from").asString()).isNotBlank();
        assertThat(opened.get("to").asString()).isGreaterThanOrEqualTo(opened.get("from").asString());
        assertThat(opened.at("/nominees/0/nominationId").asString()).isEqualTo(id);
        assertThat(opened.at("/nominees/0/nominee").asString()).startsWith("cá nhân Người ");
        assertThat(opened.toString()).as("never the dossier").doesNotContain("Hoàn thành xuất sắc", "reason");
    }

    @Test
    void closingASessionPublishesExactlyOneCouncilSessionClosedWithTheTallyOfEachNomination() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String approved = acceptedGiayKhen(d, office);
        String refused = acceptedGiayKhen(d, office);
        String session = office.post("/api/council-sessions", schedule(d, List.of(approved, refused))).expect(201)
                .text("/id");
        office.post("/api/council-sessions/" + session + "/open", present(d.members())).expect(200);
        for (int i = 1; i <= 10; i++) {
            member(d, i).post(itemPath(session, approved) + "/votes",
                    "{\"choice\":\"" + (i <= 7 ? "APPROVE" : "REJECT") + "\"}").expect(200);
            member(d, i).post(itemPath(session, refused) + "/votes",
                    "{\"choice\":\"" + (i <= 3 ? "APPROVE" : "REJECT") + "\"}").expect(200);
        }

        office.post("/api/council-sessions/" + session + "/close").expect(200);
        office.post("/api/council-sessions/" + session + "/close").expect(200);

        JsonNode closed = exactlyOne(CouncilSessionClosed.class, session, "council_sessions");
        assertThat(closed.get("agency").asString()).isEqualTo(d.agency());
        assertThat(closed.at("/results/0/nominationId").asString()).isEqualTo(approved);
        assertThat(closed.at("/results/0/approved").asBoolean()).isTrue();
        assertThat(closed.at("/results/0/approvals").asInt()).isEqualTo(7);
        assertThat(closed.at("/results/0/rejections").asInt()).isEqualTo(3);
        assertThat(closed.at("/results/0/denominator").asInt()).isEqualTo(10);
        assertThat(closed.at("/results/1/nominationId").asString()).isEqualTo(refused);
        assertThat(closed.at("/results/1/approved").asBoolean()).isFalse();
        assertThat(closed.at("/results/1/approvals").asInt()).isEqualTo(3);
    }

    @Test
    void revokingADecisionPublishesExactlyOneAwardRevokedWithTheAmountToRecover() {
        Department d = department();
        RestApi office = d.as(port, d.office());
        String id = office.post("/api/nominations", nomination(d.campaignId(), d.unit(), "GIAY_KHEN").toString())
                .expect(201).text("/id");
        JsonNode decided = decideAs(d, id).expect(200).body();

        office.post("/api/nominations/" + id + "/revoke", "{\"reason\":\"Kê khai thành tích không trung thực\"}")
                .expect(200);

        JsonNode revoked = exactlyOne(AwardRevoked.class, d.campaignId(), "nominations");
        assertThat(revoked.get("nominationId").asString()).isEqualTo(id);
        assertThat(revoked.get("decisionNumber").asString()).isEqualTo(decided.get("decisionNumber").asString());
        assertThat(revoked.get("reason").asString()).isEqualTo("Kê khai thành tích không trung thực");
        assertThat(revoked.get("recoveredAmount").asLong()).isPositive()
                .isEqualTo(decided.at("/reward/amount").asLong());
    }

    /**
     * Waits for the one event of the type under the key, checks its CloudEvents headers, that the
     * outbox of the collection is empty again and that no second copy came; returns its data.
     */
    JsonNode exactlyOne(Class<?> type, String key, String collection) {
        String ceType = EventCatalog.of(type).ceType();
        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.AWARD, ceType, key, 1, WAIT);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/award-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo(ceType);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(key);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        await().atMost(WAIT).until(() -> mongo.count(new Query(Criteria.where("pendingEvents.0").exists(true)),
                collection) == 0);
        assertThat(KafkaTopics.ofType(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                .filter(r -> key.equals(r.key())).toList(), ceType)).hasSize(1);
        return JSON.readTree(record.value());
    }
}
