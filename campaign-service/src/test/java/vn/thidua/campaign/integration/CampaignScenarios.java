package vn.thidua.campaign.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;
import vn.thidua.campaign.Actors;
import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.CampaignRepository;
import vn.thidua.campaign.common.VietnamDates;
import vn.thidua.documents.LetterText;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.contracts.campaign.RegistrationSubmitted;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;

/**
 * campaign-service against a real Kafka broker and a MongoDB-compatible server, driven over HTTP.
 * It consumes no topic, so the redelivery and dead-letter scenarios belong to its consumers; here a
 * command publishes exactly one event, even when repeated, when the relay was down, or when a stale
 * copy of the aggregate is written after the relay published.
 * Every test uses its own agency, units and movements: the context and the broker are shared.
 */
@TestPropertySource(properties = {
        "thidua.campaign.letter.agencies[AGLETTER].place=Thành phố Huế",
        "thidua.campaign.letter.agencies[AGLETTER].signer-authority[0]=KT. GIÁM ĐỐC",
        "thidua.campaign.letter.agencies[AGLETTER].signer-authority[1]=PHÓ GIÁM ĐỐC",
        "thidua.campaign.letter.agencies[AGLETTER].signer-name=Nguyễn Văn An"})
abstract class CampaignScenarios {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LAUNCHED = EventCatalog.of(CampaignLaunched.class).ceType();
    private static final String CASCADED = EventCatalog.of(CampaignCascaded.class).ceType();
    private static final String UPDATED = EventCatalog.of(CampaignUpdated.class).ceType();
    private static final String REGISTERED = EventCatalog.of(RegistrationSubmitted.class).ceType();
    private static final String UNIT_REGISTERED = EventCatalog.of(UnitRegistered.class).ceType();
    private static final String UNIT_CHANGED = EventCatalog.of(UnitChanged.class).ceType();

    @LocalServerPort
    int port;
    @Value("${spring.cloud.stream.kafka.binder.brokers}")
    String brokers;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    OutboxRelay outboxRelay;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    AggregateStore store;
    @Autowired
    MeterRegistry meters;

