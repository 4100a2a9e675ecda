package vn.thidua.reporting.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.test.Contracts;

/** What reporting-service publishes when the golden unit submits is exactly the golden sample. */
class ReportSubmittedContractTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-10T08:00:00Z"), ZoneOffset.UTC);

    @Test
    void submittingTheGoldenReportProducesTheGoldenSample() {
        UnitReport report = GoldenReports.officeFinalReport();

        ReportSubmitted submitted = report.submit(GoldenReports.RESULTS, "Hoàn thành xuất sắc các nội dung thi đua.",
                clock.instant(), GoldenReports.OFFICER);

        String json = EventJson.MAPPER.writeValueAsString(submitted);
        Contracts.assertEqualsGolden(EventCatalog.of(ReportSubmitted.class), json);
        Contracts.assertValid(EventCatalog.of(ReportSubmitted.class), json);
    }
}
