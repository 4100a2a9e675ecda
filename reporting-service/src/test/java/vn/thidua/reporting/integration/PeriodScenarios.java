package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import tools.jackson.databind.JsonNode;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.Topics;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.reporting.deadline.DeadlineScheduler;
import vn.thidua.reporting.report.UnitReport;

/**
 * Reporting periods from a movement's milestones: interim reports with their own lifecycle and
 * endpoints, reminders per period, a schedule that follows CampaignUpdated (periods added, due dates
 * changed, periods removed), progress and aggregates per period, and events or stored reports from
 * before periods had ids, which are the final report's.
 */
abstract class PeriodScenarios extends ScenarioSupport {

    private static final String SUBMITTED_TYPE = EventCatalog.of(ReportSubmitted.class).ceType();
    private static final String DUE_TYPE = EventCatalog.of(ReportDue.class).ceType();
    private static final String OVERDUE_TYPE = EventCatalog.of(ReportOverdue.class).ceType();
    private static final Duration QUIET = Duration.ofSeconds(2);

    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineScheduler scheduler;

    @Test
    void anInterimReportIsSubmittedReturnedAndAcceptedOnItsOwnAndReportedPerPeriod() {
        LocalDate interimDue = DUE.minusMonths(5);
        String campaignId = launchWith(List.of(interim("INTERIM-1", "Sơ kết 6 tháng đầu năm", interimDue),
                finalMilestone(DUE)), "VP", "TTCNTT");
        String interim = periodReport(campaignId, "VP", "INTERIM-1");

        JsonNode submitted = officer("VP").post(interim, resultsJson(1)).expect(200).body();
        assertThat(submitted.at("/id").asString()).isEqualTo(campaignId + ":" + unit("VP") + ":INTERIM-1");
        assertThat(submitted.at("/period").asString()).isEqualTo("INTERIM");
        assertThat(submitted.at("/periodName").asString()).isEqualTo("Sơ kết 6 tháng đầu năm");
        assertThat(submitted.at("/dueDate").asString()).isEqualTo(interimDue.toString());

        ConsumerRecord<String, String> record = kafka.awaitKey(Topics.REPORTING, SUBMITTED_TYPE, campaignId, 1, WAIT)
                .getFirst();
        Contracts.assertValid(EventCatalog.of(ReportSubmitted.class), record.value());
        ReportSubmitted event = EventJson.MAPPER.readValue(record.value(), ReportSubmitted.class);
        assertThat(event.reportId()).isEqualTo(campaignId + ":" + unit("VP") + ":INTERIM-1");
        assertThat(event.periodId() + " " + event.period() + " " + event.periodName())
                .isEqualTo("INTERIM-1 INTERIM Sơ kết 6 tháng đầu năm");

        office.post(interim + "/return", "{\"comment\":\"Bổ sung nội dung 2.\"}").expect(200);
        officer("VP").post(interim, resultsJson(1, 2)).expect(200);
        JsonNode accepted = office.post(interim + "/accept", null).expect(200).body();
        assertThat(accepted.at("/status").asString()).isEqualTo("ACCEPTED");
        assertThat(office.get(interim).expect(200).body().at("/versions").size()).isEqualTo(2);
        // The final report is another report, untouched; …/periods/FINAL is the same as …/final.
        assertThat(office.get(finalReport(campaignId, "VP")).expect(200).body().at("/status").asString())
                .isEqualTo("EXPECTED");
        assertThat(office.get(periodReport(campaignId, "VP", "FINAL")).expect(200).body().at("/id").asString())
                .isEqualTo(campaignId + ":" + unit("VP") + ":FINAL");

        JsonNode progress = office.get("/api/campaigns/" + campaignId + "/progress?period=INTERIM-1").expect(200).body();
        assertThat(progress.at("/periodId").asString() + " " + progress.at("/expected").asInt() + " "
                + progress.at("/submitted").asInt()).isEqualTo("INTERIM-1 2 1");
        JsonNode finals = office.get("/api/campaigns/" + campaignId + "/progress").expect(200).body();
        assertThat(finals.at("/periodId").asString() + " " + finals.at("/submitted").asInt()).isEqualTo("FINAL 0");

        JsonNode aggregate = office.get("/api/campaigns/" + campaignId + "/aggregate?period=INTERIM-1").expect(200)
                .body();
        assertThat(aggregate.at("/scope/periodId").asString()).isEqualTo("INTERIM-1");
        assertThat(aggregate.at("/scope/periodName").asString()).isEqualTo("Sơ kết 6 tháng đầu năm");
        assertThat(aggregate.at("/totals/submitted").asInt()).isEqualTo(1);
        assertThat(aggregate.at("/movements/0/dueDate").asString()).isEqualTo(interimDue.toString());
        assertThat(aggregate.at("/movements/0/contents/1/results/0/unitId").asString()).isEqualTo(unit("VP"));
        assertThat(office.get("/api/campaigns/" + campaignId + "/aggregate").expect(200).body()
                .at("/totals/submitted").asInt()).isZero();

        office.get("/api/campaigns/" + campaignId + "/progress?period=INTERIM-9").expectProblem(404, "period-not-found");
        office.get(periodReport(campaignId, "VP", "INTERIM-9")).expectProblem(404, "report-not-expected");
    }

