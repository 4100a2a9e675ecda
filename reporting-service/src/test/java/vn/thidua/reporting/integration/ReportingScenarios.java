package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;

/**
 * reporting-service against a real Kafka broker and a MongoDB-compatible server: movements arrive as
 * CampaignLaunched events, units submit over HTTP, ReportSubmitted goes out through the outbox.
 * Every test uses its own movement ids: the context and the broker are shared.
 */
abstract class ReportingScenarios extends ScenarioSupport {

    private static final String SUBMITTED = EventCatalog.of(ReportSubmitted.class).ceType();

    @Autowired
    MeterRegistry meters;

    @Test
    void submittingAcceptingAndReturningEachCountOneBusinessEvent() {
        String campaignId = launch(DUE, "VP", "TTCNTT");
        String vp = finalReport(campaignId, "VP");
        String it = finalReport(campaignId, "TTCNTT");

        double submitted = businessCount("reports.submitted", "period", "FINAL");
        officer("VP").post(vp, resultsJson(1, 2)).expect(200);
        assertThat(businessCount("reports.submitted", "period", "FINAL")).isEqualTo(submitted + 1);
        officer("VP").post(vp, resultsJson(1, 2)).expectProblem(409, "report-already-submitted");
        assertThat(businessCount("reports.submitted", "period", "FINAL")).as("a refused command counts nothing")
                .isEqualTo(submitted + 1);

        double accepted = businessCount("reports.accepted");
        office.post(vp + "/accept").expect(200);
        assertThat(businessCount("reports.accepted")).isEqualTo(accepted + 1);

        officer("TTCNTT").post(it, resultsJson(1)).expect(200);
        double returned = businessCount("reports.returned");
        office.post(it + "/return", "{\"comment\":\"Bổ sung kết quả nội dung 2.\"}").expect(200);
        assertThat(businessCount("reports.returned")).isEqualTo(returned + 1);
    }

