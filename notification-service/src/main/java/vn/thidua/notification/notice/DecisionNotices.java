package vn.thidua.notification.notice;

import org.springframework.stereotype.Component;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.attachment.AttachmentProperties;
import vn.thidua.notification.attachment.DocumentRef;
import vn.thidua.notification.attachment.FileNames;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.recipient.RecipientDirectory;

/** A commendation was decided: congratulate the nominated unit, with the decision attached. */
@Component
public class DecisionNotices {

    private final RecipientDirectory recipients;
    private final NoticeSender sender;
    private final PortalProperties portal;
    private final AttachmentProperties attachments;

    public DecisionNotices(RecipientDirectory recipients, NoticeSender sender, PortalProperties portal,
            AttachmentProperties attachments) {
        this.recipients = recipients;
        this.sender = sender;
        this.portal = portal;
        this.attachments = attachments;
    }

    /**
     * Throws while the unit is unknown (neither in the directory nor in a launch received yet), so the
     * binder retries with backoff and, if it never arrives, dead-letters the event for replay.
     */
    public void on(InboundEvent inbound, AwardDecided decided) {
        Recipient recipient = recipients.find(decided.unitId()).orElseThrow(() -> new NoticeRetryException(
                "No recipient known yet for unit " + decided.unitId() + " (decision " + decided.decisionNumber()
                        + ", event " + inbound.id() + ")"));
        DecisionNotice notice = DecisionNotice.of(decided, recipient, portal.campaignPage(decided.campaignId()));
        DocumentRef decision = new DocumentRef(attachments.decisionOf(decided.nominationId()),
                FileNames.decision(decided.decisionNumber(), decided.nominationId()));
        if (sender.send(NoticeKind.AWARD_DECIDED, inbound, Addressee.of(recipient), decided.campaignId(), "notice",
                notice, decision)
                == DeliveryLog.Outcome.RETRY) {
            throw new NoticeRetryException("Decision " + decided.decisionNumber() + " (event " + inbound.id()
                    + ") not yet sent to " + recipient.email());
        }
    }
}
