package vn.thidua.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

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

    @Test
    void theFiguresOfEachContentTravelWithTheResult() {
        ReportSubmitted sample = Contracts.sample(EventCatalog.of(ReportSubmitted.class), ReportSubmitted.class);

        assertThat(sample.results().get(1).figures()).containsExactly(
                new ReportSubmitted.Figure("Số sáng kiến được công nhận", 2, "sáng kiến"),
                new ReportSubmitted.Figure("Tỷ lệ cán bộ tham gia", 92.5, "%"));
        assertThat(sample.results().getFirst().figures()).isNull();
    }

    /** An event published before results carried figures still parses, and one without figures says nothing of them. */
    @Test
    void eventsWithoutFiguresStayAsTheyWere() {
        String older = Contracts.sampleJson(EventCatalog.of(ReportSubmitted.class))
                .replaceAll(",\\s*\"figures\": \\[[^\\]]*\\]", "");
        assertThat(older).doesNotContain("figures");
        Contracts.assertValid(EventCatalog.of(ReportSubmitted.class), older);

        ReportSubmitted parsed = EventJson.MAPPER.readValue(older, ReportSubmitted.class);
        assertThat(parsed.results()).allSatisfy(result -> assertThat(result.figures()).isNull());

        UnitReport report = GoldenReports.officeFinalReport();
        ReportSubmitted withoutFigures = report.submit(List.of(new ContentResult(1, "Đã hoàn thành.")), null,
                clock.instant(), GoldenReports.OFFICER);
        assertThat(EventJson.MAPPER.writeValueAsString(withoutFigures)).doesNotContain("figures");
    }
}
