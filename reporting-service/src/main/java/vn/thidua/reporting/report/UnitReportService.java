package vn.thidua.reporting.report;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;

/**
 * Commands and queries on unit reports, for the acting user: each checks with {@link ReportAccess}
 * that the user may act on (or read) the report, and each change is audited as that user.
 */
@Service
public class UnitReportService {

    private static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    private static final int ATTEMPTS = 3;

    private final UnitReportRepository reports;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final ReportAccess access;
    private final BusinessCounters counters;
    private final Clock clock;

    public UnitReportService(UnitReportRepository reports, AggregateStore store, EventOutbox outbox,
            ReportAccess access, BusinessCounters counters, Clock clock) {
        this.reports = reports;
        this.store = store;
        this.outbox = outbox;
        this.access = access;
        this.counters = counters;
        this.clock = clock;
    }

    /** The unit hands in (or, after a return, resubmits) its report; ReportSubmitted goes out with it. */
    public UnitReport submit(String campaignId, String unitId, String periodId, List<ContentResult> results,
            String summary, Actor actor, Who who) {
        access.requireSubmitter(actor, unitId);
        UnitReport submitted = change(campaignId, unitId, periodId, report -> {
            ReportSubmitted event = report.submit(results, summary, clock.instant(), who);
            OutboxEvent recorded = outbox.record(event);
            report.addPendingEvent(recorded);
            return List.of(recorded);
        });
        counters.count("reports.submitted", "period", submitted.period().name());
        return submitted;
    }

    public UnitReport returnForRevision(String campaignId, String unitId, String periodId, String comment,
            Actor actor, Who who) {
        UnitReport returned = change(campaignId, unitId, periodId, report -> {
            access.requireReviewer(actor, report);
            report.returnForRevision(comment, clock.instant(), who);
            return List.of();
        });
        counters.count("reports.returned");
        return returned;
    }

    public UnitReport accept(String campaignId, String unitId, String periodId, Actor actor, Who who) {
        UnitReport accepted = change(campaignId, unitId, periodId, report -> {
            access.requireReviewer(actor, report);
            report.accept(clock.instant(), who);
            return List.of();
        });
        counters.count("reports.accepted");
        return accepted;
    }

    /**
     * A report whose evidence this user may handle, and that may take a new file now (checked before the
     * file's content is stored, so a refused upload leaves nothing behind).
     */
    public UnitReport forNewEvidence(String campaignId, String unitId, String periodId, Actor actor) {
        UnitReport report = forEvidence(campaignId, unitId, periodId, actor);
        report.requireEditable();
        return report;
    }

    /** A report whose evidence files this user may list and download. */
    public UnitReport forEvidence(String campaignId, String unitId, String periodId, Actor actor) {
        access.requireMayAskFor(actor, unitId);
        UnitReport report = find(campaignId, unitId, periodId);
        access.requireEvidenceHandler(actor, report);
        return report;
    }

    /** Records a stored evidence file on the version being prepared; audited on the report. */
    public UnitReport attach(String campaignId, String unitId, String periodId, Attachment attachment, int limit,
            Actor actor, Who who) {
        access.requireMayAskFor(actor, unitId);
        UnitReport attached = change(campaignId, unitId, periodId, report -> {
            access.requireEvidenceHandler(actor, report);
            report.attach(attachment, limit, clock.instant(), who);
            return List.of();
        });
        counters.count("reports.attachments.added");
        return attached;
    }

    /** Takes an evidence file out of the version being prepared; audited on the report. */
    public UnitReport.Detached detach(String campaignId, String unitId, String periodId, String attachmentId,
            Actor actor, Who who) {
        access.requireMayAskFor(actor, unitId);
        UnitReport.Detached[] detached = new UnitReport.Detached[1];
        change(campaignId, unitId, periodId, report -> {
            access.requireEvidenceHandler(actor, report);
            detached[0] = report.detach(attachmentId, clock.instant(), who);
            return List.of();
        });
        counters.count("reports.attachments.removed");
        return detached[0];
    }

    /** One report, if this user may read it. */
    public UnitReport get(String campaignId, String unitId, String periodId, Actor actor) {
        access.requireMayAskFor(actor, unitId);
        UnitReport report = find(campaignId, unitId, periodId);
        access.requireReader(actor, report);
        return report;
    }

    /** The reports of one movement this user may see, units in the order the movement listed them. */
    public List<UnitReport> ofCampaign(String campaignId, Actor actor) {
        return access.listable(actor, ofCampaign(campaignId));
    }

    /** One unit's reports across movements, latest due first, if this user may read them. */
    public List<UnitReport> ofUnit(String unitId, Actor actor) {
        access.requireUnitReader(actor, unitId);
        return reports.findByUnitIdOrderByDueDateDesc(unitId);
    }

    /** Every report of one movement, for views that apply their own access rules (progress, deadlines). */
    public List<UnitReport> ofCampaign(String campaignId) {
        return reports.findByCampaignIdOrderByUnitOrderAsc(campaignId);
    }

    /**
     * Reads the report, applies the command and stores it with the events it raised. The deadline
     * scheduler also writes reports (a fired reminder); when it did so between our read and write,
     * the command is simply applied again to the fresh state, whose rules decide anew. It returns only
     * once the write succeeded, so callers count the business fact after it.
     */
    private UnitReport change(String campaignId, String unitId, String periodId,
            Function<UnitReport, List<OutboxEvent>> command) {
        for (int attempt = 1; ; attempt++) {
            UnitReport report = find(campaignId, unitId, periodId);
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

    /** The reports of one movement's period, the units in the movement's order (a removed period's too). */
    public List<UnitReport> ofPeriod(String campaignId, String periodId) {
        return ofCampaign(campaignId).stream().filter(report -> report.periodId().equals(periodId)).toList();
    }

    /** Every report of the movements one agency issued, for the department's aggregate (which checks access). */
    public List<UnitReport> issuedBy(String agencyCode) {
        return reports.findByIssuingAgencyCode(agencyCode);
    }

    private UnitReport find(String campaignId, String unitId, String periodId) {
        return reports.findById(UnitReport.idOf(campaignId, unitId, periodId)).orElseThrow(() -> DomainException.notFound(
                "report-not-expected", "Đơn vị " + unitId + " không thuộc diện báo cáo "
                        + (UnitReport.FINAL_PERIOD.equals(periodId) ? "tổng kết" : "kỳ " + periodId)
                        + " của phong trào thi đua " + campaignId + "."));
    }
}
