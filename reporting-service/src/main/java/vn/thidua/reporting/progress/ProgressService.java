package vn.thidua.reporting.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.report.ReportAccess;
import vn.thidua.reporting.report.Submission;
import vn.thidua.reporting.report.UnitReport;
import vn.thidua.reporting.report.UnitReportService;

/** The progress read model, computed from the movement's reports of one period (tens of units per movement). */
@Service
public class ProgressService {

    private final UnitReportService reports;
    private final ReportAccess access;
    private final Clock clock;

    public ProgressService(UnitReportService reports, ReportAccess access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The whole movement's figures for one period: only for those who may see every unit's report, so
     * never partial. A period the movement removed has no progress.
     */
    public CampaignProgress reporting(String campaignId, String periodId, Actor actor) {
        List<UnitReport> finals = reports.ofPeriod(campaignId, periodId).stream()
                .filter(report -> !report.withdrawn())
                .toList();
        if (finals.isEmpty()) {
            if (!UnitReport.FINAL_PERIOD.equals(periodId) && !reports.ofCampaign(campaignId).isEmpty()) {
                throw DomainException.notFound("period-not-found", "Phong trào thi đua " + campaignId
                        + " không có kỳ báo cáo " + periodId + ".");
            }
            throw DomainException.notFound("campaign-not-found", "Không có báo cáo nào được chờ cho phong trào thi đua "
                    + campaignId + " (phong trào không tồn tại hoặc chưa được phát động).");
        }
        access.requireProgressReader(actor, finals);
        Instant now = clock.instant();
        List<CampaignProgress.UnitProgress> units = finals.stream().map(report -> unit(report, now)).toList();
        UnitReport first = finals.getFirst();
        return new CampaignProgress(campaignId, first.campaignTitle(), first.periodId(), first.periodName(),
                first.dueDate(), units.size(),
                (int) finals.stream().filter(report -> report.status().countsAsSubmitted()).count(),
                (int) units.stream().filter(CampaignProgress.UnitProgress::late).count(),
                (int) units.stream().filter(CampaignProgress.UnitProgress::overdue).count(),
                units);
    }

    private static CampaignProgress.UnitProgress unit(UnitReport report, Instant now) {
        Submission latest = report.latest().orElse(null);
        return new CampaignProgress.UnitProgress(report.unitId(), report.unitName(), report.status(),
                latest != null && latest.late(), report.isOverdue(now), latest == null ? null : latest.submittedAt(),
                latest == null ? 0 : latest.version());
    }
}
