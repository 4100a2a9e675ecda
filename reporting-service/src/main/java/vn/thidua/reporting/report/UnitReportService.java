package vn.thidua.reporting.report;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.eventing.outbox.AggregateStore;

/** Commands and queries on unit reports. */
@Service
public class UnitReportService {

    private final UnitReportRepository reports;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final Clock clock;

    public UnitReportService(UnitReportRepository reports, AggregateStore store, EventOutbox outbox, Clock clock) {
        this.reports = reports;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The unit hands in (or, after a return, resubmits) its report; ReportSubmitted goes out with it. */
    public UnitReport submit(String campaignId, String unitId, ReportPeriod period, List<ContentResult> results,
            String summary, String actor) {
        UnitReport report = get(campaignId, unitId, period);
        ReportSubmitted submitted = report.submit(results, summary, clock.instant(), actor);
        OutboxEvent event = outbox.record(submitted);
        report.addPendingEvent(event);
        store.update(report, List.of(event));
        return report;
    }

    public UnitReport returnForRevision(String campaignId, String unitId, ReportPeriod period, String comment,
            String actor) {
        UnitReport report = get(campaignId, unitId, period);
        report.returnForRevision(comment, clock.instant(), actor);
        store.update(report, List.of());
        return report;
    }

    public UnitReport accept(String campaignId, String unitId, ReportPeriod period, String actor) {
        UnitReport report = get(campaignId, unitId, period);
        report.accept(clock.instant(), actor);
        store.update(report, List.of());
        return report;
    }

    public UnitReport get(String campaignId, String unitId, ReportPeriod period) {
        return reports.findById(UnitReport.idOf(campaignId, unitId, period)).orElseThrow(() -> DomainException.notFound(
                "report-not-expected", "Đơn vị " + unitId + " không thuộc diện báo cáo "
                        + (period == ReportPeriod.FINAL ? "tổng kết" : "sơ kết") + " phong trào thi đua " + campaignId
                        + "."));
    }

    /** The reports of one movement, units in the order the movement listed them. */
    public List<UnitReport> ofCampaign(String campaignId) {
        return reports.findByCampaignIdOrderByUnitOrderAsc(campaignId);
    }

    /** One unit's reports across movements, latest due first. */
    public List<UnitReport> ofUnit(String unitId) {
        return reports.findByUnitIdOrderByDueDateDesc(unitId);
    }
}
