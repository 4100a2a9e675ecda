package vn.thidua.notification.notice;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.delivery.Notice;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.mail.MailContent;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.recipient.RecipientDirectory;

/** A commendation was decided: congratulate the nominated unit. */
@Component
public class DecisionNotices {

    static final String TEMPLATE = "AwardDecided";
    private static final Logger log = LoggerFactory.getLogger(DecisionNotices.class);

    private final RecipientDirectory recipients;
    private final MailComposer composer;
    private final DeliveryLog deliveries;
    private final PortalProperties portal;

    public DecisionNotices(RecipientDirectory recipients, MailComposer composer, DeliveryLog deliveries,
            PortalProperties portal) {
        this.recipients = recipients;
        this.composer = composer;
        this.deliveries = deliveries;
        this.portal = portal;
    }

    /**
     * Throws while the unit is unknown (its movement's launch not received yet), so the binder retries
     * with backoff and, if it never arrives, dead-letters the event for replay.
     */
    public void on(InboundEvent inbound, AwardDecided decided) {
        Recipient recipient = recipients.find(decided.unitId()).orElseThrow(() -> new NoticeRetryException(
                "No recipient known yet for unit " + decided.unitId() + " (decision " + decided.decisionNumber()
                        + ", event " + inbound.id() + ")"));
        if (recipient.email() == null || recipient.email().isBlank()) {
            log.warn("Unit {} has no email address; decision {} is not emailed", decided.unitId(),
                    decided.decisionNumber());
            return;
        }
        MailContent content = composer.compose(TEMPLATE, recipient.preferredLanguage(), Map.of("notice",
                DecisionNotice.of(decided, recipient, portal.campaignPage(decided.campaignId()))));
        String addressee = recipient.headName() != null ? recipient.headName() : recipient.unitName();
        Notice notice = new Notice(inbound.id(), inbound.type(), recipient.email().strip(), recipient.unitName(),
                addressee, content);
        if (deliveries.deliver(notice) == DeliveryLog.Outcome.RETRY) {
            throw new NoticeRetryException("Decision " + decided.decisionNumber() + " (event " + inbound.id()
                    + ") not yet sent to " + notice.recipient());
        }
    }
}
