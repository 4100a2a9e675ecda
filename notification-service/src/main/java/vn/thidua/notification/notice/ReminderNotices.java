package vn.thidua.notification.notice;

import org.springframework.stereotype.Component;

import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.recipient.RecipientDirectory;

/**
 * A unit's report is due soon, or overdue: remind the unit (its recipient, the head by name). The
 * office chases late units (đôn đốc) with these; they are operational notices, sent to every unit.
 */
@Component
public class ReminderNotices {

    private final RecipientDirectory recipients;
    private final NoticeSender sender;
    private final PortalProperties portal;

    public ReminderNotices(RecipientDirectory recipients, NoticeSender sender, PortalProperties portal) {
        this.recipients = recipients;
        this.sender = sender;
        this.portal = portal;
    }

    public void due(InboundEvent inbound, ReportDue due) {
        Addressee addressee = addresseeOf(due.unitId(), due.reportId(), inbound);
        send(NoticeKind.REPORT_DUE, inbound, addressee,
                ReminderNotice.of(due, addressee, portal.campaignPage(due.campaignId())), due.campaignId(), due.reportId());
    }

    public void overdue(InboundEvent inbound, ReportOverdue overdue) {
        Addressee addressee = addresseeOf(overdue.unitId(), overdue.reportId(), inbound);
        send(NoticeKind.REPORT_OVERDUE, inbound, addressee,
                ReminderNotice.of(overdue, addressee, portal.campaignPage(overdue.campaignId())), overdue.campaignId(),
                overdue.reportId());
    }

    /** What a chase of one unit came to. */
    public enum Chased {
        /** Sent, or delivered to its inbox alone by the unit's choice of channels. */
        REACHED,
        /** The directory has not named this unit here yet. */
        UNKNOWN_UNIT,
        /** The send failed for now (an SMS the provider refused); pressing again later retries it. */
        TRY_AGAIN
    }

    /**
     * The office chasing a late unit (đôn đốc): the overdue reminder again, by the unit's channels. Unlike a
     * consumed event, nothing redelivers a chase, so an unknown unit or a failed send is an answer for the
     * office rather than an exception for the binder to retry.
     */
    public Chased chase(InboundEvent chase, ReportOverdue overdue) {
        return recipients.find(overdue.unitId()).map(recipient -> {
            Addressee addressee = Addressee.of(recipient);
            DeliveryLog.Outcome outcome = sender.send(NoticeKind.REPORT_OVERDUE, chase, addressee, overdue.campaignId(),
                    "notice", ReminderNotice.of(overdue, addressee, portal.campaignPage(overdue.campaignId())), null);
            return outcome == DeliveryLog.Outcome.RETRY ? Chased.TRY_AGAIN : Chased.REACHED;
        }).orElse(Chased.UNKNOWN_UNIT);
    }

    /**
     * Throws while the unit is unknown (its directory entry not received yet), so the binder retries
     * with backoff and, if it never arrives, dead-letters the event for replay.
     */
    private Addressee addresseeOf(String unitId, String reportId, InboundEvent inbound) {
        Recipient recipient = recipients.find(unitId).orElseThrow(() -> new NoticeRetryException(
                "No recipient known yet for unit " + unitId + " (report " + reportId + ", event " + inbound.id() + ")"));
        return Addressee.of(recipient);
    }

    private void send(NoticeKind kind, InboundEvent inbound, Addressee addressee, ReminderNotice notice,
            String campaignId, String reportId) {
        if (sender.send(kind, inbound, addressee, campaignId, "notice", notice, null) == DeliveryLog.Outcome.RETRY) {
            throw new NoticeRetryException(kind + " of report " + reportId + " (event " + inbound.id()
                    + ") not yet sent to unit " + addressee.unitId());
        }
    }
}
