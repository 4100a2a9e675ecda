package vn.thidua.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.contracts.reporting.ReportingEvent;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * The report one unit owes for one period of a movement: expected when the movement is launched,
 * submitted by the unit (late ones are accepted but marked), then returned for revision or accepted by
 * the office. Every submitted version is kept. Its deadline reminders are stored with it: the
 * scheduler fires them from this data, in the same write that puts their event in the outbox. The
 * issuing agency's code says which department's office reviews it (and sees its audit trail).
 */
@Document("unit_reports")
public class UnitReport {

    /** Deadlines end at midnight in Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Id
    private String id;
    @Version
    private Long revision;
    @Indexed
    private String campaignId;
    private String campaignTitle;
    /** The code of the agency that issued the movement (e.g. SNNMT): its office reviews the report. */
    @Indexed
    private String issuingAgencyCode;
    @Indexed
    private String unitId;
    private String unitName;
    private int unitOrder;
    private ReportPeriod period;
    /** The milestone's period id ({@code INTERIM-1}…, {@code FINAL}); null in reports stored before: FINAL. */
    private String periodId;
    /** The milestone's name, e.g. "Sơ kết 6 tháng đầu năm"; null in reports stored before names. */
    private String periodName;
    /** The movement's change (CampaignUpdated revision) this report's period follows; 0 as launched. */
    private int scheduleRevision;
    /** The movement no longer has this period: nothing more is submitted, no reminder goes out. */
    private boolean withdrawn;
    private LocalDate dueDate;
    private List<ReportContent> contents;
    private ReportStatus status;
    private List<Submission> versions = new ArrayList<>();
    /** The evidence files the unit is preparing for its next version (handed in versions keep their own list). */
    private List<Attachment> attachments = new ArrayList<>();
    private String returnComment;
    private Instant expectedSince;
    private String sourceEventId;
    private List<Reminder> reminders = new ArrayList<>();
    /** The earliest open reminder's time, so the scheduler finds due reports by one indexed field. */
    @Indexed
    private Instant nextReminderAt;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    private UnitReport() {
    }

    /** The id of the final report's period, and of reports and events that name none. */
    public static final String FINAL_PERIOD = "FINAL";

    /** The report id: one report per movement, unit and period, e.g. {@code cmp-2026-0001:SNNMT-VP:FINAL}. */
    public static String idOf(String campaignId, String unitId, String periodId) {
        return campaignId + ":" + unitId + ":" + periodId;
    }

    /** The period's name when the movement gave none: "Tổng kết phong trào" or "Sơ kết". */
    public static String defaultName(ReportPeriod period) {
        return period == ReportPeriod.FINAL ? "Tổng kết phong trào" : "Sơ kết";
    }

    /** A report of a period named by its kind alone (the final report), as the movement was launched. */
    public static UnitReport expected(String campaignId, String campaignTitle, String issuingAgencyCode, String unitId,
            String unitName, int unitOrder, ReportPeriod period, LocalDate dueDate, List<ReportContent> contents,
            String sourceEventId, Instant at, Who who, ReminderSchedule schedule) {
        return expected(campaignId, campaignTitle, issuingAgencyCode, unitId, unitName, unitOrder,
                new Period(period == ReportPeriod.FINAL ? FINAL_PERIOD : period.name(), period, defaultName(period)),
                dueDate, contents, sourceEventId, at, who, schedule, 0);
    }

    /** One reporting period of a movement: its id, whether interim or final, and its name. */
    public record Period(String id, ReportPeriod kind, String name) {
    }

