package vn.thidua.reporting.report;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.eventing.outbox.AggregateStore;

/** Commands and queries on unit reports. */
@Service
public class UnitReportService {

    private static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    private static final int ATTEMPTS = 3;

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
        return change(campaignId, unitId, period, report -> {
            ReportSubmitted submitted = report.submit(results, summary, clock.instant(), actor);
            OutboxEvent event = outbox.record(submitted);
            report.addPendingEvent(event);
            return List.of(event);
        });
    }

    public UnitReport returnForRevision(String campaignId, String unitId, ReportPeriod period, String comment,
            String actor) {
        return change(campaignId, unitId, period, report -> {
            report.returnForRevision(comment, clock.instant(), actor);
            return List.of();
        });
    }

    public UnitReport accept(String campaignId, String unitId, ReportPeriod period, String actor) {
        return change(campaignId, unitId, period, report -> {
            report.accept(clock.instant(), actor);
            return List.of();
        });
    }

    /**
     * Reads the report, applies the command and stores it with the events it raised. The deadline
     * scheduler also writes reports (a fired reminder); when it did so between our read and write,
     * the command is simply applied again to the fresh state, whose rules decide anew.
     */
    private UnitReport change(String campaignId, String unitId, ReportPeriod period,
            Function<UnitReport, List<OutboxEvent>> command) {
        for (int attempt = 1; ; attempt++) {
            UnitReport report = get(campaignId, unitId, period);
            List<OutboxEvent> events = command.apply(report);
            try {
                store.update(report, events);
                return report;
            } catch (DomainException e) {
                if (!CONCURRENT_MODIFICATION.equals(e.code()) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
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
