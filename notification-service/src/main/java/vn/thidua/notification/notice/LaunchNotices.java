package vn.thidua.notification.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.recipient.RecipientDirectory;

/** A movement was launched: remember its units' contacts and send each unit the launch letter. */
@Component
public class LaunchNotices {

    private final RecipientDirectory recipients;
    private final NoticeSender sender;
    private final PortalProperties portal;
    private final Clock clock;
    private final ZoneId zone;

    public LaunchNotices(RecipientDirectory recipients, NoticeSender sender, PortalProperties portal, Clock clock,
            @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.recipients = recipients;
        this.sender = sender;
        this.portal = portal;
        this.clock = clock;
        this.zone = zone;
    }

    public void on(InboundEvent inbound, CampaignLaunched launched) {
        Instant asOf = launched.launchedAt() != null ? launched.launchedAt()
                : inbound.time() != null ? inbound.time() : clock.instant();
        recipients.remember(launched, inbound.id(), asOf);

        List<String> toRetry = new ArrayList<>();
        for (CampaignLaunched.Participant participant : launched.participants()) {
            // The letter goes to the contact the launch lists, in the language the recipient chose.
            Optional<Recipient> known = recipients.find(participant.unitId());
            Addressee addressee = new Addressee(participant.unitId(), participant.email(), participant.name(),
                    participant.headName(), known.map(Recipient::preferredLanguage).orElse(null),
                    known.map(Recipient::unsubscribed).orElse(false), known.map(Recipient::agencyCode).orElse(null),
                    participant.phone(), known.map(Recipient::channelSet).orElse(null),
                    known.map(Recipient::unicodeSms).orElse(false), known.map(Recipient::quietHours).orElse(null));
            LaunchLetter letter = LaunchLetter.of(launched, participant, portal.campaignPage(launched.campaignId()), zone);
            if (sender.send(NoticeKind.CAMPAIGN_LAUNCHED, inbound, addressee, launched.campaignId(), "letter",
                    letter)
                    == DeliveryLog.Outcome.RETRY) {
                toRetry.add(participant.unitId());
            }
        }
        if (!toRetry.isEmpty()) {
            throw new NoticeRetryException("Launch letter of " + launched.campaignId() + " (event " + inbound.id()
                    + ") not yet sent to " + toRetry);
        }
    }
}