    @Test
    void remindersAndOverdueNoticesGoOutOncePerUnitAndPeriod() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UnitReport.VIETNAM);
        LocalDate interimDue = today.plusDays(20);
        LocalDate finalDue = today.plusDays(60);
        String campaignId = launchWith(List.of(interim("INTERIM-1", "Sơ kết quý", interimDue),
                finalMilestone(finalDue)), "VP", "TTCNTT");

        clock.moveTo(reminderTime(interimDue, 7).plusSeconds(60));
        scheduler.tick();
        List<ReportDue> dues = events(kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 2, WAIT), ReportDue.class);
        assertThat(dues).extracting(due -> due.reportId().replace(campaignId + ":", "").replace("-" + token, "")
                + " " + due.periodId() + " " + due.periodName() + " " + due.daysLeft())
                .containsExactlyInAnyOrder("VP:INTERIM-1 INTERIM-1 Sơ kết quý 7", "TTCNTT:INTERIM-1 INTERIM-1 Sơ kết quý 7");

        officer("VP").post(periodReport(campaignId, "VP", "INTERIM-1"), resultsJson(1)).expect(200);
        clock.moveTo(UnitReport.deadlineOf(interimDue).plusSeconds(60));
        scheduler.tick();
        List<ReportOverdue> overdue = events(kafka.awaitKey(Topics.REPORTING, OVERDUE_TYPE, campaignId, 1, WAIT),
                ReportOverdue.class);
        assertThat(overdue).singleElement().satisfies(notice -> {
            assertThat(notice.unitId()).isEqualTo(unit("TTCNTT"));
            assertThat(notice.periodId()).isEqualTo("INTERIM-1");
            assertThat(notice.dueDate()).isEqualTo(interimDue);
        });

        clock.moveTo(reminderTime(finalDue, 7).plusSeconds(60));
        scheduler.tick();
        List<ReportDue> finals = events(kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 4, WAIT), ReportDue.class)
                .stream().filter(due -> "FINAL".equals(due.periodId())).toList();
        assertThat(finals).extracting(ReportDue::unitId).containsExactlyInAnyOrder(unit("VP"), unit("TTCNTT"));

        scheduler.tick();
        List<ConsumerRecord<String, String>> all = kafka.readAll(Topics.REPORTING, QUIET).stream()
                .filter(r -> campaignId.equals(r.key())).toList();
        assertThat(all.stream().filter(r -> DUE_TYPE.equals(KafkaTopics.header(r, "ce_type")))).hasSize(4);
        assertThat(all.stream().filter(r -> OVERDUE_TYPE.equals(KafkaTopics.header(r, "ce_type")))).hasSize(1);
    }

    @Test
    void theScheduleFollowsCampaignUpdatedAddedChangedAndRemovedPeriods() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), UnitReport.VIETNAM);
        LocalDate firstDue = today.plusDays(20);
        LocalDate secondDue = today.plusDays(40);
        LocalDate finalDue = today.plusDays(90);
        String campaignId = launchWith(List.of(interim("INTERIM-1", "Sơ kết lần 1", firstDue),
                interim("INTERIM-2", "Sơ kết lần 2", secondDue), finalMilestone(finalDue)), "VP", "TTCNTT");
        clock.moveTo(reminderTime(firstDue, 7).plusSeconds(60));
        scheduler.tick();
        kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 2, WAIT);

        // INTERIM-1 moves by five days, INTERIM-2 is removed, INTERIM-3 is added.
        LocalDate movedDue = firstDue.plusDays(5);
        LocalDate thirdDue = today.plusDays(50);
        CampaignUpdated update = updated(campaignId, 1, List.of(interim("INTERIM-1", "Sơ kết lần 1 (điều chỉnh)",
                movedDue), interim("INTERIM-3", "Sơ kết lần 3", thirdDue), finalMilestone(finalDue)), finalDue);
        String ceId = kafka.publish(update);
        JsonNode plan = await().atMost(WAIT).until(() -> office.get(deadlines(campaignId)).expect(200).body(),
                body -> rows(body, "INTERIM-3").size() == 2);

        JsonNode first = rows(plan, "INTERIM-1").getFirst();
        assertThat(first.at("/dueDate").asString()).isEqualTo(movedDue.toString());
        assertThat(first.at("/periodName").asString()).isEqualTo("Sơ kết lần 1 (điều chỉnh)");
        assertThat(first.at("/reminders").valueStream().map(r -> r.at("/kind").asString() + " "
                + r.at("/offsetDays").asInt() + " " + r.at("/state").asString() + " " + r.at("/dueAt").asString()))
                .containsExactly("DUE 7 FIRED " + reminderTime(firstDue, 7),
                        "DUE 1 PENDING " + reminderTime(movedDue, 1),
                        "OVERDUE 0 PENDING " + UnitReport.deadlineOf(movedDue));
        assertThat(rows(plan, "INTERIM-2")).hasSize(2).allSatisfy(row -> {
            assertThat(row.at("/withdrawn").asBoolean()).isTrue();
            assertThat(row.at("/reminders").valueStream().map(r -> r.at("/state").asString())).containsOnly("SKIPPED");
        });
        assertThat(rows(plan, "INTERIM-3").getFirst().at("/reminders/0/state").asString()).isEqualTo("PENDING");
        officer("VP").post(periodReport(campaignId, "VP", "INTERIM-2"), resultsJson(1))
                .expectProblem(409, "period-removed");
        officer("VP").post(periodReport(campaignId, "VP", "INTERIM-3"), resultsJson(1)).expect(200);

        // The same change again (same ce_id), then an older revision with other dates: no effect.
        List<Long> revisions = revisions(campaignId);
        kafka.publish(update, ceId);
        kafka.publish(updated(campaignId, 1, List.of(interim("INTERIM-1", "Sơ kết lần 1", firstDue.plusDays(9)),
                finalMilestone(finalDue)), finalDue));
        String marker = launchWith(List.of(finalMilestone(DUE)), "MARK");
        assertThat(marker).isNotBlank();
        assertThat(revisions(campaignId)).isEqualTo(revisions);

        // Past the removed period's reminders and the moved deadline: nothing for INTERIM-2, overdue on the new date.
        clock.moveTo(UnitReport.deadlineOf(secondDue).plusSeconds(60));
        scheduler.tick();
        List<ReportOverdue> overdue = events(kafka.awaitKey(Topics.REPORTING, OVERDUE_TYPE, campaignId, 2, WAIT),
                ReportOverdue.class);
        assertThat(overdue).extracting(o -> o.periodId() + " " + o.dueDate())
                .containsOnly("INTERIM-1 " + movedDue);
        scheduler.tick();
        assertThat(kafka.readAll(Topics.REPORTING, QUIET).stream()
                .filter(r -> campaignId.equals(r.key()) && !SUBMITTED_TYPE.equals(KafkaTopics.header(r, "ce_type")))
                .map(r -> EventJson.MAPPER.readTree(r.value()).at("/periodId").asString()))
                .doesNotContain("INTERIM-2").contains("INTERIM-1");
    }

    @Test
    void eventsAndReportsFromBeforePeriodsHadIdsAreTheFinalReports() {
        String campaignId = launch(DUE, "VP");
        JsonNode plan = office.get(deadlines(campaignId)).expect(200).body();
        assertThat(plan.at("/units").valueStream().map(row -> row.at("/periodId").asString())).containsExactly("FINAL");

        // A report stored before reports kept their period id and name.
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)),
                new Update().unset("periodId").unset("periodName").unset("scheduleRevision"), "unit_reports");
        JsonNode view = office.get(finalReport(campaignId, "VP")).expect(200).body();
        assertThat(view.at("/periodId").asString() + " " + view.at("/periodName").asString())
                .isEqualTo("FINAL Tổng kết phong trào");

        officer("VP").post(periodReport(campaignId, "VP", "FINAL"), resultsJson(1)).expect(200);
        ReportSubmitted event = events(kafka.awaitKey(Topics.REPORTING, SUBMITTED_TYPE, campaignId, 1, WAIT),
                ReportSubmitted.class).getFirst();
        assertThat(event.reportId() + " " + event.periodId() + " " + event.periodName())
                .isEqualTo(reportId + " FINAL Tổng kết phong trào");
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** Publishes CampaignLaunched with these milestones for units named by suffix; waits for the final reports. */
    String launchWith(List<ReportingMilestone> milestones, String... unitSuffixes) {
        String campaignId = "cmp-period-" + token + "-" + UUID.randomUUID().toString().substring(0, 4);
        ReportingMilestone last = milestones.getLast();
        CampaignLaunched plain = launched(campaignId, last.reportDue(), unitSuffixes);
        kafka.publish(new CampaignLaunched(plain.campaignId(), plain.title(), plain.kind(), plain.theme(),
                plain.issuingAgency(), plain.parentPlan(), plain.contents(), last.periodStart(), last.periodEnd(),
                last.reportDue(), plain.participants(), plain.letterNumber(), plain.launchedAt(), milestones));
        awaitExpected(campaignId, unitSuffixes.length);
        await().atMost(WAIT).until(() -> mongo.count(Query.query(Criteria.where("campaignId").is(campaignId)),
                "unit_reports") == (long) milestones.size() * unitSuffixes.length);
        return campaignId;
    }

    static ReportingMilestone interim(String id, String name, LocalDate due) {
        return new ReportingMilestone(id, ReportingMilestone.Kind.INTERIM, name, due.minusMonths(6), due.minusDays(5),
                due);
    }

    static ReportingMilestone finalMilestone(LocalDate due) {
        return new ReportingMilestone("FINAL", ReportingMilestone.Kind.FINAL, "Tổng kết phong trào",
                due.minusMonths(10), due.plusDays(16), due);
    }

    CampaignUpdated updated(String campaignId, int revision, List<ReportingMilestone> milestones, LocalDate finalDue) {
        return new CampaignUpdated(campaignId, revision, "Phong trào thi đua chuyển đổi số " + token,
                finalDue.minusMonths(10), finalDue.plusDays(16), finalDue, milestones, List.of("reportingMilestones"),
                Instant.now());
    }

    String periodReport(String campaignId, String unitSuffix, String periodId) {
        return "/api/campaigns/" + campaignId + "/reports/" + unit(unitSuffix) + "/periods/" + periodId;
    }

    static String deadlines(String campaignId) {
        return "/api/campaigns/" + campaignId + "/deadlines";
    }

    static List<JsonNode> rows(JsonNode deadlines, String periodId) {
        return deadlines.at("/units").valueStream().filter(row -> periodId.equals(row.at("/periodId").asString()))
                .toList();
    }

    /** Each report's stored revision, in id order: unchanged when an event had no effect. */
    List<Long> revisions(String campaignId) {
        List<Long> revisions = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("campaignId").is(campaignId)).with(
                org.springframework.data.domain.Sort.by("_id")), Document.class, "unit_reports")
                .forEach(report -> revisions.add(((Number) report.get("revision")).longValue()));
        return revisions;
    }

    static <T> List<T> events(List<ConsumerRecord<String, String>> records, Class<T> type) {
        return records.stream().map(r -> EventJson.MAPPER.readValue(r.value(), type)).toList();
    }

    static Instant reminderTime(LocalDate due, int days) {
        return due.minusDays(days).atTime(8, 0).atZone(UnitReport.VIETNAM).toInstant();
    }
}
