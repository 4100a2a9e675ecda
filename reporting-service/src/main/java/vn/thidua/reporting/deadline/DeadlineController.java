package vn.thidua.reporting.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.deadline.CampaignDeadlines.ReminderState;
import vn.thidua.reporting.deadline.CampaignDeadlines.ReminderView;
import vn.thidua.reporting.deadline.CampaignDeadlines.UnitDeadlines;
import vn.thidua.reporting.report.Reminder;
import vn.thidua.reporting.report.ReportAccess;
import vn.thidua.reporting.report.UnitReport;
import vn.thidua.reporting.report.UnitReportService;

@RestController
@Tag(name = "Hạn nộp báo cáo", description = "Report deadlines: scheduled due and overdue reminders per unit")
public class DeadlineController {

    private final UnitReportService reports;
    private final ReportAccess access;
    private final CurrentActor actor;
    private final Clock clock;

    public DeadlineController(UnitReportService reports, ReportAccess access, CurrentActor actor, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/api/campaigns/{campaignId}/deadlines")
    @Operation(summary = "Hạn nộp báo cáo của từng đơn vị và các lần nhắc hạn, quá hạn đã gửi",
            description = "ADMIN; Văn phòng, lãnh đạo và hội đồng của cơ quan phát động: mọi đơn vị; cán bộ đơn vị "
                    + "tham gia: chỉ đơn vị mình (các số tổng cũng chỉ tính đơn vị mình).")
    public CampaignDeadlines deadlines(@PathVariable String campaignId) {
        List<UnitReport> found = reports.ofCampaign(campaignId);
        if (found.isEmpty()) {
            throw DomainException.notFound("campaign-not-found", "Không có báo cáo nào được chờ cho phong trào thi đua "
                    + campaignId + " (phong trào không tồn tại hoặc chưa được phát động).");
        }
        // Totals are counted from the visible rows only, so they never reveal other units' state.
        List<UnitReport> all = access.deadlinesVisible(actor.actor(), found);
        Instant now = clock.instant();
        List<UnitDeadlines> units = all.stream().map(report -> unit(report, now)).toList();
        List<ReminderView> reminders = units.stream().flatMap(unit -> unit.reminders().stream()).toList();
        return new CampaignDeadlines(campaignId, all.getFirst().campaignTitle(), units.size(),
                (int) units.stream().filter(UnitDeadlines::overdue).count(),
                (int) reminders.stream().filter(ReminderView::fired).count(),
                (int) reminders.stream().filter(reminder -> reminder.state() == ReminderState.PENDING).count(),
                units);
    }

    private static UnitDeadlines unit(UnitReport report, Instant now) {
        boolean handedIn = report.status().countsAsSubmitted();
        return new UnitDeadlines(report.id(), report.unitId(), report.unitName(), report.period(), report.periodId(),
                report.periodName(), report.withdrawn(), report.dueDate(),
                report.deadline(), report.status(), report.isOverdue(now),
                report.reminders().stream().map(reminder -> view(reminder, handedIn)).toList());
    }

    private static ReminderView view(Reminder reminder, boolean handedIn) {
        ReminderState state = reminder.firedAt() != null ? ReminderState.FIRED
                : reminder.skippedAt() != null ? ReminderState.SKIPPED
                : handedIn ? ReminderState.ON_HOLD : ReminderState.PENDING;
        return new ReminderView(reminder.kind(), reminder.offsetDays(), reminder.dueAt(), state,
                state == ReminderState.FIRED, reminder.firedAt(), reminder.skippedAt());
    }
}
