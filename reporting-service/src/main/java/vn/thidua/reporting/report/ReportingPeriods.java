package vn.thidua.reporting.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.eventing.inbound.MalformedEventException;

/**
 * A movement's reporting periods as its events name them: each milestone of CampaignLaunched or
 * CampaignUpdated; only the final report (due on {@code finalReportDue}) when an event from before
 * milestones names none. The final period is always there and always due on {@code finalReportDue}.
 */
public final class ReportingPeriods {

    /** One period and its due date. */
    public record Milestone(UnitReport.Period period, LocalDate due) {
    }

    private ReportingPeriods() {
    }

    /**
     * @throws MalformedEventException when a milestone lacks its id, kind or due date, or an id repeats:
     *                                 retrying cannot help
     */
    public static List<Milestone> of(List<ReportingMilestone> milestones, LocalDate finalReportDue, String event,
            String eventId) {
        List<Milestone> periods = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        String finalName = UnitReport.defaultName(ReportPeriod.FINAL);
        for (ReportingMilestone m : milestones == null ? List.<ReportingMilestone>of() : milestones) {
            if (m == null || m.kind() == null || m.reportDue() == null || m.periodId() == null
                    || m.periodId().isBlank()) {
                throw new MalformedEventException("Event " + eventId + " (" + event
                        + ") has a reporting milestone without its period id, kind or due date");
            }
            if (m.kind() == ReportingMilestone.Kind.FINAL) {
                finalName = m.name() == null || m.name().isBlank() ? finalName : m.name().strip();
                continue;
            }
            String id = m.periodId().strip();
            if (UnitReport.FINAL_PERIOD.equals(id) || !ids.add(id)) {
                throw new MalformedEventException("Event " + eventId + " (" + event + ") names period " + id
                        + " twice or as an interim one");
            }
            String name = m.name() == null || m.name().isBlank() ? UnitReport.defaultName(ReportPeriod.INTERIM)
                    : m.name().strip();
            periods.add(new Milestone(new UnitReport.Period(id, ReportPeriod.INTERIM, name), m.reportDue()));
        }
        periods.add(new Milestone(new UnitReport.Period(UnitReport.FINAL_PERIOD, ReportPeriod.FINAL, finalName),
                finalReportDue));
        return List.copyOf(periods);
    }
}
