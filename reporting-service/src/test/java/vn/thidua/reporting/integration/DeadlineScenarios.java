package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;
import vn.thidua.eventing.test.KafkaTopics;
import vn.thidua.reporting.config.ReportingProperties;
import vn.thidua.reporting.deadline.DeadlineScheduler;
import vn.thidua.reporting.deadline.DeadlineService;
import vn.thidua.reporting.report.UnitReport;

/**
 * Due and overdue reminders with a movable clock: one ReportDue per unit and configured offset (here
 * 7 days and 1 day before), one ReportOverdue per unit still without a report once the due day has
 * ended in Vietnam, and never twice, whether schedulers tick at once or a new one takes over.
 * Each movement is due 20 days after the clock's current day; the clock only moves forward.
 */
abstract class DeadlineScenarios extends ScenarioSupport {

    private static final String DUE_TYPE = EventCatalog.of(ReportDue.class).ceType();
    private static final String OVERDUE_TYPE = EventCatalog.of(ReportOverdue.class).ceType();
    private static final Duration QUIET = Duration.ofSeconds(2);

    @Autowired
    MovableClock clock;
    @Autowired
    DeadlineScheduler scheduler;
    @Autowired
    DeadlineService deadlines;
    @Autowired
    ReportingProperties properties;

    @Test
    void remindersGoOutOncePerUnitAndOffsetAndOverdueOnlyForUnitsStillWithoutAReport() {
        LocalDate due = dueInTwentyDays();
        String campaignId = launch(due, "VP", "TTCNTT", "PTDKT");
        officer("VP").post(finalReport(campaignId, "VP"), resultsJson(1, 2)).expect(200);

        JsonNode planned = office.get(deadlines(campaignId)).expect(200).body();
        assertThat(planned.at("/units/1/reminders").valueStream()
                .map(r -> r.at("/kind").asString() + " " + r.at("/offsetDays").asInt() + " " + r.at("/state").asString()))
                .containsExactly("DUE 7 PENDING", "DUE 1 PENDING", "OVERDUE 0 PENDING");
        assertThat(planned.at("/units/1/reminders/0/dueAt").asString()).isEqualTo(reminderTime(due, 7).toString());
        assertThat(planned.at("/units/0/reminders/0/state").asString()).isEqualTo("ON_HOLD");

        clock.moveTo(reminderTime(due, 7).plusSeconds(60));
        scheduler.tick();
        List<ConsumerRecord<String, String>> first = kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 2, WAIT);
        assertThat(first).extracting(r -> event(r, ReportDue.class))
                .extracting(e -> e.unitId().replace("-" + token, "") + " " + e.daysLeft())
                .containsExactlyInAnyOrder("TTCNTT 7", "PTDKT 7");
        ConsumerRecord<String, String> record = first.getFirst();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.ID)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SOURCE)).isEqualTo("/thidua/reporting-service");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TYPE)).isEqualTo("thidua.ReportDue.v1");
        assertThat(KafkaTopics.header(record, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(KafkaTopics.header(record, CloudEventHeaders.SUBJECT)).isEqualTo(campaignId);
        assertThat(KafkaTopics.header(record, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        Contracts.assertValid(EventCatalog.of(ReportDue.class), record.value());
        assertThat(event(record, ReportDue.class).dueDate()).isEqualTo(due);

        clock.moveTo(reminderTime(due, 1).plusSeconds(60));
        scheduler.tick();
        kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 4, WAIT);
        officer("TTCNTT").post(finalReport(campaignId, "TTCNTT"), resultsJson(1)).expect(200);

        clock.moveTo(UnitReport.deadlineOf(due).plusSeconds(60));
        scheduler.tick();
        List<ConsumerRecord<String, String>> overdue = kafka.awaitKey(Topics.REPORTING, OVERDUE_TYPE, campaignId, 1, WAIT);
        Contracts.assertValid(EventCatalog.of(ReportOverdue.class), overdue.getFirst().value());
        assertThat(overdue).extracting(r -> event(r, ReportOverdue.class))
                .singleElement().satisfies(e -> {
                    assertThat(e.unitId()).isEqualTo(unit("PTDKT"));
                    assertThat(e.daysLate()).isEqualTo(1);
                    assertThat(e.campaignTitle()).contains(token);
                });

        assertThat(typesPerUnit(campaignId)).containsExactlyInAnyOrder(
                "VP ReportSubmitted", "TTCNTT ReportDue", "PTDKT ReportDue", "TTCNTT ReportDue", "PTDKT ReportDue",
                "TTCNTT ReportSubmitted", "PTDKT ReportOverdue");
        JsonNode after = office.get(deadlines(campaignId)).expect(200).body();
        assertThat(after.at("/overdue").asInt()).isEqualTo(1);
        assertThat(after.at("/remindersFired").asInt()).isEqualTo(5);
        assertThat(after.at("/units/2/reminders").valueStream().map(r -> r.at("/state").asString()))
                .containsExactly("FIRED", "FIRED", "FIRED");
        assertThat(after.at("/units/1/reminders").valueStream().map(r -> r.at("/state").asString()))
                .containsExactly("FIRED", "FIRED", "ON_HOLD");
        assertThat(office.get("/api/campaigns/" + campaignId + "/progress").expect(200).body().at("/overdue").asInt())
                .isEqualTo(1);
        office.get(deadlines("cmp-khong-co-" + token)).expectProblem(404, "campaign-not-found");
    }

    @Test
    void schedulersTickingAtTheSameTimeRaiseEachReminderOnce() throws Exception {
        LocalDate due = dueInTwentyDays();
        String campaignId = launch(due, "VP", "TTCNTT", "PTDKT");
        DeadlineScheduler second = new DeadlineScheduler(mongo, deadlines, properties, clock);
        scheduler.stop();
        try {
            // Without the lease: four threads race for the same reports; each document write is guarded.
            clock.moveTo(reminderTime(due, 7).plusSeconds(60));
            concurrently(4, deadlines::fireDue);
            assertThat(kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 3, WAIT)).hasSize(3);

            // Two replicas' schedulers, sharing the store, tick at once.
            clock.moveTo(UnitReport.deadlineOf(due).plusSeconds(60));
            concurrently(2, scheduler::tick, second::tick);
            assertThat(kafka.awaitKey(Topics.REPORTING, OVERDUE_TYPE, campaignId, 3, WAIT)).hasSize(3);
        } finally {
            second.stop();
            scheduler.start();
        }
        // Raised once: one firing in each report's data, and one event id per reminder on the topic.
        for (String unit : List.of("VP", "TTCNTT", "PTDKT")) {
            assertThat(auditActions(campaignId, unit)).containsExactly("EXPECTED", "REMINDED", "OVERDUE");
        }
        assertThat(typesPerUnit(campaignId)).containsExactlyInAnyOrder("VP ReportDue", "TTCNTT ReportDue",
                "PTDKT ReportDue", "VP ReportOverdue", "TTCNTT ReportOverdue", "PTDKT ReportOverdue");
    }

    @Test
    void aSchedulerTakingOverAfterARestartFiresNothingTwice() {
        LocalDate due = dueInTwentyDays();
        String campaignId = launch(due, "VP", "TTCNTT");
        clock.moveTo(reminderTime(due, 7).plusSeconds(60));
        scheduler.tick();
        kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 2, WAIT);

        // The replica goes away; a new scheduler object starts from the data alone.
        scheduler.stop();
        DeadlineScheduler restarted = new DeadlineScheduler(mongo, deadlines, properties, clock);
        try {
            restarted.tick();
            clock.moveTo(reminderTime(due, 1).plusSeconds(60));
            restarted.tick();
            restarted.tick();
            assertThat(kafka.awaitKey(Topics.REPORTING, DUE_TYPE, campaignId, 4, WAIT))
                    .extracting(r -> event(r, ReportDue.class).daysLeft())
                    .containsExactlyInAnyOrder(7, 7, 1, 1);
        } finally {
            restarted.stop();
            scheduler.start();
        }
        assertThat(typesPerUnit(campaignId)).containsExactlyInAnyOrder("VP ReportDue", "TTCNTT ReportDue",
                "VP ReportDue", "TTCNTT ReportDue");
    }

    @Test
    void reportsStoredBeforeRemindersExistedGetTheirScheduleWhenTheSchedulerStarts() {
        LocalDate due = dueInTwentyDays();
        String campaignId = launch(due, "VP");
        String reportId = campaignId + ":" + unit("VP") + ":FINAL";
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)),
                new Update().unset("reminders").unset("nextReminderAt"), "unit_reports");
        assertThat(office.get(deadlines(campaignId)).expect(200).body().at("/units/0/reminders").size()).isZero();

        assertThat(deadlines.scheduleMissing()).isEqualTo(1);
        assertThat(deadlines.scheduleMissing()).isZero();

        JsonNode scheduled = office.get(deadlines(campaignId)).expect(200).body();
        assertThat(scheduled.at("/units/0/reminders").valueStream().map(r -> r.at("/kind").asString() + " "
                + r.at("/offsetDays").asInt() + " " + r.at("/state").asString()))
                .containsExactly("DUE 7 PENDING", "DUE 1 PENDING", "OVERDUE 0 PENDING");
        assertThat(auditActions(campaignId, "VP")).containsExactly("EXPECTED", "REMINDERS_SCHEDULED");
    }

    // --- helpers -------------------------------------------------------------------------------

    LocalDate dueInTwentyDays() {
        return LocalDate.ofInstant(clock.instant(), UnitReport.VIETNAM).plusDays(20);
    }

    /** 08:00 in Vietnam, {@code days} before the due date. */
    static Instant reminderTime(LocalDate due, int days) {
        return due.minusDays(days).atTime(8, 0).atZone(UnitReport.VIETNAM).toInstant();
    }

    static String deadlines(String campaignId) {
        return "/api/campaigns/" + campaignId + "/deadlines";
    }

    static <T> T event(ConsumerRecord<String, String> record, Class<T> type) {
        return EventJson.MAPPER.readValue(record.value(), type);
    }

    /**
     * Every event the movement's reports raised, after a quiet moment, as "unit EventName": one per
     * event id. The relay publishes at least once (a send that timed out under load but reached the
     * broker is sent again, with the same ce_id, which consumers dedupe), so a record repeated with
     * its id is a redelivery, not a second raise; a second raise has an id of its own and shows here.
     */
    List<String> typesPerUnit(String campaignId) {
        Set<String> seen = new HashSet<>();
        return kafka.readAll(Topics.REPORTING, QUIET).stream()
                .filter(r -> campaignId.equals(r.key()))
                .filter(r -> seen.add(KafkaTopics.header(r, CloudEventHeaders.ID)))
                .map(r -> EventJson.MAPPER.readTree(r.value()).at("/unitId").asString().replace("-" + token, "") + " "
                        + KafkaTopics.header(r, CloudEventHeaders.TYPE).replace("thidua.", "").replace(".v1", ""))
                .toList();
    }

    List<String> auditActions(String campaignId, String unitSuffix) {
        Document report = mongo.findById(campaignId + ":" + unit(unitSuffix) + ":FINAL", Document.class, "unit_reports");
        assertThat(report).isNotNull();
        return report.getList("auditTrail", Document.class).stream().map(entry -> entry.getString("action")).toList();
    }

    /** Runs {@code threads} calls, cycling through the tasks, from threads released at the same moment; rethrows failures. */
    @SafeVarargs
    static void concurrently(int threads, Callable<Integer>... tasks) throws Exception {
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Integer>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                Callable<Integer> task = tasks[i % tasks.length];
                results.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            for (Future<Integer> result : results) {
                result.get();
            }
        }
    }
}
