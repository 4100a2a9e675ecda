package vn.thidua.reporting.report;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportingEvent;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** The deadline events the golden report raises are exactly the golden samples, and valid against their schemas. */
class DeadlineEventsContractTest {

    /** 08:00 in Vietnam three days before the due date 2026-12-15. */
    private static final Instant REMINDER_TIME = Instant.parse("2026-12-12T01:00:00Z");
    /** Midnight in Vietnam at the end of the due day. */
    private static final Instant DEADLINE = Instant.parse("2026-12-15T17:00:00Z");

    @Test
    void theReminderThreeDaysAheadIsTheGoldenReportDue() {
        ReportingEvent due = GoldenReports.officeFinalReport().fireDueReminders(REMINDER_TIME, GoldenReports.SYSTEM).orElseThrow();

        assertGolden(ReportDue.class, due);
    }

    @Test
    void theReportStillMissingAtTheEndOfTheDueDayIsTheGoldenReportOverdue() {
        ReportingEvent overdue = GoldenReports.officeFinalReport().fireDueReminders(DEADLINE, GoldenReports.SYSTEM).orElseThrow();

        assertGolden(ReportOverdue.class, overdue);
    }

    private static void assertGolden(Class<? extends ReportingEvent> type, ReportingEvent event) {
        String json = EventJson.MAPPER.writeValueAsString(event);
        Contracts.assertEqualsGolden(EventCatalog.of(type), json);
        Contracts.assertValid(EventCatalog.of(type), json);
    }
}