    /** {@code thidua.business.events} with these tags so far (0 before the first increment). */
    private double businessCount(String name, String... tags) {
        Counter counter = meters.find(BusinessCounters.BUSINESS_EVENTS).tag("name", name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void theGoldenCampaignLaunchedSampleBecomesExpectedReports() {
        CampaignLaunched golden = Contracts.sample(EventCatalog.of(CampaignLaunched.class), CampaignLaunched.class);

        kafka.publish(golden);

        JsonNode progress = awaitExpected(golden.campaignId(), 2);
        assertThat(progress.at("/campaignTitle").asString()).isEqualTo(golden.title());
        assertThat(progress.at("/submitted").asInt()).isZero();
        assertThat(progress.at("/units").valueStream().map(u -> u.at("/unitId").asString() + " " + u.at("/status").asString()))
                .containsExactly("SNNMT-VP EXPECTED", "SNNMT-TTCNTT EXPECTED");
        // The demo unit officer reads their own unit's report; the movement's issuing agency is kept with it.
        JsonNode report = api.asDemo("unit").get("/api/campaigns/cmp-2026-0001/reports/SNNMT-TTCNTT/final").expect(200)
                .body();
        assertThat(report.at("/issuingAgencyCode").asString()).isEqualTo(golden.issuingAgency().code());
        assertThat(report.at("/id").asString()).isEqualTo("cmp-2026-0001:SNNMT-TTCNTT:FINAL");
        assertThat(report.at("/unitName").asString()).isEqualTo("Trung tâm Công nghệ thông tin");
        assertThat(report.at("/dueDate").asString()).isEqualTo("2026-12-15");
        assertThat(report.at("/contents/1/text").asString()).isEqualTo(golden.contents().get(1).text());
        assertThat(report.at("/version").asInt()).isZero();
    }

    @Test
    void aSubmissionPublishesExactlyOneReportSubmittedAndCannotBeRepeated() {
        String campaignId = launch(DUE, "VP", "TTCNTT");

        JsonNode report = officer("VP").post(finalReport(campaignId, "VP"), resultsJson(1, 2)).expect(200).body();
        assertThat(report.at("/status").asString()).isEqualTo("SUBMITTED");
        assertThat(report.at("/version").asInt()).isEqualTo(1);
        assertThat(report.at("/late").asBoolean()).isFalse();
        assertThat(report.at("/versions").size()).isEqualTo(1);

        List<ConsumerRecord<String, String>> records = kafka.awaitKey(Topics.REPORTING, SUBMITTED, campaignId, 1, WAIT);
        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/reporting-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo("thidua.ReportSubmitted.v1");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(campaignId);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        Contracts.assertValid(EventCatalog.of(ReportSubmitted.class), record.value());
        ReportSubmitted event = EventJson.MAPPER.readValue(record.value(), ReportSubmitted.class);
        assertThat(event.reportId()).isEqualTo(campaignId + ":" + unit("VP") + ":FINAL");
        assertThat(event.unitName()).isEqualTo("Đơn vị VP " + token);
        assertThat(event.dueDate()).isEqualTo(DUE);
        assertThat(event.results()).extracting(ReportSubmitted.Result::contentNumber).containsExactly(1, 2);
        assertThat(event.summary()).isEqualTo("Hoàn thành các nội dung thi đua.");
        assertThat(event.version()).isEqualTo(1);

        String detail = officer("VP").post(finalReport(campaignId, "VP"), resultsJson(1))
                .expectProblem(409, "report-already-submitted");
        assertThat(detail).contains("Đơn vị VP " + token);

        awaitNoPendingEvents(campaignId + ":" + unit("VP") + ":FINAL");
        assertThat(kafka.readAll(Topics.REPORTING, Duration.ofSeconds(2)).stream().filter(r -> campaignId.equals(r.key())))
                .hasSize(1);
    }

    @Test
    void aRedeliveredCampaignLaunchedHasOneEffect() {
        String campaignId = "cmp-test-" + token;
        CampaignLaunched launched = launched(campaignId, DUE, "VP", "TTCNTT");
        String ceId = kafka.publish(launched);
        awaitExpected(campaignId, 2);
        officer("VP").post(finalReport(campaignId, "VP"), resultsJson(1)).expect(200);
        JsonNode before = officer("VP").get(finalReport(campaignId, "VP")).expect(200).body();

        kafka.publish(launched, ceId);
        // A distinct event for the same movement (same key, so after the replay) with one more unit.
        kafka.publish(launched(campaignId, DUE, "VP", "TTCNTT", "PTDKT"));

        awaitExpected(campaignId, 3);
        JsonNode after = officer("VP").get(finalReport(campaignId, "VP")).expect(200).body();
        assertThat(after.at("/status").asString()).isEqualTo("SUBMITTED");
        assertThat(after.at("/version").asInt()).isEqualTo(1);
        assertThat(after).isEqualTo(before);
        assertThat(office.get(finalReport(campaignId, "TTCNTT")).expect(200).body().at("/auditTrail").size()).isEqualTo(1);
    }

    @Test
    void malformedEventsGoToTheDeadLetterTopicAndTheNextIsProcessed() {
        String key = "poison-" + token;
        String poisonId = "poison-" + UUID.randomUUID();
        kafka.send(Topics.CAMPAIGN, key, Map.of(CloudEventHeaders.ID, poisonId,
                CloudEventHeaders.TYPE, "thidua.CampaignLaunched.v1"), "{not json");
        kafka.send(Topics.CAMPAIGN, key, Map.of(CloudEventHeaders.ID, "no-type-" + token), "{}");
        kafka.send(Topics.CAMPAIGN, key, Map.of(CloudEventHeaders.ID, "unknown-" + token,
                CloudEventHeaders.TYPE, "thidua.CampaignRenamed.v1"), "{}");
        String campaignId = launch(DUE, "VP");

        String dlq = Topics.deadLetter(Topics.CAMPAIGN, "reporting-service");
        List<ConsumerRecord<String, String>> dead = kafka.read(dlq, WAIT,
                records -> records.stream().filter(r -> key.equals(r.key())).count() >= 2).stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(dead).extracting(r -> KafkaTopics.header(r, "x-exception-message"))
                .anySatisfy(reason -> assertThat(reason).contains(poisonId).contains("unreadable data"))
                .anySatisfy(reason -> assertThat(reason).contains("ce_type"))
                .hasSize(2);
        awaitExpected(campaignId, 1);
        // The unknown type was skipped, not dead-lettered.
        assertThat(kafka.readAll(dlq, Duration.ofSeconds(1)).stream().filter(r -> key.equals(r.key()))).hasSize(2);
    }

    @Test
    void anEventWrittenWhileTheRelayIsDownIsPublishedOnceAfterItRestarts() {
        String campaignId = launch(DUE, "VP");
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";
        outboxRelay.stop();
        try {
            officer("VP").post(finalReport(campaignId, "VP"), resultsJson(1, 2)).expect(200);

            assertThat(pendingEventTypes(reportId)).containsExactly(SUBMITTED);
            assertThat(kafka.readAll(Topics.REPORTING, Duration.ofSeconds(2)).stream()
                    .filter(r -> campaignId.equals(r.key()))).isEmpty();
        } finally {
            outboxRelay.start();
        }
        assertThat(kafka.awaitKey(Topics.REPORTING, SUBMITTED, campaignId, 1, WAIT)).hasSize(1);
        awaitNoPendingEvents(reportId);
        assertThat(kafka.readAll(Topics.REPORTING, Duration.ofSeconds(2)).stream().filter(r -> campaignId.equals(r.key())))
                .hasSize(1);
    }

    @Test
    void reportsAreReturnedResubmittedAndAcceptedAndProgressCountsThem() {
        String campaignId = launch(PAST_DUE, "VP", "TTCNTT", "PTDKT");
        String vp = finalReport(campaignId, "VP");
        String it = finalReport(campaignId, "TTCNTT");

        assertThat(officer("VP").post(vp, resultsJson(1, 2)).expect(200).body().at("/late").asBoolean()).isTrue();
        office.post(vp + "/accept").expect(200);
        officer("TTCNTT").post(it, resultsJson(1)).expect(200);
        RestApi.Reply returned = office.post(it + "/return", "{\"comment\":\"Bổ sung kết quả nội dung 2.\"}")
                .expect(200);
        assertThat(returned.text("/status")).isEqualTo("RETURNED");
        assertThat(returned.text("/returnComment")).isEqualTo("Bổ sung kết quả nội dung 2.");

        JsonNode progress = office.get("/api/campaigns/" + campaignId + "/progress").expect(200).body();
        assertThat(progress.at("/expected").asInt()).isEqualTo(3);
        assertThat(progress.at("/submitted").asInt()).isEqualTo(1);
        assertThat(progress.at("/late").asInt()).isEqualTo(2);
        assertThat(progress.at("/overdue").asInt()).isEqualTo(2);
        assertThat(progress.at("/units").valueStream().map(u -> u.at("/status").asString()))
                .containsExactly("ACCEPTED", "RETURNED", "EXPECTED");
        assertThat(progress.at("/units/0/submittedAt").asString()).isNotBlank();
        assertThat(progress.at("/units/2/submittedAt").isMissingNode()).isTrue();

        JsonNode resubmitted = officer("TTCNTT").post(it, resultsJson(1, 2)).expect(200).body();
        assertThat(resubmitted.at("/status").asString()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.at("/version").asInt()).isEqualTo(2);
        assertThat(resubmitted.at("/versions").valueStream().map(v -> v.at("/results").size())).containsExactly(1, 2);
        assertThat(office.get("/api/campaigns/" + campaignId + "/progress").expect(200).body().at("/submitted").asInt())
                .isEqualTo(2);
        assertThat(kafka.awaitKey(Topics.REPORTING, SUBMITTED, campaignId, 3, WAIT))
                .extracting(r -> EventJson.MAPPER.readValue(r.value(), ReportSubmitted.class))
                .extracting(e -> e.unitId().replace("-" + token, "") + " v" + e.version())
                .containsExactly("VP v1", "TTCNTT v1", "TTCNTT v2");

        String later = launch(DUE, "VP");
        assertThat(officer("VP").get("/api/units/" + unit("VP") + "/reports").expect(200).body().valueStream()
                .map(r -> r.at("/campaignId").asString())).containsExactly(later, campaignId);
    }

    @Test
    void badInputIsAnsweredWithProblemDetails() {
        String campaignId = launch(DUE, "VP");
        String vp = finalReport(campaignId, "VP");

        RestApi officer = officer("VP");
        RestApi.Reply empty = officer.post(vp, "{\"results\":[]}");
        empty.expectProblem(400, "invalid-request");
        assertThat(empty.body().at("/errors/0/field").asString()).isEqualTo("results");
        RestApi.Reply blank = officer.post(vp, "{\"results\":[{\"contentNumber\":1,\"narrative\":\"  \"}]}");
        blank.expectProblem(400, "invalid-request");
        assertThat(blank.body().at("/errors/0/field").asString()).isEqualTo("results[0].narrative");

        String unknownUnit = officer("KHONGCO").post(finalReport(campaignId, "KHONGCO"), resultsJson(1))
                .expectProblem(404, "report-not-expected");
        assertThat(unknownUnit).contains(unit("KHONGCO")).contains(campaignId).contains("không thuộc diện báo cáo");
        officer.get(finalReport("cmp-khong-co-" + token, "VP")).expectProblem(404, "report-not-expected");
        office.get("/api/campaigns/cmp-khong-co-" + token + "/progress").expectProblem(404, "campaign-not-found");

        assertThat(officer.post(vp, resultsJson(1, 3)).expectProblem(422, "unknown-content")).contains("số 3");
        officer.post(vp, "{\"results\":[{\"contentNumber\":1,\"narrative\":\"a\"},{\"contentNumber\":1,\"narrative\":\"b\"}]}")
                .expectProblem(422, "duplicate-result");
        office.post(vp + "/accept").expectProblem(409, "report-not-submitted");

        officer.post(vp, resultsJson(1)).expect(200);
        officer.post(vp, resultsJson(1)).expectProblem(409, "report-already-submitted");
        office.post(vp + "/return", "{\"comment\":\"\"}").expectProblem(400, "invalid-request");
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        JsonNode paths = api.get("/v3/api-docs").expect(200).body().at("/paths");

        assertThat(paths.propertyNames()).contains("/api/campaigns/{campaignId}/reports/{unitId}/final",
                "/api/campaigns/{campaignId}/reports/{unitId}/final/return",
                "/api/campaigns/{campaignId}/reports/{unitId}/final/accept", "/api/campaigns/{campaignId}/progress",
                "/api/units/{unitId}/reports", "/api/campaigns/{campaignId}/deadlines");
    }
}