    /**
     * A report the unit now owes, because the movement was launched.
     *
     * @param issuingAgencyCode the code of the agency that issued the movement
     * @param unitOrder         the unit's place in the movement's participant list, to list units as the letter did
     * @param sourceEventId     the event that caused the expectation, for tracing
     * @param schedule          the reminders to schedule for its due date
     * @param revision          the movement's change that made this period (0: its launch)
     */
    public static UnitReport expected(String campaignId, String campaignTitle, String issuingAgencyCode, String unitId,
            String unitName, int unitOrder, Period reportingPeriod, LocalDate dueDate, List<ReportContent> contents,
            String sourceEventId, Instant at, Who who, ReminderSchedule schedule, int revision) {
        ReportPeriod period = reportingPeriod.kind();
        UnitReport report = new UnitReport();
        report.id = idOf(campaignId, unitId, reportingPeriod.id());
        report.periodId = reportingPeriod.id();
        report.periodName = reportingPeriod.name();
        report.scheduleRevision = revision;
        report.campaignId = campaignId;
        report.campaignTitle = campaignTitle;
        report.issuingAgencyCode = issuingAgencyCode;
        report.unitId = unitId;
        report.unitName = unitName;
        report.unitOrder = unitOrder;
        report.period = period;
        report.dueDate = dueDate;
        report.contents = contents.stream().sorted(Comparator.comparingInt(ReportContent::number)).toList();
        report.status = ReportStatus.EXPECTED;
        report.expectedSince = at;
        report.sourceEventId = sourceEventId;
        report.reminders = new ArrayList<>(schedule.forDueDate(dueDate));
        report.nextReminderAt = report.earliestOpenReminder();
        report.audit(AuditEntry.of(who, at, "EXPECTED", "Phong trào \"" + campaignTitle + "\" đã phát động: "
                + unitName + " cần nộp báo cáo " + report.label() + " trước hết ngày " + dueDate + ".")
                .change(null, stateSummary(report.status)));
        return report;
    }

    /** Hands in a version of the report; returns the fact to publish. */
    public ReportSubmitted submit(List<ContentResult> results, String summary, Instant at, Who who) {
        if (withdrawn) {
            throw DomainException.conflict("period-removed", "Phong trào không còn kỳ báo cáo \"" + periodName()
                    + "\"; không nộp báo cáo cho kỳ này được nữa.");
        }
        if (status != ReportStatus.EXPECTED && status != ReportStatus.RETURNED) {
            throw DomainException.conflict("report-already-submitted", "Báo cáo " + label() + " của " + unitName
                    + " đã " + (status == ReportStatus.ACCEPTED ? "được chấp nhận" : "được nộp")
                    + "; chỉ nộp lại được khi báo cáo bị trả lại.");
        }
        List<ContentResult> checked = checkResults(results);
        boolean late = isLate(at);
        Submission submission = new Submission(versions.size() + 1, checked, blankToNull(summary), at, who.subject(),
                late, attachments());
        ReportStatus before = status;
        versions.add(submission);
        status = ReportStatus.SUBMITTED;
        returnComment = null;
        audit(AuditEntry.of(who, at, submission.version() == 1 ? "SUBMITTED" : "RESUBMITTED",
                "Nộp báo cáo " + label() + " phiên bản " + submission.version() + (late ? " (quá hạn)." : "."))
                .change(stateSummary(before), stateSummary(status)));
        return new ReportSubmitted(id, campaignId, unitId, unitName,
                contractPeriod(), dueDate,
                checked.stream().map(UnitReport::contractResult).toList(),
                submission.summary(), submission.version(), late, at, periodId(), periodName());
    }

    /** A result as ReportSubmitted carries it: its figures only when it has some, so older consumers see no change. */
    private static ReportSubmitted.Result contractResult(ContentResult result) {
        return new ReportSubmitted.Result(result.contentNumber(), result.narrative(), result.figures().isEmpty() ? null
                : result.figures().stream().map(f -> new ReportSubmitted.Figure(f.name(), f.value(), f.unit())).toList());
    }

    /** The office sends a submitted report back for revision. */
    public void returnForRevision(String comment, Instant at, Who who) {
        requireSubmitted("trả lại");
        if (comment == null || comment.isBlank()) {
            throw DomainException.rejected("comment-required", "Cần ghi rõ lý do trả lại báo cáo.");
        }
        status = ReportStatus.RETURNED;
        returnComment = comment.strip();
        audit(AuditEntry.of(who, at, "RETURNED", "Trả lại báo cáo phiên bản " + versions.size() + ": " + returnComment)
                .change(stateSummary(ReportStatus.SUBMITTED), stateSummary(status)));
    }

