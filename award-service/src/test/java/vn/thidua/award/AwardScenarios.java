package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.evidence.UnitEvidence;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;

/**
 * award-service end to end inside one process, against a real Kafka broker and a MongoDB-compatible
 * store: the embedded ones in {@link AwardEmbeddedTest}, Docker images in {@link AwardContainersTest}.
 * Tests share one context and broker, so each uses its own movement (the Kafka key of its events).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200" })
@AutoConfigureMockMvc
abstract class AwardScenarios {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final String NOMINATED = EventCatalog.of(AwardNominated.class).ceType();
    static final String DECIDED = EventCatalog.of(AwardDecided.class).ceType();
    static final EventType LAUNCHED_TYPE = EventCatalog.of(CampaignLaunched.class);
    static final EventType SUBMITTED_TYPE = EventCatalog.of(ReportSubmitted.class);
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay outboxRelay;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    KafkaTopics kafka;

    @BeforeEach
    void setUp() {
        kafka = new KafkaTopics(brokers);
    }

    // --- consumer contracts: the golden samples of what award-service consumes

    @Test
    void theGoldenLaunchAndReportBecomeTheMovementCopyAndTheEvidenceOfItsNominations() throws Exception {
        CampaignLaunched golden = Contracts.sample(LAUNCHED_TYPE, CampaignLaunched.class);
        ReportSubmitted report = Contracts.sample(SUBMITTED_TYPE, ReportSubmitted.class);
        kafka.publish(golden);
        kafka.publish(report);

        CampaignCopy copy = awaitCampaign(golden.campaignId());
        assertThat(copy.title()).isEqualTo(golden.title());
        assertThat(copy.issuingAgency()).isEqualTo(new CampaignCopy.IssuingAgency("SNNMT", "Sở Nông nghiệp và Môi trường",
                "SNNMT"));
        assertThat(copy.participants()).extracting(CampaignCopy.ParticipantCopy::unitId)
                .containsExactly("SNNMT-VP", "SNNMT-TTCNTT");
        await().atMost(WAIT).until(() -> mongo.findById("cmp-2026-0001:SNNMT-VP", UnitEvidence.class) != null);

        String id = nominate(nomination(golden.campaignId(), "SNNMT-VP", "GIAY_KHEN")
                .put("reason", "Đã có thành tích xuất sắc trong Phong trào thi đua đặc biệt chuyển đổi số năm 2026."))
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location").replaceAll(".*/", "");
        http.perform(get("/api/nominations/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nomineeName").value("Văn phòng Sở"))
                .andExpect(jsonPath("$.evidence[0].reportId").value("cmp-2026-0001:SNNMT-VP:FINAL"))
                .andExpect(jsonPath("$.evidence[0].period").value("FINAL"))
                .andExpect(jsonPath("$.evidence[0].version").value(1))
                .andExpect(jsonPath("$.evidence[0].late").value(false))
                .andExpect(jsonPath("$.evidence[0].summary").value("Hoàn thành xuất sắc các nội dung thi đua."));
        decide(id, "2026-12-20").andExpect(status().isOk()).andExpect(jsonPath("$.decisionNumber").value("1/QĐ-SNNMT"));

        // What reaches the topic is the golden AwardDecided, but for this run's id and clock.
        ConsumerRecord<String, String> decided = kafka.awaitKey(Topics.AWARD, DECIDED, golden.campaignId(), 1, WAIT)
                .getFirst();
        ObjectNode published = (ObjectNode) JSON.readTree(decided.value());
        assertThat(published.get("nominationId").asString()).isEqualTo(id);
        ObjectNode expected = (ObjectNode) JSON.readTree(Contracts.sampleJson(EventCatalog.of(AwardDecided.class)));
        expected.put("nominationId", id).put("decidedAt", published.get("decidedAt").asString());
        assertThat(published).isEqualTo(expected);
        Contracts.assertValid(EventCatalog.of(AwardDecided.class), decided.value());
    }

    // --- one command, one event

    @Test
    void aNominationPublishesExactlyOneAwardNominatedWithCloudEventsHeaders() throws Exception {
        String campaignId = launch("SNNMT");

        String body = nominate(nomination(campaignId, "SNNMT-VP", "GIAY_KHEN"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.matchesPattern(".*/api/nominations/nom-\\d{4,}")))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.nomineeName").value("Văn phòng Sở"))
                .andExpect(jsonPath("$.formName").value("Giấy khen"))
                .andExpect(jsonPath("$.nominatedBy").value("office"))
                .andExpect(jsonPath("$.auditTrail[0].actor").value("office"))
                .andReturn().getResponse().getContentAsString();
        String id = JSON.readTree(body).get("id").asString();

        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.AWARD, NOMINATED, campaignId, 1, WAIT);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/award-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo(NOMINATED);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(campaignId);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        AwardNominated event = EventJson.MAPPER.readValue(record.value(), AwardNominated.class);
        assertThat(event.nominationId()).isEqualTo(id);
        assertThat(event.nomineeName()).isEqualTo("Văn phòng Sở");
        awaitNoPendingEvents(id);
        assertThat(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                .filter(r -> campaignId.equals(r.key()))).hasSize(1);
    }

    @Test
    void decisionsAreNumberedPerAgencyAndCalendarYearAndTakenOnlyOnce() throws Exception {
        String agency = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String campaignId = launch(agency);
        String first = idOf(nominate(nomination(campaignId, "SNNMT-VP", "GIAY_KHEN")));
        String second = idOf(nominate(nomination(campaignId, "SNNMT-TTCNTT", "GIAY_KHEN")));
        String third = idOf(nominate(nomination(campaignId, "SNNMT-TTCNTT", "TAP_THE_LAO_DONG_TIEN_TIEN")));

        decide(first, "2026-12-30").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decisionNumber").value("1/QĐ-" + agency))
                .andExpect(jsonPath("$.decisionDate").value("2026-12-30"))
                .andExpect(jsonPath("$.auditTrail[1].action").value("DECIDED"))
                .andExpect(jsonPath("$.auditTrail[1].actor").value("director"));
        decide(second, "2026-12-31").andExpect(jsonPath("$.decisionNumber").value("2/QĐ-" + agency));
        // 1 January: the agency's numbering starts again.
        decide(third, "2027-01-02").andExpect(jsonPath("$.decisionNumber").value("1/QĐ-" + agency));

        decide(first, "2026-12-31").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("already-decided"));
        http.perform(get("/api/nominations/{id}", first)).andExpect(jsonPath("$.decisionNumber").value("1/QĐ-" + agency));
        http.perform(get("/api/nominations").param("campaignId", campaignId).param("status", "DECIDED"))
                .andExpect(jsonPath("$.length()").value(3));

        assertThat(kafka.awaitKey(Topics.AWARD, DECIDED, campaignId, 3, WAIT))
                .extracting(r -> JSON.readTree(r.value()).get("decisionNumber").asString())
                .containsExactlyInAnyOrder("1/QĐ-" + agency, "2/QĐ-" + agency, "1/QĐ-" + agency);
        assertThat(KafkaTopics.ofType(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                .filter(r -> campaignId.equals(r.key())).toList(), DECIDED)).hasSize(3);
    }

    @Test
    void withoutADateTheDecisionIsDatedTodayInVietnam() throws Exception {
        String campaignId = launch("T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        String id = idOf(nominate(nomination(campaignId, "SNNMT-VP", "BANG_KHEN")));

        http.perform(post("/api/nominations/{id}/decide", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"signerName\":\"Nguyễn Văn Lộc\",\"signerTitle\":\"GIÁM ĐỐC\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decisionDate").value(
                        LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
    }

    // --- idempotent consumers

    @Test
    void aRedeliveredReportIsRecordedOnceEvenBeforeTheMovementIsKnown() {
        String campaignId = "cmp-" + UUID.randomUUID();
        ReportSubmitted golden = Contracts.sample(SUBMITTED_TYPE, ReportSubmitted.class);
        ReportSubmitted interim = withCampaign(golden, campaignId, ReportSubmitted.ReportPeriod.INTERIM, 1);
        String ceId = kafka.publish(interim);
        kafka.publish(interim, ceId);
        kafka.publish(withCampaign(golden, campaignId, ReportSubmitted.ReportPeriod.FINAL, 1));

        String evidenceId = campaignId + ":SNNMT-VP";
        // The third, distinct event arriving proves the redelivery (same key, same partition) was handled first.
        await().atMost(WAIT).until(() -> {
            UnitEvidence evidence = mongo.findById(evidenceId, UnitEvidence.class);
            return evidence != null && evidence.reports().size() >= 2;
        });
        assertThat(mongo.findById(evidenceId, UnitEvidence.class).reports())
                .extracting(r -> r.period()).containsExactly("INTERIM", "FINAL");
    }

    // --- poison messages

    @Test
    void malformedEventsGoToTheDeadLetterTopicsWithTheirReasonAndTheNextIsProcessed() {
        String poisonId = "poison-" + UUID.randomUUID();
        kafka.send(Topics.CAMPAIGN, "poison", Map.of(CloudEventHeaders.ID, poisonId,
                CloudEventHeaders.TYPE, LAUNCHED_TYPE.ceType()), "{not json");
        kafka.send(Topics.CAMPAIGN, "poison", Map.of(CloudEventHeaders.ID, poisonId + "-untyped"), "{}");
        kafka.send(Topics.REPORTING, "poison", Map.of(CloudEventHeaders.ID, poisonId + "-report",
                CloudEventHeaders.TYPE, SUBMITTED_TYPE.ceType()), "[1, 2");
        String campaignId = launch("SNNMT");

        List<ConsumerRecord<String, String>> dead = kafka.read(Topics.deadLetter(Topics.CAMPAIGN, "award-service"), WAIT,
                records -> records.stream().filter(r -> reason(r).contains(poisonId)).count() >= 1
                        && records.stream().anyMatch(r -> reason(r).contains("ce_type")));
        assertThat(dead).extracting(AwardScenarios::reason)
                .anySatisfy(reason -> assertThat(reason).contains(poisonId).contains("unreadable data"))
                .anySatisfy(reason -> assertThat(reason).contains("ce_type"));
        assertThat(kafka.read(Topics.deadLetter(Topics.REPORTING, "award-service"), WAIT,
                records -> records.stream().anyMatch(r -> reason(r).contains(poisonId + "-report"))))
                .extracting(AwardScenarios::reason).anySatisfy(reason -> assertThat(reason).contains(poisonId + "-report"));
        assertThat(mongo.findById(campaignId, CampaignCopy.class)).isNotNull();
    }

    // --- crash between write and publish

    @Test
    void aNominationWrittenWhileTheRelayIsDownIsPublishedOnceItRestarts() throws Exception {
        String campaignId = launch("SNNMT");
        String id;
        outboxRelay.stop();
        try {
            id = idOf(nominate(nomination(campaignId, "SNNMT-TTCNTT", "GIAY_KHEN")));
            assertThat(mongo.findById(id, Nomination.class).pendingEvents()).singleElement()
                    .satisfies(event -> assertThat(event.type()).isEqualTo(NOMINATED));
            assertThat(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                    .filter(r -> campaignId.equals(r.key()))).isEmpty();
        } finally {
            outboxRelay.start();
        }
        assertThat(kafka.awaitKey(Topics.AWARD, NOMINATED, campaignId, 1, WAIT)).hasSize(1);
        awaitNoPendingEvents(id);
        assertThat(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                .filter(r -> campaignId.equals(r.key()))).hasSize(1);
    }

    // --- refusals as problem details

    @Test
    void badRequestsAreRefusedWithProblemDetails() throws Exception {
        String campaignId = launch("SNNMT");

        nominate(JSON.createObjectNode().put("campaignId", campaignId).put("nomineeKind", "COLLECTIVE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("invalid-request"))
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder(
                        "unitId", "form", "reason")));
        expectProblem(http.perform(get("/api/nominations/{id}", "nom-none")), 404, "nomination-not-found");
        expectProblem(decide("nom-none", "2026-12-20"), 404, "nomination-not-found");

        expectProblem(nominate(nomination("cmp-never-launched", "SNNMT-VP", "GIAY_KHEN")), 422, "campaign-unknown");
        expectProblem(nominate(nomination(campaignId, "SXD-VP", "GIAY_KHEN")), 422, "unit-not-participant");
        expectProblem(nominate(nomination(campaignId, "SNNMT-VP", "HUAN_CHUONG")), 422, "form-unknown");
        expectProblem(nominate(nomination(campaignId, "SNNMT-VP", "LAO_DONG_TIEN_TIEN")), 422, "form-not-applicable");
        expectProblem(nominate(nomination(campaignId, "SNNMT-VP", "CO_THI_DUA").put("nomineeKind", "INDIVIDUAL")
                .put("nomineeName", "Trần Thị Hồng")), 422, "form-not-applicable");
        expectProblem(nominate(nomination(campaignId, "SNNMT-VP", "LAO_DONG_TIEN_TIEN").put("nomineeKind", "INDIVIDUAL")),
                422, "nominee-name-required");

        nominate(nomination(campaignId, "SNNMT-VP", "LAO_DONG_TIEN_TIEN").put("nomineeKind", "INDIVIDUAL")
                .put("nomineeName", "Trần Thị Hồng")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.nomineeName").value("Trần Thị Hồng"));
        expectProblem(nominate(nomination(campaignId, "SNNMT-VP", "LAO_DONG_TIEN_TIEN").put("nomineeKind", "INDIVIDUAL")
                .put("nomineeName", "trần  thị HỒNG")), 409, "already-nominated");
        nominate(nomination(campaignId, "SNNMT-VP", "GIAY_KHEN")).andExpect(status().isCreated());
        expectProblem(nominate(nomination(campaignId, "SNNMT-VP", "GIAY_KHEN")), 409, "already-nominated")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("một thành tích")));

        http.perform(get("/api/nominations").param("campaignId", campaignId).param("unitId", "SNNMT-VP"))
                .andExpect(jsonPath("$.length()").value(2));
        http.perform(get("/api/nominations").param("status", "NOT_A_STATUS")).andExpect(status().isBadRequest());
    }

    @Test
    void theCatalogueAndTheOpenApiDocumentAreServed() throws Exception {
        http.perform(get("/api/forms")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'CHIEN_SI_THI_DUA_CO_SO')].name").value("Chiến sĩ thi đua cơ sở"));
        http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/nominations/{id}/decide']").exists());
    }

    // --- helpers

    /** Launches a copy of the golden movement under a fresh id, issued by the given agency, and waits for it. */
    String launch(String agencyCode) {
        CampaignLaunched golden = Contracts.sample(LAUNCHED_TYPE, CampaignLaunched.class);
        String campaignId = "cmp-" + UUID.randomUUID();
        kafka.publish(new CampaignLaunched(campaignId, golden.title(), golden.kind(), golden.theme(),
                new CampaignLaunched.Agency(agencyCode, golden.issuingAgency().name(), agencyCode,
                        golden.issuingAgency().parentName()),
                golden.parentPlan(), golden.contents(), golden.periodStart(), golden.periodEnd(), golden.finalReportDue(),
                golden.participants(), golden.letterNumber(), Instant.now()));
        awaitCampaign(campaignId);
        return campaignId;
    }

    CampaignCopy awaitCampaign(String campaignId) {
        return await().atMost(WAIT).until(() -> mongo.findById(campaignId, CampaignCopy.class),
                Objects::nonNull);
    }

    static ReportSubmitted withCampaign(ReportSubmitted r, String campaignId, ReportSubmitted.ReportPeriod period,
            int version) {
        return new ReportSubmitted(campaignId + ":" + r.unitId() + ":" + period, campaignId, r.unitId(), r.unitName(),
                period, r.dueDate(), r.results(), r.summary(), version, r.late(), r.submittedAt());
    }

    static ObjectNode nomination(String campaignId, String unitId, String form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("unitId", unitId);
        body.put("nomineeKind", "COLLECTIVE");
        body.put("form", form);
        body.put("reason", "Hoàn thành xuất sắc các nội dung thi đua.");
        return JSON.valueToTree(body);
    }

    ResultActions nominate(JsonNode body) throws Exception {
        return http.perform(post("/api/nominations").header("X-Actor", "office")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    ResultActions decide(String id, String date) throws Exception {
        return http.perform(post("/api/nominations/{id}/decide", id).header("X-Actor", "director")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(Map.of(
                        "signerName", "Nguyễn Văn Lộc", "signerTitle", "GIÁM ĐỐC", "decisionDate", date))));
    }

    static String idOf(ResultActions created) throws Exception {
        return JSON.readTree(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asString();
    }

    static ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    void awaitNoPendingEvents(String nominationId) {
        await().atMost(WAIT).until(() -> mongo.findById(nominationId, Nomination.class).pendingEvents().isEmpty());
    }

    static String reason(ConsumerRecord<String, String> record) {
        String reason = KafkaTopics.header(record, "x-exception-message");
        return reason == null ? "" : reason;
    }
}
