package vn.thidua.notification.lateunit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.eventing.security.Actor;
import vn.thidua.notification.movement.Movements;
import vn.thidua.notification.notice.ReminderNotices;

/**
 * Chasing late units in one action (đôn đốc): the office reminds every unit of a movement whose report is
 * still missing, by each unit's own channels, as an overdue reminder. At most once per unit, period and day:
 * the day's {@link LateUnitChase} record takes each report in one conditional write before its reminder is
 * sent, and the reminder's delivery key (this chase's id + recipient + channel) stops a second send even if
 * two offices press the button at once. Each chase is one audit entry on that record.
 */
@Service
public class LateUnitChases {

    static final String EVENT_TYPE = "thidua.notification.LateUnitChase";

    private final MongoTemplate mongo;
    private final LateUnits lateUnits;
    private final Movements movements;
    private final ReminderNotices reminders;
    private final Clock clock;
    private final ZoneId zone;

    public LateUnitChases(MongoTemplate mongo, LateUnits lateUnits, Movements movements, ReminderNotices reminders,
            Clock clock, @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.mongo = mongo;
        this.lateUnits = lateUnits;
        this.movements = movements;
        this.reminders = reminders;
        this.clock = clock;
        this.zone = zone;
    }

    /** Reminds the movement's late units (of one period, or all); 403 for anyone but the issuing department's office and leaders, and ADMIN. */
    public ChaseResult chase(String campaignId, String periodId, Actor actor, Who who) {
        List<LateUnit> late = lateUnits.ofCampaign(campaignId, actor);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        String chaseId = campaignId + ":" + today;
        mongo.upsert(Query.query(Criteria.where("_id").is(chaseId)), new Update()
                .setOnInsert("campaignId", campaignId)
                .setOnInsert("day", today)
                .setOnInsert("issuingAgencyCode", movements.issuingAgencyOf(campaignId).orElse(null)), LateUnitChase.class);
        List<ChaseResult.Notified> notified = new ArrayList<>();
        List<ChaseResult.Skipped> skipped = new ArrayList<>();
        for (LateUnit unit : late) {
            String period = periodIdOf(unit);
            if (periodId != null && !periodId.equals(period)) {
                continue;
            }
            if (unit.reportSubmittedAt() != null) {
                skipped.add(new ChaseResult.Skipped(unit.unitId(), unit.unitName(), period, "REPORT_SUBMITTED",
                        "Đơn vị đã nộp báo cáo."));
            } else if (!takeForToday(chaseId, unit.reportId())) {
                skipped.add(new ChaseResult.Skipped(unit.unitId(), unit.unitName(), period, "ALREADY_CHASED_TODAY",
                        "Đơn vị đã được đôn đốc hôm nay."));
            } else {
                switch (remind(unit, chaseId, now, today, who)) {
                    case REACHED -> notified.add(new ChaseResult.Notified(unit.unitId(), unit.unitName(), period));
                    case UNKNOWN_UNIT -> {
                        release(chaseId, unit.reportId());
                        skipped.add(new ChaseResult.Skipped(unit.unitId(), unit.unitName(), period, "NO_RECIPIENT",
                                "Chưa có thông tin liên hệ của đơn vị."));
                    }
                    case TRY_AGAIN -> {
                        release(chaseId, unit.reportId());
                        skipped.add(new ChaseResult.Skipped(unit.unitId(), unit.unitName(), period, "SEND_FAILED",
                                "Chưa gửi được thông báo; hãy đôn đốc lại sau."));
                    }
                }
            }
        }
        AuditEntry entry = AuditEntry.of(who, now, "CHASED", "Đôn đốc " + notified.size() + " đơn vị chậm báo cáo"
                + (periodId == null ? "" : " (kỳ " + periodId + ")") + "; bỏ qua " + skipped.size() + ".");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(chaseId)), new Update().push("auditTrail", entry),
                LateUnitChase.class);
        return new ChaseResult(campaignId, today, notified, skipped);
    }

    /** The report joins today's chase unless it is in it already: one conditional write decides. */
    private boolean takeForToday(String chaseId, String reportId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(chaseId).and("reportIds").ne(reportId)),
                new Update().addToSet("reportIds", reportId), LateUnitChase.class).getModifiedCount() == 1;
    }

    /** A unit that could not be reminded may be chased again the same day. */
    private void release(String chaseId, String reportId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(chaseId)), new Update().pull("reportIds", reportId),
                LateUnitChase.class);
    }

    private ReminderNotices.Chased remind(LateUnit unit, String chaseId, Instant now, LocalDate today, Who who) {
        ReportOverdue reminder = new ReportOverdue(unit.campaignId(), unit.campaignTitle(), unit.reportId(),
                unit.unitId(), unit.unitName(), unit.period(), unit.dueDate(),
                (int) Math.max(1, ChronoUnit.DAYS.between(unit.dueDate(), today)), now, periodIdOf(unit), unit.periodName());
        InboundEvent chase = new InboundEvent(chaseId + ":" + unit.reportId(), EVENT_TYPE, "/thidua/notification-service",
                unit.campaignId(), now, reminder, who.subject(), who.unit());
        return reminders.chase(chase, reminder);
    }

    /** {@code <campaign>:<unit>:<periodId>} for interim reports; the final report's key may end with the unit. */
    private static String periodIdOf(LateUnit unit) {
        String id = unit.reportId();
        String last = id.substring(id.lastIndexOf(':') + 1);
        return last.startsWith("INTERIM") ? last : "FINAL";
    }
}