    /** The API without a token; {@link #admin()}, {@link #office()} and {@link #officeOf} sign in. */
    RestApi api;
    KafkaTopics kafka;
    String token;

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
    }

    @BeforeEach
    void setUp() {
        api = new RestApi(port);
        kafka = new KafkaTopics(brokers);
        token = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
    }

    @Test
    void launchPublishesExactlyOneCampaignLaunchedAndASecondLaunchIsRefused() {
        String agency = registerAgency();
        String id = createCampaign(agency, "Phong trào thi đua chuyển đổi số " + token);

        JsonNode launched = office().post("/api/campaigns/" + id + "/launch").expect(200).body();
        assertThat(launched.at("/status").asString()).isEqualTo("LAUNCHED");
        assertThat(launched.at("/letterNumber").asString()).isEqualTo("1/S" + token + "-VP");

        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.CAMPAIGN, LAUNCHED, id, 1, WAIT);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(record.key()).isEqualTo(id);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/campaign-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo("thidua.CampaignLaunched.v1");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        Contracts.assertValid(EventCatalog.of(CampaignLaunched.class), record.value());

        CampaignLaunched event = EventJson.MAPPER.readValue(record.value(), CampaignLaunched.class);
        assertThat(event.kind()).isEqualTo(CampaignKind.THEMATIC);
        assertThat(event.issuingAgency().abbreviation()).isEqualTo("S" + token);
        assertThat(event.parentPlan().number()).isEqualTo("45/KH-UBND");
        assertThat(event.letterNumber()).isEqualTo("1/S" + token + "-VP");
        assertThat(event.finalReportDue()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(event.participants()).containsExactly(
                new CampaignLaunched.Participant(token + "-VP", "Văn phòng Sở", "Trần Thị Hồng",
                        "vp." + token.toLowerCase(Locale.ROOT) + "@quangngai.demo.thidua.vn", "0255 3822 001"),
                new CampaignLaunched.Participant(token + "-TTCNTT", "Trung tâm Công nghệ thông tin", "Lê Văn Đức",
                        null, null));

        String detail = office().post("/api/campaigns/" + id + "/launch", "{\"letterNumber\":\"99/S" + token + "-VP\"}")
                .expectProblem(409, "campaign-not-draft");
        assertThat(detail).contains(id).contains("đã phát động");

        awaitNoPendingEvents(id);
        assertThat(kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key())))
                .hasSize(1);
    }

    @Test
    void milestonesGoOutWithTheLaunchAndAChangeAfterItPublishesExactlyOneCampaignUpdated() {
        String agency = registerAgency();
        String id = office().post("/api/campaigns", withInterims(campaignJson(agency, "Phong trào có sơ kết " + token),
                "{\"name\":\"Sơ kết 6 tháng đầu năm\",\"periodStart\":\"2026-02-01\",\"periodEnd\":\"2026-06-30\","
                        + "\"reportDue\":\"2026-07-10\"}")).expect(201).text("/id");
        JsonNode draft = office().get("/api/campaigns/" + id).expect(200).body();
        assertThat(draft.at("/milestones").valueStream().map(m -> m.at("/periodId").asString()).toList())
                .containsExactly("INTERIM-1", "FINAL");

        launch(id, null);
        CampaignLaunched launched = EventJson.MAPPER.readValue(
                kafka.awaitKey(Topics.CAMPAIGN, LAUNCHED, id, 1, WAIT).getFirst().value(), CampaignLaunched.class);
        assertThat(launched.reportingMilestones()).extracting(ReportingMilestone::periodId, ReportingMilestone::reportDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTERIM-1", LocalDate.of(2026, 7, 10)),
                        org.assertj.core.groups.Tuple.tuple("FINAL", LocalDate.of(2026, 12, 15)));

        String changed = """
                {"interimMilestones":[
                  {"periodId":"INTERIM-1","name":"Sơ kết 6 tháng đầu năm","periodStart":"2026-02-01",
                   "periodEnd":"2026-06-30","reportDue":"2026-07-15"},
                  {"name":"Sơ kết 9 tháng","periodStart":"2026-02-01","periodEnd":"2026-09-30","reportDue":"2026-10-10"}]}
                """;
        office().put("/api/campaigns/" + id + "/milestones", changed.replace("2026-07-15", "2026-06-15"))
                .expectProblem(422, "invalid-milestone-due");
        office().put("/api/campaigns/" + id + "/milestones", "{\"interimMilestones\":[{\"name\":\"\"}]}")
                .expectProblem(400, "invalid-request");
        JsonNode updated = office().put("/api/campaigns/" + id + "/milestones", changed).expect(200).body();
        assertThat(updated.at("/updateRevision").asInt()).isEqualTo(1);
        assertThat(updated.at("/milestones/1/periodId").asString()).isEqualTo("INTERIM-2");

        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.CAMPAIGN, UPDATED, id, 1, WAIT);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(id);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/campaign-service");
        Contracts.assertValid(EventCatalog.of(CampaignUpdated.class), record.value());
        CampaignUpdated event = EventJson.MAPPER.readValue(record.value(), CampaignUpdated.class);
        assertThat(event.revision()).isEqualTo(1);
        assertThat(event.reportingMilestones()).extracting(ReportingMilestone::periodId, ReportingMilestone::reportDue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INTERIM-1", LocalDate.of(2026, 7, 15)),
                        org.assertj.core.groups.Tuple.tuple("INTERIM-2", LocalDate.of(2026, 10, 10)),
                        org.assertj.core.groups.Tuple.tuple("FINAL", LocalDate.of(2026, 12, 15)));

        // The same list again changes nothing: no second event.
        office().put("/api/campaigns/" + id + "/milestones", changed.replace("\"name\":\"Sơ kết 9 tháng\"",
                "\"periodId\":\"INTERIM-2\",\"name\":\"Sơ kết 9 tháng\"")).expect(200);
        awaitNoPendingEvents(id);
        assertThat(kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream()
                .filter(r -> id.equals(r.key()) && UPDATED.equals(KafkaTopics.header(r, CloudEventHeaders.TYPE))))
                .hasSize(1);
    }

    static String withInterims(String campaignJson, String... milestones) {
        return campaignJson.replace("\"participantUnitCodes\"",
                "\"interimMilestones\":[" + String.join(",", milestones) + "],\"participantUnitCodes\"");
    }

    @Test
    void anEventWrittenWhileTheRelayIsDownIsPublishedOnceAfterItRestarts() {
        String id = createCampaign(registerAgency(), "Phong trào thi đua khi relay dừng " + token);
        Campaign readBeforePublishing;
        outboxRelay.stop();
        try {
            office().post("/api/campaigns/" + id + "/launch").expect(200);

            assertThat(pendingEventTypes(id)).containsExactly(LAUNCHED);
            assertThat(kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key())))
                    .isEmpty();
            readBeforePublishing = campaigns.findById(id).orElseThrow();
        } finally {
            outboxRelay.start();
        }
        assertThat(kafka.awaitKey(Topics.CAMPAIGN, LAUNCHED, id, 1, WAIT)).hasSize(1);
        awaitNoPendingEvents(id);

        // A copy read while the event was pending is written after the relay pulled it: the event stays gone.
        assertThat(readBeforePublishing.pendingEvents()).hasSize(1);
        readBeforePublishing.close(Instant.now(), Actors.who("office"));
        store.update(readBeforePublishing, List.of());
        assertThat(pendingEventTypes(id)).isEmpty();
        assertThat(office().get("/api/campaigns/" + id).expect(200).text("/status")).isEqualTo("CLOSED");
        assertThat(kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream().filter(r -> id.equals(r.key())))
                .hasSize(1);
    }

    @Test
    void launchLettersAreNumberedPerAgencyWithoutReusingANumber() {
        String first = registerAgency();
        String a = createCampaign(first, "Phong trào A " + token);
        String b = createCampaign(first, "Phong trào B " + token);
        String c = createCampaign(first, "Phong trào C " + token);

        assertThat(launch(a, null)).isEqualTo("1/S" + token + "-VP");
        assertThat(launch(b, "2/S" + token + "-VP")).isEqualTo("2/S" + token + "-VP");
        // 2 was typed in by hand: the counter skips it.
        assertThat(launch(c, null)).isEqualTo("3/S" + token + "-VP");

        String d = createCampaign(first, "Phong trào D " + token);
        String detail = office().post("/api/campaigns/" + d + "/launch", "{\"letterNumber\":\"1/S" + token + "-VP\"}")
                .expectProblem(409, "letter-number-taken");
        assertThat(detail).contains("1/S" + token + "-VP");

        token = token.substring(1) + "X";
        String other = registerAgency();
        assertThat(launch(createCampaign(other, "Phong trào E " + token), null)).isEqualTo("1/S" + token + "-VP");
    }

    @Test
    void aDraftIsCreatedFromTheDirectoryAndKeepsItsSnapshot() {
        String agency = registerAgency();
        RestApi.Reply created = office().post("/api/campaigns", campaignJson(agency, "Phong trào thi đua đặc biệt " + token))
                .expect(201);
        String id = created.text("/id");

        assertThat(id).matches("cmp-\\d{4}-\\d{4,}");
        assertThat(created.headers().getLocation()).hasToString("/api/campaigns/" + id);
        assertThat(created.text("/status")).isEqualTo("DRAFT");
        assertThat(created.text("/issuingAgency/parentName")).isEqualTo("UBND TỈNH QUẢNG NGÃI");
        assertThat(created.text("/parentPlan/date")).isEqualTo("2026-01-15");
        assertThat(created.text("/contents/1/text")).startsWith("Thi đua phát huy");
        assertThat(created.text("/participants/0/headName")).isEqualTo("Trần Thị Hồng");
        assertThat(created.text("/auditTrail/0/actor")).isEqualTo("office");

        // The directory changes afterwards; the draft keeps the contact it was addressed to.
        admin().put("/api/agencies/" + agency, agencyJson("Nguyễn Văn Mới")).expect(200);
        assertThat(office().get("/api/campaigns/" + id).expect(200).text("/participants/0/headName"))
                .isEqualTo("Trần Thị Hồng");
    }

    @Test
    void movementsAreSearchedWithoutDiacriticsNewestFirst() {
        String agency = registerAgency();
        String older = createCampaign(agency, "Phong trào Thi đua chuyển đổi số " + token);
        String newer = createCampaign(agency, "Phong trào THI ĐUA giảm thiểu rác thải nhựa " + token);
        launch(newer, null);

        assertThat(ids("/api/campaigns?q=thi dua " + token.toLowerCase(Locale.ROOT))).isEmpty();
        assertThat(ids("/api/campaigns?q=" + token)).containsExactly(newer, older);
        assertThat(ids("/api/campaigns?q=chuyen doi so " + token.toLowerCase(Locale.ROOT))).containsExactly(older);
        assertThat(ids("/api/campaigns?q=" + token + "&status=LAUNCHED")).containsExactly(newer);
        assertThat(ids("/api/campaigns?agency=" + agency)).containsExactly(newer, older);
        assertThat(ids("/api/campaigns?q=Rác thải&agency=" + agency)).containsExactly(newer);
    }

    @Test
    void theLifecycleIsGuarded() {
        String agency = registerAgency();
        String draft = createCampaign(agency, "Phong trào sẽ hủy " + token);
        String launched = createCampaign(agency, "Phong trào sẽ kết thúc " + token);
        launch(launched, null);

        office().post("/api/campaigns/" + draft + "/close").expectProblem(409, "campaign-not-launched");
        RestApi.Reply cancelled = office().post("/api/campaigns/" + draft + "/cancel", "{\"reason\":\"Trùng nội dung\"}").expect(200);
        assertThat(cancelled.text("/status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("/auditTrail/1/detail")).contains("Trùng nội dung");
        office().post("/api/campaigns/" + draft + "/launch").expectProblem(409, "campaign-not-draft");

        office().post("/api/campaigns/" + launched + "/cancel").expectProblem(409, "campaign-not-draft");
        assertThat(office().post("/api/campaigns/" + launched + "/close").expect(200).text("/status")).isEqualTo("CLOSED");
        assertThat(office().get("/api/campaigns/" + launched).expect(200).body().at("/auditTrail").size()).isEqualTo(3);
    }

    @Test
    void theDirectoryIsUpsertedIdempotentlyAndSearchedWithoutDiacritics() {
        String agency = registerAgency();
        JsonNode again = admin().put("/api/agencies/" + agency, agencyJson("Trần Thị Hồng")).expect(200).body();
        assertThat(again.at("/auditTrail").size()).isEqualTo(1);
        assertThat(again.at("/units").size()).isEqualTo(3);

        JsonNode changed = admin().put("/api/agencies/" + agency, agencyJson("Phạm Thị Lan")).expect(200).body();
        assertThat(changed.at("/auditTrail").size()).isEqualTo(2);
        assertThat(office().get("/api/agencies/" + agency).expect(200).text("/units/0/headName")).isEqualTo("Phạm Thị Lan");
        assertThat(office().get("/api/agencies").expect(200).body().valueStream().map(a -> a.at("/code").asString()))
                .contains(agency);

        JsonNode found = office().get("/api/units?q=thi dua khen THUONG " + token.toLowerCase(Locale.ROOT)).expect(200).body();
        assertThat(found.valueStream().map(unit -> unit.at("/code").asString())).containsExactly(token + "-TDKT");
        assertThat(found.at("/0/name").asString()).isEqualTo("Phòng Thi đua – Khen thưởng " + token);
        assertThat(found.at("/0/agencyCode").asString()).isEqualTo(agency);
    }

    @Test
    void badInputIsAnsweredWithProblemDetails() {
        String agency = registerAgency();

        RestApi.Reply invalid = office().post("/api/campaigns", "{\"kind\":\"THEMATIC\",\"contents\":[]}");
        invalid.expectProblem(400, "invalid-request");
        assertThat(invalid.body().at("/errors").valueStream().map(e -> e.at("/field").asString()))
                .contains("title", "issuingAgencyCode", "contents", "periodStart", "participantUnitCodes");

        office().get("/api/campaigns/cmp-1900-0001").expectProblem(404, "campaign-not-found");
        office().get("/api/agencies/KHONG-CO-" + token).expectProblem(404, "agency-not-found");

        String unknownUnit = office().post("/api/campaigns", campaignJson(agency, "Phong trào " + token)
                .replace("\"" + token + "-TTCNTT\"", "\"" + token + "-KHONGCO\"")).expectProblem(422, "unknown-unit");
        assertThat(unknownUnit).contains(token + "-KHONGCO");
        admin().post("/api/campaigns", campaignJson("KHONGCO" + token, "Phong trào " + token))
                .expectProblem(422, "unknown-agency");
        assertThat(office().post("/api/campaigns", campaignJson(agency, "Phong trào " + token).replace("\"number\":2", "\"number\":3"))
                .expectProblem(422, "invalid-content-numbers")).contains("1, 3");
        office().post("/api/campaigns", campaignJson(agency, "Phong trào " + token).replace("2026-12-15", "2027-06-30"))
                .expectProblem(422, "invalid-final-report-due");

        admin().put("/api/agencies/" + agency, agencyJson("A").replace("@quangngai", "@@quangngai"))
                .expectProblem(400, "invalid-request");
        admin().put("/api/agencies/" + agency, agencyJson("A").replace(token + "-TDKT", token + "-VP"))
                .expectProblem(422, "duplicate-unit-code");
        String otherAgency = "AGX" + token;
        assertThat(admin().put("/api/agencies/" + otherAgency, agencyJson("A")).expectProblem(422, "unit-code-taken"))
                .contains(agency);

        String id = createCampaign(agency, "Phong trào " + token);
        office().post("/api/campaigns/" + id + "/launch", "{\"letterNumber\":\"không số\"}").expectProblem(400, "invalid-request");
        launch(id, null);
        office().post("/api/campaigns/" + id + "/launch").expectProblem(409, "campaign-not-draft");
    }

    @Test
    void agencyUpsertAnnouncesNewAndChangedUnitsOnceAndARepeatedPutNothing() {
        String agency = registerAgency();
        List<String> units = List.of(token + "-VP", token + "-TTCNTT", token + "-TDKT");

        List<ConsumerRecord<String, String>> registered = awaitUnitEvents(units, UNIT_REGISTERED, 3);
        assertThat(registered).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(units);
        ConsumerRecord<String, String> office = registered.stream().filter(r -> r.key().equals(token + "-VP"))
                .findFirst().orElseThrow();
        assertCloudEventHeaders(office, UNIT_REGISTERED, token + "-VP");
        Contracts.assertValid(EventCatalog.of(UnitRegistered.class), office.value());
        UnitRegistered vp = EventJson.MAPPER.readValue(office.value(), UnitRegistered.class);
        assertThat(vp.agencyCode()).isEqualTo(agency);
        assertThat(vp.agencyName()).isEqualTo("Sở Nông nghiệp và Môi trường " + token);
        assertThat(vp.headName()).isEqualTo("Trần Thị Hồng");

        // The same description again: nothing changes, nothing is announced.
        admin().put("/api/agencies/" + agency, agencyJson("Trần Thị Hồng")).expect(200);
        // A new head for the office; the emulation department was merged away on 30 June 2025.
        String revised = agencyJson("Phạm Thị Lan").replace("\"name\":\"Phòng Thi đua – Khen thưởng " + token + "\"",
                "\"name\":\"Phòng Thi đua – Khen thưởng " + token + "\",\"validTo\":\"2025-06-30\"");
        JsonNode changedAgency = admin().put("/api/agencies/" + agency, revised).expect(200).body();
        assertThat(changedAgency.at("/units/2/validTo").asString()).isEqualTo("2025-06-30");
        admin().put("/api/agencies/" + agency, revised).expect(200);

        List<ConsumerRecord<String, String>> changed = awaitUnitEvents(units, UNIT_CHANGED, 2);
        assertThat(changed).extracting(r -> r.key() + " " + EventJson.MAPPER.readValue(r.value(), UnitChanged.class)
                .changedFields()).containsExactlyInAnyOrder(token + "-VP [headName]", token + "-TDKT [validTo]");
        changed.forEach(r -> Contracts.assertValid(EventCatalog.of(UnitChanged.class), r.value()));

        awaitNoPendingEvents("agencies", agency);
        List<ConsumerRecord<String, String>> all = kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream()
                .filter(r -> units.contains(r.key())).toList();
        assertThat(KafkaTopics.ofType(all, UNIT_REGISTERED)).hasSize(3);
        assertThat(KafkaTopics.ofType(all, UNIT_CHANGED)).hasSize(2);
        assertThat(all).hasSize(5);
    }

    @Test
    void aUnitWhoseValidityEndedIsHistoryListedOnRequestAndNotSelectable() {
        String agency = registerAgency();
        admin().put("/api/agencies/" + agency, agencyJson("Trần Thị Hồng").replace(
                "\"name\":\"Trung tâm Công nghệ thông tin\"",
                "\"name\":\"Trung tâm Công nghệ thông tin\",\"validFrom\":\"2021-01-01\",\"validTo\":\"2025-06-30\""))
                .expect(200);

        assertThat(unitCodes("/api/units?q=" + token)).containsExactly(token + "-VP", token + "-TDKT");
        assertThat(unitCodes("/api/units?q=" + token + "&includeHistory=true"))
                .containsExactly(token + "-VP", token + "-TTCNTT", token + "-TDKT");
        assertThat(office().get("/api/units?q=" + token + "&includeHistory=true").expect(200).text("/1/validTo"))
                .isEqualTo("2025-06-30");

        String detail = office().post("/api/campaigns", campaignJson(agency, "Phong trào " + token))
                .expectProblem(422, "unit-no-longer-valid");
        assertThat(detail).contains(token + "-TTCNTT").contains("30/06/2025");
    }

    @Test
    void cascadingALaunchedMovementDraftsALinkedChildAndPublishesOneCampaignCascaded() {
        String parentAgency = registerAgency();
        String parent = createCampaign(parentAgency, "Phong trào thi đua cấp trên " + token);
        String childToken = token + "K";
        String childAgency = registerAgency(childToken);

        // Only administrators see another department's draft, so only they learn it is not launched yet.
        officeOf(childAgency).post("/api/campaigns/" + parent + "/cascade", cascadeJson(childAgency, childToken))
                .expectProblem(403, "forbidden");
        admin().post("/api/campaigns/" + parent + "/cascade", cascadeJson(childAgency, childToken))
                .expectProblem(409, "campaign-not-launched");
        String letter = launch(parent, null);

        RestApi.Reply created = officeOf(childAgency).post("/api/campaigns/" + parent + "/cascade",
                cascadeJson(childAgency, childToken)).expect(201);
        String child = created.text("/id");
        assertThat(created.headers().getLocation()).hasToString("/api/campaigns/" + child);
        assertThat(created.text("/status")).isEqualTo("DRAFT");
        assertThat(created.text("/issuingAgency/code")).isEqualTo(childAgency);
        assertThat(created.text("/title")).isEqualTo("Phong trào thi đua chuyển đổi số " + childToken);
        assertThat(created.text("/theme")).startsWith("Ngành Nông nghiệp và Môi trường");
        assertThat(created.text("/contents/1/text")).startsWith("Thi đua phát huy");
        assertThat(created.text("/periodEnd")).isEqualTo("2026-12-31");
        assertThat(created.text("/finalReportDue")).isEqualTo("2026-12-15");
        assertThat(created.text("/participants/0/unitId")).isEqualTo(childToken + "-VP");
        assertThat(created.text("/parentPlan/number")).isEqualTo(letter);
        assertThat(created.text("/parentPlan/date")).isEqualTo(LocalDate.now(Campaign.VIETNAM).toString());
        assertThat(created.text("/parentPlan/issuer")).isEqualTo("Sở Nông nghiệp và Môi trường " + token);
        assertThat(officeOf(childAgency).get("/api/campaigns/" + child).expect(200).text("/parentCampaignId"))
                .isEqualTo(parent);
        JsonNode parentView = admin().get("/api/campaigns/" + parent).expect(200).body();
        assertThat(parentView.at("/childCampaignIds").valueStream().map(JsonNode::asString)).containsExactly(child);
        // The child is the lower agency's draft: the parent's own office does not see it yet.
        assertThat(office().get("/api/campaigns/" + parent).expect(200).body().at("/childCampaignIds").size()).isZero();
        office().get("/api/campaigns/" + child).expectProblem(403, "forbidden");
        // Drafting and linking are one command: one audit entry.
        assertThat(officeOf(childAgency).get("/api/campaigns/" + child).expect(200).body().at("/auditTrail")
                .valueStream().map(entry -> entry.at("/action").asString())).containsExactly("CASCADED_FROM");

        ConsumerRecord<String, String> record = kafka.awaitKey(Topics.CAMPAIGN, CASCADED, parent, 1, WAIT).getFirst();
        assertCloudEventHeaders(record, CASCADED, parent);
        Contracts.assertValid(EventCatalog.of(CampaignCascaded.class), record.value());
        assertThat(EventJson.MAPPER.readValue(record.value(), CampaignCascaded.class).childIssuingAgency())
                .isEqualTo(new CampaignCascaded.Agency(childAgency, "Sở Nông nghiệp và Môi trường " + childToken,
                        "S" + childToken));

        office().post("/api/campaigns/" + parent + "/cascade", cascadeJson(parentAgency, token))
                .expectProblem(422, "cascade-same-agency");
        admin().post("/api/campaigns/" + parent + "/cascade", cascadeJson("KHONGCO" + token, childToken))
                .expectProblem(422, "unknown-agency");
        assertThat(officeOf(childAgency).post("/api/campaigns/" + parent + "/cascade",
                cascadeJson(childAgency, childToken).replace(childToken + "-VP", childToken + "-KHONGCO"))
                .expectProblem(422, "unknown-unit")).contains(childToken + "-KHONGCO");

        awaitNoPendingEvents("campaigns", parent);
        assertThat(KafkaTopics.ofType(kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream()
                .filter(r -> parent.equals(r.key())).toList(), CASCADED)).hasSize(1);
        assertThat(admin().get("/api/campaigns/" + parent).expect(200).body().at("/childCampaignIds").size()).isEqualTo(1);
    }

    @Test
    void aParticipatingUnitRegistersOnceAndRegistrationSubmittedIsPublished() {
        String agency = registerAgency();
        LocalDate today = LocalDate.now(Campaign.VIETNAM);
        String id = office().post("/api/campaigns", datedCampaignJson(agency, "Phong trào đăng ký " + token, today,
                today.plusDays(10))).expect(201).text("/id");
        office().post("/api/campaigns/" + id + "/registrations", registrationJson(token + "-VP"))
                .expectProblem(409, "campaign-not-launched");
        launch(id, null);

        RestApi.Reply submitted = office().post("/api/campaigns/" + id + "/registrations", registrationJson(token + "-VP"))
                .expect(201);
        assertThat(submitted.headers().getLocation())
                .hasToString("/api/campaigns/" + id + "/registrations/" + token + "-VP");
        assertThat(submitted.text("/unitName")).isEqualTo("Văn phòng Sở");
        assertThat(submitted.text("/titles/0")).isEqualTo("TAP_THE_LAO_DONG_XUAT_SAC");
        assertThat(submitted.text("/auditTrail/0/actor")).isEqualTo("office");

        ConsumerRecord<String, String> record = kafka.awaitKey(Topics.CAMPAIGN, REGISTERED, id, 1, WAIT).getFirst();
        assertCloudEventHeaders(record, REGISTERED, id);
        Contracts.assertValid(EventCatalog.of(RegistrationSubmitted.class), record.value());
        RegistrationSubmitted event = EventJson.MAPPER.readValue(record.value(), RegistrationSubmitted.class);
        assertThat(event.registrationId()).isEqualTo(id + ":" + token + "-VP");
        assertThat(event.individuals()).containsExactly(
                new RegistrationSubmitted.Individual("Trần Thị Hồng", List.of("CHIEN_SI_THI_DUA_CO_SO")));

        assertThat(office().post("/api/campaigns/" + id + "/registrations", registrationJson(token + "-VP"))
                .expectProblem(409, "already-registered")).contains(token + "-VP");
        assertThat(office().post("/api/campaigns/" + id + "/registrations", registrationJson(token + "-TDKT"))
                .expectProblem(422, "unit-not-participant")).contains(token + "-TDKT");
        office().post("/api/campaigns/" + id + "/registrations", "{\"titles\":[\"CO_THI_DUA\"]}")
                .expectProblem(400, "invalid-request");

        JsonNode overview = office().get("/api/campaigns/" + id + "/registrations").expect(200).body();
        assertThat(overview.at("/registrationDeadline").asString()).isEqualTo(today.plusDays(10).toString());
        assertThat(overview.at("/registered").valueStream().map(r -> r.at("/unitId").asString()))
                .containsExactly(token + "-VP");
        assertThat(overview.at("/notRegistered").valueStream().map(r -> r.at("/unitId").asString()))
                .containsExactly(token + "-TTCNTT");

        awaitNoPendingEvents("registrations", id + ":" + token + "-VP");
        assertThat(KafkaTopics.ofType(kafka.readAll(Topics.CAMPAIGN, Duration.ofSeconds(2)).stream()
                .filter(r -> id.equals(r.key())).toList(), REGISTERED)).hasSize(1);
    }

    @Test
    void launchCascadeAndRegistrationEachCountOneBusinessEvent() {
        String agency = registerAgency();
        LocalDate today = LocalDate.now(Campaign.VIETNAM);
        String id = office().post("/api/campaigns", datedCampaignJson(agency, "Phong trào đếm " + token, today,
                today.plusDays(10))).expect(201).text("/id");

        double launches = businessCount("launches");
        launch(id, null);
        assertThat(businessCount("launches")).isEqualTo(launches + 1);

        double registrations = businessCount("registrations");
        office().post("/api/campaigns/" + id + "/registrations", registrationJson(token + "-VP")).expect(201);
        assertThat(businessCount("registrations")).isEqualTo(registrations + 1);
        office().post("/api/campaigns/" + id + "/registrations", registrationJson(token + "-VP")).expectProblem(409,
                "already-registered");
        assertThat(businessCount("registrations")).as("a refused command counts nothing").isEqualTo(registrations + 1);

        String childToken = token + "K";
        String childAgency = registerAgency(childToken);
        double cascades = businessCount("cascades");
        officeOf(childAgency).post("/api/campaigns/" + id + "/cascade", cascadeJson(childAgency, childToken)).expect(201);
        assertThat(businessCount("cascades")).isEqualTo(cascades + 1);
    }

    @Test
    void aRegistrationAfterTheDeadlineIsRefusedNamingTheDeadline() {
        String agency = registerAgency();
        LocalDate today = LocalDate.now(Campaign.VIETNAM);
        LocalDate yesterday = today.minusDays(1);
        String id = office().post("/api/campaigns", datedCampaignJson(agency, "Phong trào hết hạn " + token, today,
                yesterday)).expect(201).text("/id");
        launch(id, null);

        String detail = office().post("/api/campaigns/" + id + "/registrations", registrationJson(token + "-VP"))
                .expectProblem(422, "registration-closed");
        assertThat(detail).contains("hạn cuối là ngày " + VietnamDates.format(yesterday));
        assertThat(office().get("/api/campaigns/" + id + "/registrations").expect(200).body().at("/registered").size())
                .isZero();

        office().post("/api/campaigns", datedCampaignJson(agency, "Phong trào " + token, today, today.plusYears(2)))
                .expectProblem(422, "invalid-registration-deadline");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        JsonNode paths = office().get("/v3/api-docs").expect(200).body().at("/paths");

        assertThat(paths.propertyNames()).contains("/api/agencies/{code}", "/api/units", "/api/campaigns",
                "/api/campaigns/{id}", "/api/campaigns/{id}/launch", "/api/campaigns/{id}/cancel",
                "/api/campaigns/{id}/close", "/api/campaigns/{parentId}/cascade",
                "/api/campaigns/{campaignId}/registrations");
        assertThat(paths.at("/~1api~1campaigns~1{id}~1launch/post/summary").asString()).startsWith("Phát động");
    }

    @Test
    void theLaunchLetterIsServedAsPdfAndDocxFromTheMovementsData() throws Exception {
        String agency = registerAgency();
        String id = createCampaign(agency, "Phong trào thi đua chuyển đổi số " + token);

        RestApi.Download draft = office().download("/api/campaigns/" + id + "/letter.pdf").expect(200);
        assertThat(draft.headers().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(draft.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline; ").contains("filename=\"cong-van-phat-dong-" + id + ".pdf\"", "filename*=UTF-8''C%C3%B4ng");
        String draftText = pdfText(draft.body());
        assertThat(draftText).containsPattern("Số: +/S" + token + "-VP")
                .containsPattern("Quảng Ngãi, ngày +tháng +năm \\d{4}");

        launch(id, null);
        Instant launchedAt = Instant.parse(office().get("/api/campaigns/" + id).expect(200).text("/launchedAt"));
        String launchDay = LetterText.dateWords(VietnamDates.dayOf(launchedAt), null);
        String text = pdfText(office().download("/api/campaigns/" + id + "/letter.pdf").expect(200).body());
        assertThat(text).contains("UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG " + token,
                "Số: 01/S" + token + "-VP", "Quảng Ngãi, " + launchDay,
                "V/v Phát động phong trào thi đua chuyển đổi số " + token + " theo Kế hoạch số 45/KH-UBND ngày "
                        + "15/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi",
                "Kính gửi: Trưởng các phòng, đơn vị trực thuộc Sở.",
                "“Ngành Nông nghiệp và Môi trường đoàn kết, đổi mới sáng tạo, thi đua chuyển đổi số”",
                "1. Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số.",
                "2. Thi đua phát huy sáng kiến, giải pháp hỗ trợ người dân và doanh nghiệp.",
                "3. Giao Văn phòng Sở Nông nghiệp và Môi trường " + token, "- Lưu: VT, VP.", "GIÁM ĐỐC");

        RestApi.Download docx = office().download("/api/campaigns/" + id + "/letter.docx").expect(200);
        assertThat(docx.headers().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(docx.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"cong-van-phat-dong-" + id + ".docx\"");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Số: 01/S" + token + "-VP",
                    "V/v Phát động phong trào thi đua chuyển đổi số " + token,
                    "1. Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số.",
                    "2. Thi đua phát huy sáng kiến, giải pháp hỗ trợ người dân và doanh nghiệp.", "- Lưu: VT, VP.");
        }
    }

    @Test
    void theLetterIsPlacedAndSignedAsConfiguredForTheAgency() throws Exception {
        String agency = registerAgency("LETTER");
        assertThat(agency).isEqualTo("AGLETTER");
        String other = registerAgency();
        String id = officeOf(agency).post("/api/campaigns", campaignJson(agency, "Phong trào thi đua cải cách hành chính " + token)
                .replace("\"participantUnitCodes\":[\"" + token + "-VP\",\"" + token + "-TTCNTT\"]",
                        "\"participantUnitCodes\":[\"LETTER-VP\",\"" + token + "-TDKT\"]")).expect(201).text("/id");
        assertThat(other).isNotEqualTo(agency);

        String text = pdfText(officeOf(agency).download("/api/campaigns/" + id + "/letter.pdf").expect(200).body());
        assertThat(text).containsPattern("Thành phố Huế, ngày +tháng")
                .contains("- Văn phòng Sở;", "- Phòng Thi đua – Khen thưởng " + token + ".")
                .contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nguyễn Văn An");
    }

    @Test
    void theLetterOfAnUnknownMovementIsAProblem() {
        for (String format : List.of("pdf", "docx")) {
            RestApi.Download reply = api.download("/api/campaigns/cmp-1900-" + token + "/letter." + format).expect(404);
            assertThat(reply.headers().getContentType()).isNotNull()
                    .satisfies(type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
            JsonNode problem = EventJson.MAPPER.readTree(reply.body());
            assertThat(problem.at("/code").asString()).isEqualTo("campaign-not-found");
            assertThat(problem.at("/detail").asString()).contains("Không tìm thấy phong trào thi đua");
        }
    }

    /** The PDF's text in drawing order, lines joined by spaces. */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    /** {@code thidua.business.events{name}} so far (0 before the first increment). */
    double businessCount(String name) {
        Counter counter = meters.find(BusinessCounters.BUSINESS_EVENTS).tags("name", name).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The directory's keeper. */
    RestApi admin() {
        return api.asDemo("admin");
    }

    /** An office clerk ("office") of this test's agency AG<token>: drafts, launches and registers for it. */
    RestApi office() {
        return officeOf("AG" + token);
    }

    /** An office clerk ("office") of the given agency. */
    RestApi officeOf(String agency) {
        return api.as(TestTokens.person("office", "OFFICE", agency, null).token());
    }

    /** A fresh agency AG<token> (abbreviation S<token>) with three units; returns its code. */
    String registerAgency() {
        return registerAgency(token);
    }

    /** A fresh agency AG<tok> (abbreviation S<tok>) with units <tok>-VP, <tok>-TTCNTT, <tok>-TDKT. */
    String registerAgency(String tok) {
        String code = "AG" + tok;
        admin().put("/api/agencies/" + code, agencyJson(tok, "Trần Thị Hồng")).expect(200);
        return code;
    }

    String agencyJson(String headOfOffice) {
        return agencyJson(token, headOfOffice);
    }

    String agencyJson(String tok, String headOfOffice) {
        return """
                {"name":"Sở Nông nghiệp và Môi trường %1$s","abbreviation":"S%1$s","parentName":"UBND TỈNH QUẢNG NGÃI",
                 "units":[
                   {"code":"%1$s-VP","name":"Văn phòng Sở","headName":"%2$s",
                    "email":"vp.%3$s@quangngai.demo.thidua.vn","phone":"0255 3822 001"},
                   {"code":"%1$s-TTCNTT","name":"Trung tâm Công nghệ thông tin","headName":"Lê Văn Đức"},
                   {"code":"%1$s-TDKT","name":"Phòng Thi đua – Khen thưởng %1$s"}]}
                """.formatted(tok, headOfOffice, tok.toLowerCase(Locale.ROOT));
    }

    String campaignJson(String agency, String title) {
        return """
                {"title":"%s","kind":"THEMATIC",
                 "theme":"Ngành Nông nghiệp và Môi trường đoàn kết, đổi mới sáng tạo, thi đua chuyển đổi số",
                 "issuingAgencyCode":"%s",
                 "parentPlan":{"number":"45/KH-UBND","date":"2026-01-15","issuer":"Ủy ban nhân dân tỉnh Quảng Ngãi"},
                 "contents":[
                   {"number":1,"text":"Thi đua thực hiện tốt các chủ trương, nghị quyết về chuyển đổi số."},
                   {"number":2,"text":"Thi đua phát huy sáng kiến, giải pháp hỗ trợ người dân và doanh nghiệp."}],
                 "periodStart":"2026-02-01","periodEnd":"2026-12-31","finalReportDue":"2026-12-15",
                 "participantUnitCodes":["%3$s-VP","%3$s-TTCNTT"]}
                """.formatted(title, agency, token);
    }

    /** A movement running from a month before {@code today} for most of a year, with a registration deadline. */
    String datedCampaignJson(String agency, String title, LocalDate today, LocalDate registrationDeadline) {
        LocalDate start = today.minusDays(30);
        return campaignJson(agency, title)
                .replace("\"periodStart\":\"2026-02-01\"", "\"periodStart\":\"" + start + "\"")
                .replace("\"periodEnd\":\"2026-12-31\"", "\"periodEnd\":\"" + start.plusDays(330) + "\"")
                .replace("\"finalReportDue\":\"2026-12-15\"", "\"finalReportDue\":\"" + start.plusDays(320)
                        + "\",\"registrationDeadline\":\"" + registrationDeadline + "\"");
    }

    String cascadeJson(String agency, String tok) {
        return """
                {"issuingAgencyCode":"%1$s","participantUnitCodes":["%2$s-VP"],
                 "title":"Phong trào thi đua chuyển đổi số %2$s"}
                """.formatted(agency, tok);
    }

    String registrationJson(String unitId) {
        return """
                {"unitId":"%s","targets":"Hoàn thành xuất sắc 100%% nhiệm vụ chuyển đổi số được giao.",
                 "titles":["TAP_THE_LAO_DONG_XUAT_SAC"],
                 "individuals":[{"name":"Trần Thị Hồng","titles":["CHIEN_SI_THI_DUA_CO_SO"]}]}
                """.formatted(unitId);
    }

    String createCampaign(String agency, String title) {
        return office().post("/api/campaigns", campaignJson(agency, title)).expect(201).text("/id");
    }

    String launch(String id, String letterNumber) {
        RestApi.Reply reply = letterNumber == null ? office().post("/api/campaigns/" + id + "/launch")
                : office().post("/api/campaigns/" + id + "/launch", "{\"letterNumber\":\"" + letterNumber + "\"}");
        return reply.expect(200).text("/letterNumber");
    }

    List<String> ids(String query) {
        return office().get(query).expect(200).body().valueStream().map(c -> c.at("/id").asString()).toList();
    }

    List<String> unitCodes(String query) {
        return office().get(query).expect(200).body().valueStream().map(u -> u.at("/code").asString()).toList();
    }

    List<String> pendingEventTypes(String id) {
        return pendingEventTypes("campaigns", id);
    }

    List<String> pendingEventTypes(String collection, String id) {
        Document aggregate = mongo.findById(id, Document.class, collection);
        assertThat(aggregate).isNotNull();
        return aggregate.getList("pendingEvents", Document.class, List.of()).stream().map(e -> e.getString("type"))
                .toList();
    }

    void awaitNoPendingEvents(String id) {
        awaitNoPendingEvents("campaigns", id);
    }

    void awaitNoPendingEvents(String collection, String id) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(pendingEventTypes(collection, id)).isEmpty());
    }

    /** Waits for {@code count} events of a type about these units. */
    List<ConsumerRecord<String, String>> awaitUnitEvents(List<String> units, String ceType, int count) {
        return KafkaTopics.ofType(kafka.read(Topics.CAMPAIGN, WAIT, records -> KafkaTopics.ofType(records, ceType)
                .stream().filter(r -> units.contains(r.key())).count() >= count), ceType).stream()
                .filter(r -> units.contains(r.key()))
                .toList();
    }

    static void assertCloudEventHeaders(ConsumerRecord<String, String> record, String ceType, String key) {
        assertThat(record.key()).isEqualTo(key);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/campaign-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo(ceType);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(key);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }
}
