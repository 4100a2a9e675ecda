package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.directory.UnitCopy;
import vn.thidua.award.evidence.UnitEvidence;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.eventing.test.TestTokens;

/**
 * award-service end to end inside one process, against a real Kafka broker and a MongoDB-compatible
 * store: the embedded ones in {@link AwardEmbeddedTest}, Docker images in {@link AwardContainersTest}.
 * Tests share one context and broker, so each uses its own movement (the Kafka key of its events).
 * Every call carries a real signed token of the role that makes it ({@link TestTokens}): office staff
 * of the unit's department nominate, a director of the issuing agency decides, administrators read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.default.consumer.back-off-initial-interval=100",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200",
        "thidua.award.dossier.max-file-size=64KB" })
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
    @Autowired
    MeterRegistry meters;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    KafkaTopics kafka;

    /** The demo directory: the demo users' units and the golden movement's participants. */
    static final Map<String, String> DEMO_UNITS = Map.of("SNNMT-VP", "SNNMT", "SNNMT-TTCNTT", "SNNMT",
            "SNNMT-CCQLDD", "SNNMT", "SNNMT-KHTC", "SNNMT", "SNV-VP", "SNV", "SNV-TDKT", "SNV");

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @BeforeEach
    void setUp() {
        kafka = new KafkaTopics(brokers);
        DEMO_UNITS.forEach((unit, agency) -> {
            if (mongo.findById(unit, UnitCopy.class) == null) {
                registerUnit(unit, agency);
            }
        });
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
        perform(admin(), get("/api/nominations/{id}", id))
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

    @Test
    void theGoldenDirectoryEventsTellWhichDepartmentAUnitBelongsTo() {
        UnitRegistered registered = Contracts.sample(EventCatalog.of(UnitRegistered.class), UnitRegistered.class);
        UnitChanged changed = Contracts.sample(EventCatalog.of(UnitChanged.class), UnitChanged.class);
        kafka.publish(registered);
        kafka.publish(changed);

        UnitCopy copy = await().atMost(WAIT).until(() -> mongo.findById(changed.unitId(), UnitCopy.class),
                unit -> unit != null && changed.validTo().equals(unit.validTo()));
        assertThat(copy).isEqualTo(new UnitCopy("SNNMT-VP", "SNNMT", "Sở Nông nghiệp và Môi trường", "Văn phòng Sở",
                LocalDate.of(2025, 7, 1), LocalDate.of(2026, 12, 31)));
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
        String third = idOf(nominate(nomination(campaignId, "SNNMT-TTCNTT", "TAP_THE_LAO_DONG_TIEN_TIEN")
                .set("members", members(12, 7, 1, 12))));

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
        perform(admin(), get("/api/nominations/{id}", first)).andExpect(jsonPath("$.decisionNumber").value("1/QĐ-" + agency));
        perform(admin(), get("/api/nominations").param("campaignId", campaignId).param("status", "DECIDED"))
                .andExpect(jsonPath("$.length()").value(3));

        assertThat(kafka.awaitKey(Topics.AWARD, DECIDED, campaignId, 3, WAIT))
                .extracting(r -> JSON.readTree(r.value()).get("decisionNumber").asString())
                .containsExactlyInAnyOrder("1/QĐ-" + agency, "2/QĐ-" + agency, "1/QĐ-" + agency);
        assertThat(KafkaTopics.ofType(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                .filter(r -> campaignId.equals(r.key())).toList(), DECIDED)).hasSize(3);
    }

    @Test
    void aNominationItsDecisionAndItsRevocationEachCountOneBusinessEvent() throws Exception {
        String campaignId = launch("T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());

        double nominations = businessCount("nominations");
        String id = idOf(nominate(nomination(campaignId, "SNNMT-VP", "GIAY_KHEN")));
        assertThat(businessCount("nominations")).isEqualTo(nominations + 1);

        double decisions = businessCount("decisions");
        decide(id, "2026-12-30").andExpect(status().isOk());
        assertThat(businessCount("decisions")).isEqualTo(decisions + 1);
        decide(id, "2026-12-31").andExpect(status().isConflict());
        assertThat(businessCount("decisions")).as("a refused command counts nothing").isEqualTo(decisions + 1);

        double revocations = businessCount("revocations");
        perform(director(id), post("/api/nominations/{id}/revoke", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Kê khai không trung thực\"}")).andExpect(status().isOk());
        assertThat(businessCount("revocations")).isEqualTo(revocations + 1);
    }

    @Test
    void withoutADateTheDecisionIsDatedTodayInVietnam() throws Exception {
        String campaignId = launch("T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
        String id = idOf(nominate(nomination(campaignId, "SNNMT-VP", "GIAY_KHEN")));

        perform(director(id), post("/api/nominations/{id}/decide", id).contentType(MediaType.APPLICATION_JSON)
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
        expectProblem(perform(admin(), get("/api/nominations/{id}", "nom-none")), 404, "nomination-not-found");
        expectProblem(decide("nom-none", "2026-12-20"), 404, "nomination-not-found");

        expectProblem(nominate(nomination("cmp-never-launched", "SNNMT-VP", "GIAY_KHEN")), 422, "campaign-unknown");
        registerUnit("SXD-VP", "SXD");
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

        perform(admin(), get("/api/nominations").param("campaignId", campaignId).param("unitId", "SNNMT-VP"))
                .andExpect(jsonPath("$.length()").value(2));
        perform(admin(), get("/api/nominations").param("status", "NOT_A_STATUS")).andExpect(status().isBadRequest());
    }

    @Test
    void theCatalogueAndTheOpenApiDocumentAreServed() throws Exception {
        http.perform(get("/api/forms")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'CHIEN_SI_THI_DUA_CO_SO')].name").value("Chiến sĩ thi đua cơ sở"));
        http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/nominations/{id}/decide']").exists());
    }

    // --- rule sets, achievement history, eligibility at submission

    @Test
    void theSeededRuleSetIsInForceAndNewVersionsAreAddedNeverEdited() throws Exception {
        perform(admin(), get("/api/rule-sets")).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '*@2024-01-01')].legalBasis")
                        .value("Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP"));
        String seeded = perform(admin(), get("/api/rule-sets/in-force").param("date", "2025-03-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("*@2024-01-01"))
                .andExpect(jsonPath("$.disclosureWorkingDays").value(10))
                .andReturn().getResponse().getContentAsString();
        expectProblem(perform(admin(), get("/api/rule-sets/in-force").param("date", "2023-12-31")), 422, "no-rule-set");

        String province = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ObjectNode version = (ObjectNode) JSON.readTree(seeded);
        version.remove(List.of("id", "createdBy", "createdAt", "auditTrail"));
        version.put("province", province).put("effectiveFrom", "2025-01-01").put("legalBasis", "Quyết định của tỉnh");
        for (JsonNode form : version.get("forms")) {
            for (JsonNode criterion : form.get("criteria")) {
                if ("QUOTA".equals(criterion.get("kind").asString())) {
                    ((ObjectNode) criterion.get("share")).put("numerator", 20);
                }
            }
        }
        addRuleSet(version).andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(province + "@2025-01-01"))
                .andExpect(jsonPath("$.createdBy").value("admin"))
                .andExpect(jsonPath("$.auditTrail[0].action").value("CREATED"))
                .andExpect(jsonPath("$.forms[?(@.code == 'CHIEN_SI_THI_DUA_CO_SO')].criteria[2].share.numerator")
                        .value(20));
        expectProblem(addRuleSet(version), 409, "rule-set-exists");
        expectProblem(addRuleSet(version.deepCopy().put("effectiveFrom", "2025-02-01")
                .set("forms", JSON.readTree("[{\"code\":\"HUAN_CHUONG\"}]"))), 422, "rule-set-invalid")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("HUAN_CHUONG")));

        perform(admin(), get("/api/rule-sets/in-force").param("province", province).param("date", "2025-06-01"))
                .andExpect(jsonPath("$.id").value(province + "@2025-01-01"));
        perform(admin(), get("/api/rule-sets/in-force").param("province", province).param("date", "2024-06-01"))
                .andExpect(jsonPath("$.id").value("*@2024-01-01"));
    }

    @Test
    void pastYearsAreImportedFromCsvAllOrNothingWithTheLineOfEachBadRow() throws Exception {
        String unit = "U-" + UUID.randomUUID();
        registerUnit(unit, "SNNMT");
        String bad = """
                kind,unitId,name,year,title,source
                INDIVIDUAL,%1$s,Nguyễn Văn An,2024,LAO_DONG_TIEN_TIEN,12/QĐ-SNNMT
                PERSON,%1$s,Trần Bình,2024,LAO_DONG_TIEN_TIEN,import
                INDIVIDUAL,%1$s,,2024,LAO_DONG_TIEN_TIEN,import
                INDIVIDUAL,%1$s,Lê Chi,20x4,HUAN_CHUONG,import
                COLLECTIVE,%1$s,Phòng Kế hoạch,2024,LAO_DONG_TIEN_TIEN,import
                INDIVIDUAL,%1$s,nguyễn  văn AN,2024,LAO_DONG_TIEN_TIEN,import
                """.formatted(unit);
        expectProblem(importCsv(bad.getBytes(StandardCharsets.UTF_8)), 422, "import-invalid")
                .andExpect(jsonPath("$.errors[*].line").value(Matchers.contains(3, 4, 5, 6, 7)))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("PERSON")))
                .andExpect(jsonPath("$.errors[2].reason").value(Matchers.allOf(Matchers.containsString("20x4"),
                        Matchers.containsString("HUAN_CHUONG"))))
                .andExpect(jsonPath("$.errors[4].reason").value("trùng với dòng 2"));
        perform(admin(), get("/api/achievements").param("unitId", unit)).andExpect(jsonPath("$.length()").value(0));

        String good = "\uFEFFkind,unitId,name,year,title,source\r\n"
                + "INDIVIDUAL,%1$s,\"Nguyễn Văn An\",2023,LAO_DONG_TIEN_TIEN,12/QĐ-SNNMT\r\n".formatted(unit)
                + "INDIVIDUAL,%1$s,Nguyễn Văn An,2023,CHIEN_SI_THI_DUA_CO_SO,13/QĐ-SNNMT\r\n".formatted(unit)
                + "COLLECTIVE,%1$s,,2023,TAP_THE_LAO_DONG_TIEN_TIEN,import\r\n".formatted(unit);
        importCsv(good.getBytes(StandardCharsets.UTF_8)).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported").value(3));
        perform(admin(), get("/api/achievements").param("unitId", unit).param("name", " nguyễn văn  AN"))
                .andExpect(jsonPath("$[*].title").value(Matchers.contains("CHIEN_SI_THI_DUA_CO_SO",
                        "LAO_DONG_TIEN_TIEN")))
                .andExpect(jsonPath("$[0].source").value("13/QĐ-SNNMT"))
                .andExpect(jsonPath("$[0].personName").value("Nguyễn Văn An"));
        perform(admin(), get("/api/achievements").param("unitId", unit)).andExpect(jsonPath("$.length()").value(3));

        expectProblem(importCsv(good.getBytes(StandardCharsets.UTF_8)), 422, "import-invalid")
                .andExpect(jsonPath("$.errors[*].reason").value(Matchers.everyItem(
                        Matchers.startsWith("đã có trong lịch sử khen thưởng"))));
        expectProblem(importCsv("name,year\n".getBytes(StandardCharsets.UTF_8)), 422, "import-invalid")
                .andExpect(jsonPath("$.errors[0].line").value(1));
        expectProblem(importCsv(new byte[] { 'k', (byte) 0xC3, (byte) 0x28 }), 400, "csv-not-utf8");
    }

    @Test
    void eligibilityIsJudgedAtSubmissionAndARefusalStoresAndPublishesNothing() throws Exception {
        String unit = "U-" + UUID.randomUUID();
        String campaignId = launch("T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(), unit);
        StringBuilder history = new StringBuilder("kind,unitId,name,year,title,source\n");
        for (String person : List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em",
                "Vũ Thị Giang", "Đỗ Văn Hải")) {
            history.append("INDIVIDUAL,%s,%s,2025,LAO_DONG_TIEN_TIEN,20/QĐ-SNNMT\n".formatted(unit, person));
        }
        history.append("INDIVIDUAL,%s,Nguyễn Văn An,2023,CHIEN_SI_THI_DUA_CO_SO,import\n".formatted(unit));
        importCsv(history.toString().getBytes(StandardCharsets.UTF_8)).andExpect(jsonPath("$.imported").value(8));

        // 7 LĐTT in 2025: 15% allows one CSTĐCS.
        String an = idOf(nominate(person(campaignId, unit, "CHIEN_SI_THI_DUA_CO_SO", "Nguyễn Văn An", 2025)
                .put("excellentDuty", true)));
        perform(admin(), get("/api/nominations/{id}", an)).andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.excellentDuty").value(true))
                .andExpect(jsonPath("$.ruleSetId").value("*@2024-01-01"));
        expectProblem(nominate(person(campaignId, unit, "CHIEN_SI_THI_DUA_CO_SO", "Trần Thị Bình", 2025)
                .put("excellentDuty", true)), 422, "quota-exceeded")
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith(
                        "Đã dùng 1/1 chỉ tiêu Chiến sĩ thi đua cơ sở (15% của 7 Lao động tiên tiến)")));
        expectProblem(nominate(person(campaignId, unit, "CHIEN_SI_THI_DUA_CO_SO", "Người Chưa Đạt", 2025)
                .put("excellentDuty", true)), 422, "ldtt-required");
        ObjectNode provincial = person(campaignId, unit, "CHIEN_SI_THI_DUA_CAP_TINH", "Nguyễn Văn An", 2025);
        provincial.putObject("innovation").put("title", "Bản đồ số đất đai").put("recognisedBy", "UBND tỉnh")
                .put("scope", "PROVINCE");
        expectProblem(nominate(provincial), 422, "not-consecutive")
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith(
                        "Thiếu danh hiệu Chiến sĩ thi đua cơ sở năm 2024")));
        expectProblem(nominate(nomination(campaignId, unit, "TAP_THE_LAO_DONG_XUAT_SAC")
                .set("members", members(20, 12, 1, 20))), 422, "share-too-low")
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith(
                        "Tỷ lệ Lao động tiên tiến 60% thấp hơn mức 70%")));
        expectProblem(nominate(person(campaignId, unit, "LAO_DONG_TIEN_TIEN", "trần thị  BÌNH", 2025)), 409,
                "already-commended")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("20/QĐ-SNNMT")));
        expectProblem(nominate(person(campaignId, unit, "LAO_DONG_TIEN_TIEN", "Trần Thị Bình", 2999)), 422,
                "year-in-future");
        expectProblem(nominate(nomination(campaignId, unit, "TAP_THE_LAO_DONG_TIEN_TIEN")
                .set("members", JSON.readTree("{\"total\":0,\"ldtt\":0,\"cstdcs\":0}"))), 400, "invalid-request")
                .andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("members.total",
                        "members.completedDuties")));

        // Only the accepted nomination was stored and published.
        perform(admin(), get("/api/nominations").param("campaignId", campaignId)).andExpect(jsonPath("$.length()").value(1));
        assertThat(kafka.awaitKey(Topics.AWARD, NOMINATED, campaignId, 1, WAIT)).hasSize(1);
        awaitNoPendingEvents(an);
        assertThat(kafka.readAll(Topics.AWARD, Duration.ofSeconds(2)).stream()
                .filter(r -> campaignId.equals(r.key()))).hasSize(1);
    }

    @Test
    void aDecidedTitleEntersTheHistoryAndTheSameAchievementIsNotCommendedTwice() throws Exception {
        String unit = "U-" + UUID.randomUUID();
        String agency = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String first = launch(agency, unit);
        String second = launch(agency, unit);
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        String id = idOf(nominate(person(first, unit, "LAO_DONG_TIEN_TIEN", "Trần Thị Hồng", null)));
        String number = JSON.readTree(decide(id, year + "-12-20").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).get("decisionNumber").asString();

        await().atMost(WAIT).untilAsserted(() -> perform(admin(), get("/api/achievements").param("unitId", unit)
                .param("name", "trần thị hồng"))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].year").value(year))
                .andExpect(jsonPath("$[0].title").value("LAO_DONG_TIEN_TIEN"))
                .andExpect(jsonPath("$[0].source").value(number))
                .andExpect(jsonPath("$[0].nominationId").value(id))
                .andExpect(jsonPath("$[0].recordedBy").value("director")));

        expectProblem(nominate(person(second, unit, "LAO_DONG_TIEN_TIEN", "TRẦN THỊ HỒNG", year)), 409,
                "already-commended")
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("một thành tích")));
        // A redelivered decision changes nothing: the history keys the achievement.
        ConsumerRecord<String, String> decided = kafka.awaitKey(Topics.AWARD, DECIDED, first, 1, WAIT).getFirst();
        kafka.publish(EventJson.MAPPER.readValue(decided.value(), AwardDecided.class),
                KafkaTopics.header(decided, CloudEventHeaders.ID));
        String later = idOf(nominate(person(second, unit, "LAO_DONG_TIEN_TIEN", "Lý Văn Khoa", null)));
        decide(later, year + "-12-21").andExpect(status().isOk());
        await().atMost(WAIT).untilAsserted(() -> perform(admin(), get("/api/achievements").param("unitId", unit))
                .andExpect(jsonPath("$.length()").value(2)));
    }

    // --- helpers

    /** Launches a copy of the golden movement under a fresh id, issued by the given agency, and waits for it. */
    String launch(String agencyCode) {
        return launch(agencyCode, null);
    }

    /** As {@link #launch(String)}; with a unit id, that unit (of the issuing agency) is the only participant. */
    String launch(String agencyCode, String unitId) {
        if (unitId == null) {
            return launchWith(agencyCode, Contracts.sample(LAUNCHED_TYPE, CampaignLaunched.class).participants());
        }
        registerUnit(unitId, agencyCode);
        return launchWith(agencyCode, List.of(new CampaignLaunched.Participant(unitId, "Phòng " + unitId,
                "Nguyễn Văn Lộc", "vp@example.vn", "0900000000")));
    }

    /** Launches a copy of the golden movement under a fresh id with these participants, and waits for it. */
    String launchWith(String agencyCode, List<CampaignLaunched.Participant> participants) {
        CampaignLaunched golden = Contracts.sample(LAUNCHED_TYPE, CampaignLaunched.class);
        String campaignId = "cmp-" + UUID.randomUUID();
        kafka.publish(new CampaignLaunched(campaignId, golden.title(), golden.kind(), golden.theme(),
                new CampaignLaunched.Agency(agencyCode, golden.issuingAgency().name(), agencyCode,
                        golden.issuingAgency().parentName()),
                golden.parentPlan(), golden.contents(), golden.periodStart(), golden.periodEnd(), golden.finalReportDue(),
                participants, golden.letterNumber(), Instant.now()));
        awaitCampaign(campaignId);
        return campaignId;
    }

    /** Announces a unit of the directory, as campaign-service does, and waits for award-service's copy. */
    void registerUnit(String unitId, String agencyCode) {
        kafka.publish(new UnitRegistered(unitId, agencyCode, "Cơ quan " + agencyCode, "Phòng " + unitId,
                "Nguyễn Văn Lộc", "vp@example.vn", "0900000000", LocalDate.of(2025, 7, 1), null));
        await().atMost(WAIT).until(() -> mongo.findById(unitId, UnitCopy.class), Objects::nonNull);
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

    static ObjectNode person(String campaignId, String unitId, String form, String name, Integer year) {
        ObjectNode body = nomination(campaignId, unitId, form).put("nomineeKind", "INDIVIDUAL").put("nomineeName", name);
        return year == null ? body : body.put("year", year);
    }

    static ObjectNode members(int total, int ldtt, int cstdcs, int completedDuties) {
        return JSON.createObjectNode().put("total", total).put("ldtt", ldtt).put("cstdcs", cstdcs)
                .put("completedDuties", completedDuties);
    }

    /** {@code thidua.business.events{name}} so far (0 before the first increment). */
    double businessCount(String name) {
        Counter counter = meters.find(BusinessCounters.BUSINESS_EVENTS).tags("name", name).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The request with the bearer token. */
    ResultActions perform(String token, MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.header("Authorization", "Bearer " + token));
    }

    static String admin() {
        return TestTokens.demo("admin");
    }

    /** Office staff of the department: the demo users for SNNMT and SNV, else a person of the test's own agency. */
    static String officeOf(String agency) {
        return switch (agency) {
            case "SNNMT" -> TestTokens.demo("office");
            case "SNV" -> TestTokens.demo("office2");
            default -> TestTokens.person("office", "OFFICE", agency, agency + "-VP").token();
        };
    }

    /** The director (LEADER) of the agency that issued the nomination's movement, who decides it. */
    String director(String nominationId) {
        Nomination nomination = mongo.findById(nominationId, Nomination.class);
        String agency = nomination == null ? "SNNMT" : nomination.issuingAgency();
        return TestTokens.person("director", "LEADER", agency, agency + "-VP").token();
    }

    /** History files are imported by an administrator here; office imports are in the authorisation scenarios. */
    ResultActions importCsv(byte[] csv) throws Exception {
        return perform(admin(), post("/api/achievements/import")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).content(csv));
    }

    ResultActions addRuleSet(JsonNode body) throws Exception {
        return perform(admin(), post("/api/rule-sets").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    /** Nominates as office staff of the unit's department (as the directory copy has it). */
    ResultActions nominate(JsonNode body) throws Exception {
        UnitCopy unit = body.hasNonNull("unitId") ? mongo.findById(body.get("unitId").asString(), UnitCopy.class) : null;
        return perform(officeOf(unit == null ? "SNNMT" : unit.agencyCode()), post("/api/nominations")
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    ResultActions decide(String id, String date) throws Exception {
        return perform(director(id), post("/api/nominations/{id}/decide", id)
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