    /** The office accepts the submitted version. */
    public void accept(Instant at, Who who) {
        requireSubmitted("chấp nhận");
        status = ReportStatus.ACCEPTED;
        audit(AuditEntry.of(who, at, "ACCEPTED", "Chấp nhận báo cáo phiên bản " + versions.size() + ".")
                .change(stateSummary(ReportStatus.SUBMITTED), stateSummary(status)));
    }

    /**
     * Whether evidence may be added or removed now: only while the unit is preparing a version (nothing
     * handed in yet, or returned for revision), and the period is still reported.
     */
    public void requireEditable() {
        if (withdrawn) {
            throw DomainException.conflict("period-removed", "Phong trào không còn kỳ báo cáo \"" + periodName()
                    + "\"; không thay đổi minh chứng của kỳ này được nữa.");
        }
        if (status != ReportStatus.EXPECTED && status != ReportStatus.RETURNED) {
            throw DomainException.conflict("report-not-editable", "Báo cáo " + label() + " của " + unitName
                    + " đang ở trạng thái " + label(status) + "; chỉ thêm hoặc gỡ minh chứng được khi báo cáo "
                    + "chưa nộp hoặc bị trả lại.");
        }
    }

    /**
     * Adds an evidence file to the version being prepared.
     *
     * @param limit how many files the version may hold at most
     */
    public void attach(Attachment attachment, int limit, Instant at, Who who) {
        requireEditable();
        if (attachment.contentNumber() != null
                && contents.stream().noneMatch(content -> content.number() == attachment.contentNumber())) {
            throw DomainException.rejected("unknown-content", "Phong trào không có nội dung thi đua số "
                    + attachment.contentNumber() + " (chỉ có " + contents.size() + " nội dung).");
        }
        if (attachments.size() >= limit) {
            throw DomainException.rejected("too-many-attachments", "Mỗi báo cáo có tối đa " + limit
                    + " tệp minh chứng; hãy gỡ bớt tệp không cần thiết.");
        }
        attachments.add(attachment);
        audit(AuditEntry.of(who, at, "ATTACHMENT_ADDED", "Thêm minh chứng \"" + attachment.fileName() + "\" ("
                + attachment.contentType() + ", " + attachment.size() + " byte, SHA-256 " + attachment.sha256() + ")"
                + (attachment.contentNumber() == null ? "" : " cho nội dung số " + attachment.contentNumber())
                + " vào báo cáo " + label() + "."));
    }

