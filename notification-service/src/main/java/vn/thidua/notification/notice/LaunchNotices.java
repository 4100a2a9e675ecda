package vn.thidua.notification.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.delivery.Notice;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.mail.MailContent;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.recipient.RecipientDirectory;

/** A movement was launched: remember its units' contacts and send each unit the launch letter. */
@Component
public class LaunchNotices {

    static final String TEMPLATE = "CampaignLaunched";
    private static final Logger log = LoggerFactory.getLogger(LaunchNotices.class);

    private final RecipientDirectory recipients;
    private final MailComposer composer;
    private final DeliveryLog deliveries;
    private final PortalProperties portal;
    private final Clock clock;
    private final ZoneId zone;

    public LaunchNotices(RecipientDirectory recipients, MailComposer composer, DeliveryLog deliveries,
            PortalProperties portal, Clock clock, @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.recipients = recipients;
        this.composer = composer;
        this.deliveries = deliveries;
        this.portal = portal;
        this.clock = clock;
        this.zone = zone;
    }

    public void on(InboundEvent inbound, CampaignLaunched launched) {
        Instant asOf = launched.launchedAt() != null ? launched.launchedAt()
                : inbound.time() != null ? inbound.time() : clock.instant();
        recipients.remember(launched, asOf);

        List<String> toRetry = new ArrayList<>();
        for (CampaignLaunched.Participant participant : launched.participants()) {
            if (participant.email() == null || participant.email().isBlank()) {
                log.warn("Unit {} of movement {} has no email address; its launch letter is not emailed",
                        participant.unitId(), launched.campaignId());
                continue;
            }
            String language = recipients.find(participant.unitId()).map(Recipient::preferredLanguage)
                    .orElse(MailComposer.DEFAULT_LANGUAGE);
            MailContent content = composer.compose(TEMPLATE, language, Map.of("letter",
                    LaunchLetter.of(launched, participant, portal.campaignPage(launched.campaignId()), zone)));
            String addressee = participant.headName() != null ? participant.headName() : participant.name();
            Notice notice = new Notice(inbound.id(), inbound.type(), participant.email().strip(), participant.name(),
                    addressee, content);
            if (deliveries.deliver(notice) == DeliveryLog.Outcome.RETRY) {
                toRetry.add(notice.recipient());
            }
        }
        if (!toRetry.isEmpty()) {
            throw new NoticeRetryException("Launch letter of " + launched.campaignId() + " (event " + inbound.id()
                    + ") not yet sent to " + toRetry);
        }
    }
}
