package vn.thidua.notification.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.attachment.AttachmentProperties;
import vn.thidua.notification.attachment.DocumentRef;
import vn.thidua.notification.attachment.FileNames;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.delivery.DispatchProperties;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.recipient.RecipientDirectory;

/**
 * A movement was launched: remember its units' contacts and send each unit the launch letter, batch by
 * batch (a national movement addresses tens of thousands of units): each batch is rendered, then
 * persisted as inbox messages and email jobs in one bulk write each. The letter's PDF is attached when
 * the email is sent.
 */
@Component
public class LaunchNotices {

    private final RecipientDirectory recipients;
    private final NoticeSender sender;
    private final PortalProperties portal;
    private final Clock clock;
    private final ZoneId zone;
    private final int batchSize;
    private final AttachmentProperties attachments;

    public LaunchNotices(RecipientDirectory recipients, NoticeSender sender, PortalProperties portal, Clock clock,
            @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone, DispatchProperties dispatch,
            AttachmentProperties attachments) {
        this.recipients = recipients;
        this.sender = sender;
        this.portal = portal;
        this.clock = clock;
        this.zone = zone;
        this.batchSize = dispatch.batchSize();
        this.attachments = attachments;
    }

    public void on(InboundEvent inbound, CampaignLaunched launched) {
        Instant asOf = launched.launchedAt() != null ? launched.launchedAt()
                : inbound.time() != null ? inbound.time() : clock.instant();
        recipients.remember(launched, inbound.id(), asOf);

        List<String> toRetry = new ArrayList<>();
        DocumentRef letter = new DocumentRef(attachments.letterOf(launched.campaignId()),
                FileNames.launchLetter(launched.letterNumber(), launched.campaignId()));
        List<CampaignLaunched.Participant> participants = launched.participants();
        for (int from = 0; from < participants.size(); from += batchSize) {
            List<CampaignLaunched.Participant> batch = participants.subList(from,
                    Math.min(participants.size(), from + batchSize));
            Map<String, Recipient> known = recipients.findAll(batch.stream().map(CampaignLaunched.Participant::unitId)
                    .toList());
            List<NoticeSender.Addressed> addressed = new ArrayList<>();
            for (CampaignLaunched.Participant participant : batch) {
                addressed.add(new NoticeSender.Addressed(addresseeOf(participant, known.get(participant.unitId())),
                        LaunchLetter.of(launched, participant, portal.campaignPage(launched.campaignId()), zone),
                        letter));
            }
            List<DeliveryLog.Outcome> outcomes = sender.sendAll(NoticeKind.CAMPAIGN_LAUNCHED, inbound,
                    launched.campaignId(), "letter", addressed);
            for (int i = 0; i < batch.size(); i++) {
                if (outcomes.get(i) == DeliveryLog.Outcome.RETRY) {
                    toRetry.add(batch.get(i).unitId());
                }
            }
        }
        if (!toRetry.isEmpty()) {
            throw new NoticeRetryException("Launch letter of " + launched.campaignId() + " (event " + inbound.id()
                    + ") not yet sent to " + toRetry);
        }
    }

    /** The letter goes to the contact the launch lists, in the language and by the channels the recipient chose. */
    private static Addressee addresseeOf(CampaignLaunched.Participant participant, Recipient known) {
        Optional<Recipient> recipient = Optional.ofNullable(known);
        return new Addressee(participant.unitId(), participant.email(), participant.name(), participant.headName(),
                recipient.map(Recipient::preferredLanguage).orElse(null),
                recipient.map(Recipient::unsubscribed).orElse(false), recipient.map(Recipient::agencyCode).orElse(null),
                participant.phone(), recipient.map(Recipient::channelSet).orElse(null),
                recipient.map(Recipient::unicodeSms).orElse(false), recipient.map(Recipient::quietHours).orElse(null));
    }
}