    /**
     * Removes an evidence file from the version being prepared. A file that was handed in with an
     * earlier version stays with that version.
     *
     * @return the removed file, and whether its content is no longer part of any version (so it may be erased)
     */
    public Detached detach(String attachmentId, Instant at, Who who) {
        requireEditable();
        Attachment removed = attachments.stream().filter(a -> a.id().equals(attachmentId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("attachment-not-found", "Báo cáo " + label() + " của "
                        + unitName + " không có minh chứng " + attachmentId + " trong phiên bản đang soạn."));
        attachments.remove(removed);
        boolean submitted = versions.stream().anyMatch(v -> v.attachments().stream()
                .anyMatch(a -> a.id().equals(attachmentId)));
        audit(AuditEntry.of(who, at, "ATTACHMENT_REMOVED", "Gỡ minh chứng \"" + removed.fileName()
                + "\" (SHA-256 " + removed.sha256() + ") khỏi báo cáo " + label()
                + (submitted ? "; tệp vẫn được lưu cùng phiên bản đã nộp." : ".")));
        return new Detached(removed, !submitted);
    }

    /** A file taken out of the version being prepared; {@code erasable} when no submitted version holds it. */
    public record Detached(Attachment attachment, boolean erasable) {
    }

    /** A file this report holds, in the version being prepared or in any submitted version. */
    public Optional<Attachment> attachment(String attachmentId) {
        return Stream.concat(attachments.stream(),
                        versions.stream().flatMap(version -> version.attachments().stream()))
                .filter(a -> a.id().equals(attachmentId))
                .findFirst();
    }

    /**
     * Schedules the reminders of a report stored before reports carried them; false (and no change)
     * when it already has its schedule.
     */
    public boolean scheduleMissingReminders(ReminderSchedule schedule, Instant at, Who who) {
        if (!reminders.isEmpty()) {
            return false;
        }
        reminders = new ArrayList<>(schedule.forDueDate(dueDate));
        nextReminderAt = earliestOpenReminder();
        audit(AuditEntry.of(who, at, "REMINDERS_SCHEDULED", "Lên lịch nhắc hạn nộp báo cáo " + label()
                + " (hạn ngày " + dueDate + ")."));
        return true;
    }

    /**
     * Fires the reminders whose time has come, if the report is still not handed in (expected, or
     * returned and not resubmitted), and returns the one event to raise. Before the deadline, the
     * latest due reminder fires and earlier ones it supersedes are skipped (one reminder, not a burst,
     * after downtime or a late return); once the due day has ended, open reminders are skipped and
     * the overdue notice fires. A handed-in report keeps its open reminders: a return revives them.
     */
    public Optional<ReportingEvent> fireDueReminders(Instant now, Who who) {
        if (withdrawn || status.countsAsSubmitted() || reminders.stream().noneMatch(reminder -> reminder.dueBy(now))) {
            return Optional.empty();
        }
        LocalDate today = now.atZone(VIETNAM).toLocalDate();
        ReportingEvent event;
        if (isLate(now)) {
            reminders.replaceAll(reminder -> !reminder.open() ? reminder
                    : reminder.kind() == ReminderKind.OVERDUE ? reminder.fire(now) : reminder.skip(now));
            int daysLate = (int) ChronoUnit.DAYS.between(dueDate, today);
            event = new ReportOverdue(campaignId, campaignTitle, id, unitId, unitName, contractPeriod(), dueDate,
                    daysLate, now, periodId(), periodName());
            audit(AuditEntry.of(who, now, "OVERDUE", "Quá hạn nộp báo cáo " + label() + " " + daysLate
                    + " ngày (hạn ngày " + dueDate + "), đơn vị chưa nộp."));
        } else {
            Reminder latest = reminders.stream()
                    .filter(reminder -> reminder.dueBy(now))
                    .max(Comparator.comparing(Reminder::dueAt))
                    .orElseThrow();
            reminders.replaceAll(reminder -> !reminder.dueBy(now) ? reminder
                    : reminder.equals(latest) ? reminder.fire(now) : reminder.skip(now));
            int daysLeft = (int) ChronoUnit.DAYS.between(today, dueDate);
            event = new ReportDue(campaignId, campaignTitle, id, unitId, unitName, contractPeriod(), dueDate, daysLeft,
                    now, periodId(), periodName());
            audit(AuditEntry.of(who, now, "REMINDED", "Nhắc hạn nộp báo cáo " + label() + ": còn " + daysLeft
                    + " ngày (hạn ngày " + dueDate + ")."));
        }
        nextReminderAt = earliestOpenReminder();
        return Optional.of(event);
    }

    /**
     * Follows a change of the movement's milestone ({@code revision}, from CampaignUpdated): a new name,
     * and a new due date whose reminders are scheduled anew, except those already fired, which stay
     * fired (one reminder per offset, one overdue notice, per report). A revision already applied (or
     * older) changes nothing, so a redelivered change has one effect.
     *
     * @return whether the report changed
     */
    public boolean followMilestone(String name, LocalDate newDue, int revision, ReminderSchedule schedule, Instant at,
            Who who) {
        if (revision <= scheduleRevision) {
            return false;
        }
        scheduleRevision = revision;
        String before = periodName() + ", hạn " + dueDate;
        if (name != null && !name.isBlank()) {
            periodName = name.strip();
        }
        if (newDue != null && !newDue.equals(dueDate)) {
            dueDate = newDue;
            List<Reminder> rescheduled = new ArrayList<>();
            for (Reminder fresh : schedule.forDueDate(newDue)) {
                rescheduled.add(reminders.stream()
                        .filter(old -> old.firedAt() != null && old.kind() == fresh.kind()
                                && old.offsetDays() == fresh.offsetDays())
                        .findFirst().orElse(fresh));
            }
            reminders = rescheduled;
            nextReminderAt = withdrawn ? null : earliestOpenReminder();
        }
        String after = periodName() + ", hạn " + dueDate;
        if (!before.equals(after)) {
            audit(AuditEntry.of(who, at, "PERIOD_CHANGED", "Phong trào đổi kỳ báo cáo " + periodId()
                    + ": " + after + ".").change(before, after));
        }
        return true;
    }

    /**
     * The movement removed this period ({@code revision}, from CampaignUpdated): its open reminders
     * are cancelled and nothing more is submitted; what was submitted is kept.
     *
     * @return whether the report changed
     */
    public boolean withdraw(int revision, Instant at, Who who) {
        if (revision <= scheduleRevision || withdrawn) {
            return false;
        }
        scheduleRevision = revision;
        withdrawn = true;
        reminders.replaceAll(reminder -> reminder.open() ? reminder.skip(at) : reminder);
        nextReminderAt = null;
        audit(AuditEntry.of(who, at, "PERIOD_REMOVED", "Phong trào bỏ kỳ báo cáo " + label()
                + "; các lần nhắc hạn chưa gửi được hủy.").change(stateSummary(status), "Kỳ báo cáo đã bị bỏ"));
        return true;
    }

    /** The last moment the report is on time: the end of the due day in Vietnam. */
    public Instant deadline() {
        return deadlineOf(dueDate);
    }

    /** The end of a due day in Vietnam. */
    public static Instant deadlineOf(LocalDate dueDate) {
        return dueDate.plusDays(1).atStartOfDay(VIETNAM).toInstant();
    }

    /** Not handed in although the deadline has passed (a removed period is owed no more). */
    public boolean isOverdue(Instant now) {
        return !withdrawn && !status.countsAsSubmitted() && isLate(now);
    }

    /** Keeps an event in this document's outbox until the relay has published it. */
    public void addPendingEvent(OutboxEvent event) {
        pendingEvents.add(event);
    }

    private boolean isLate(Instant at) {
        return !at.isBefore(deadline());
    }

    private Instant earliestOpenReminder() {
        return reminders.stream().filter(Reminder::open).map(Reminder::dueAt).min(Comparator.naturalOrder())
                .orElse(null);
    }

    private ReportSubmitted.ReportPeriod contractPeriod() {
        return ReportSubmitted.ReportPeriod.valueOf(period.name());
    }

    private void requireSubmitted(String action) {
        if (status != ReportStatus.SUBMITTED) {
            throw DomainException.conflict("report-not-submitted", "Chỉ " + action
                    + " được báo cáo đang chờ xem xét; báo cáo của " + unitName + " đang ở trạng thái "
                    + label(status) + ".");
        }
    }

    /** Results name existing contents, once each, with a narrative; kept in content order. */
    private List<ContentResult> checkResults(List<ContentResult> results) {
        if (results == null || results.isEmpty()) {
            throw DomainException.rejected("results-required", "Báo cáo cần ít nhất một kết quả theo nội dung thi đua.");
        }
        Set<Integer> known = new HashSet<>(contents.stream().map(ReportContent::number).toList());
        Set<Integer> seen = new HashSet<>();
        for (ContentResult result : results) {
            if (!known.contains(result.contentNumber())) {
                throw DomainException.rejected("unknown-content", "Phong trào không có nội dung thi đua số "
                        + result.contentNumber() + " (chỉ có " + known.size() + " nội dung).");
            }
            if (!seen.add(result.contentNumber())) {
                throw DomainException.rejected("duplicate-result",
                        "Nội dung thi đua số " + result.contentNumber() + " được báo cáo hai lần.");
            }
            if (result.narrative() == null || result.narrative().isBlank()) {
                throw DomainException.rejected("narrative-required",
                        "Kết quả của nội dung thi đua số " + result.contentNumber() + " chưa có nội dung.");
            }
            checkFigures(result);
        }
        return results.stream()
                .map(r -> new ContentResult(r.contentNumber(), r.narrative().strip(), r.figures().stream()
                        .map(f -> new Figure(f.name().strip(), f.value(), blankToNull(f.unit()))).toList()))
                .sorted(Comparator.comparingInt(ContentResult::contentNumber))
                .toList();
    }

    /**
     * Each figure is named, finite, and named once per content (case and spacing aside, as the
     * aggregate compares names when it adds figures up across units).
     */
    private static void checkFigures(ContentResult result) {
        Set<String> names = new HashSet<>();
        for (Figure figure : result.figures()) {
            if (figure == null || figure.name() == null || figure.name().isBlank()) {
                throw DomainException.rejected("figure-name-required", "Số liệu của nội dung thi đua số "
                        + result.contentNumber() + " cần có tên chỉ tiêu.");
            }
            if (!Double.isFinite(figure.value())) {
                throw DomainException.rejected("figure-invalid", "Số liệu \"" + figure.name().strip()
                        + "\" của nội dung thi đua số " + result.contentNumber() + " không hợp lệ.");
            }
            if (!names.add(figure.name().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                throw DomainException.rejected("duplicate-figure", "Số liệu \"" + figure.name().strip()
                        + "\" của nội dung thi đua số " + result.contentNumber() + " được ghi hai lần.");
            }
        }
    }

    private void audit(AuditEntry entry) {
        auditTrail.add(entry);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The period as sentences name it: "tổng kết", or the interim period's name ("Sơ kết 6 tháng đầu năm"). */
    private String label() {
        if (period == ReportPeriod.FINAL) {
            return "tổng kết";
        }
        return periodName == null ? "sơ kết" : "\"" + periodName + "\"";
    }

    private static String label(ReportStatus status) {
        return switch (status) {
            case EXPECTED -> "chưa nộp";
            case SUBMITTED -> "đã nộp, chờ xem xét";
            case RETURNED -> "bị trả lại";
            case ACCEPTED -> "đã được chấp nhận";
        };
    }

    /** A state as an audit entry's before/after summary, e.g. "Đã nộp, chờ xem xét". */
    private static String stateSummary(ReportStatus status) {
        String label = label(status);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public String campaignTitle() {
        return campaignTitle;
    }

    /** The issuing agency's code; null for a report stored before reports kept it. */
    public String issuingAgencyCode() {
        return issuingAgencyCode;
    }

    public String unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public int unitOrder() {
        return unitOrder;
    }

    public ReportPeriod period() {
        return period;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** The period id; FINAL for a report stored before reports kept it. */
    public String periodId() {
        return periodId != null ? periodId : period == ReportPeriod.FINAL ? FINAL_PERIOD : period.name();
    }

    /** The period's name; the default one for a report stored before reports kept it. */
    public String periodName() {
        return periodName != null ? periodName : defaultName(period);
    }

    public int scheduleRevision() {
        return scheduleRevision;
    }

    /** Whether the movement removed this period. */
    public boolean withdrawn() {
        return withdrawn;
    }

    public List<ReportContent> contents() {
        return contents;
    }

    public ReportStatus status() {
        return status;
    }

    public List<Submission> versions() {
        return List.copyOf(versions);
    }

    /** The latest submitted version, if any. */
    public Optional<Submission> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.getLast());
    }

    /** The evidence files of the version being prepared (after a submission: those it was handed in with). */
    public List<Attachment> attachments() {
        return attachments == null ? List.of() : List.copyOf(attachments);
    }

    public String returnComment() {
        return returnComment;
    }

    public Instant expectedSince() {
        return expectedSince;
    }

    public String sourceEventId() {
        return sourceEventId;
    }

    public List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    /** When the scheduler should next look at this report; null when no reminder is open. */
    public Instant nextReminderAt() {
        return nextReminderAt;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
