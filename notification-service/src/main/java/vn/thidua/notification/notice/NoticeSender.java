package vn.thidua.notification.notice;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.delivery.DeliveryLog.Outcome;
import vn.thidua.notification.delivery.DeliveryOwner;
import vn.thidua.notification.delivery.EmailFallback;
import vn.thidua.notification.delivery.Notice;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.mail.MailContent;
import vn.thidua.notification.movement.Movements;
import vn.thidua.notification.sms.SmsComposer;
import vn.thidua.notification.sms.SmsDeliveries;
import vn.thidua.notification.sms.SmsNotice;
import vn.thidua.notification.sms.SmsProperties;
import vn.thidua.notification.sms.text.SmsText;

/**
 * Sends one notice of one event to one addressee by the channels they chose: renders it in their
 * language, respects an unsubscribe for non-mandatory kinds (recording the skip) and hands it to the
 * delivery logs, which send it once. SMS goes only for the kinds configured for SMS, to a plausible
 * number, while a provider is configured; a recipient who chose SMS alone gets the email when SMS is
 * not possible, and as the fallback when the SMS fails.
 */
@Component
public class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    static final String UNSUBSCRIBED = "Người nhận đã hủy đăng ký nhận loại thông báo không bắt buộc này.";

    private final MailComposer composer;
    private final SmsComposer smsComposer;
    private final DeliveryLog deliveries;
    private final SmsDeliveries smsDeliveries;
    private final SmsProperties sms;
    private final Movements movements;

    public NoticeSender(MailComposer composer, SmsComposer smsComposer, DeliveryLog deliveries,
            SmsDeliveries smsDeliveries, SmsProperties sms, Movements movements) {
        this.composer = composer;
        this.smsComposer = smsComposer;
        this.deliveries = deliveries;
        this.smsDeliveries = smsDeliveries;
        this.sms = sms;
        this.movements = movements;
    }

    /**
     * @param campaignId the movement the notice is about
     * @param modelName the name the templates use for the model, e.g. {@code notice}
     * @return what became of it (RETRY when any channel must be tried again); null when the addressee can
     *         be reached by no channel (nothing to record)
     */
    Outcome send(NoticeKind kind, InboundEvent inbound, Addressee addressee, String campaignId, String modelName,
            Object model) {
        Optional<String> number = addressee.wants(Channel.SMS) && sms.sendsBySms(kind) ? addressee.smsNumber()
                : Optional.empty();
        boolean byEmail = addressee.hasEmail() && (addressee.wants(Channel.EMAIL) || number.isEmpty());
        if (number.isEmpty() && !addressee.hasEmail()) {
            log.warn("Unit {} has no email address{}; {} of event {} is not sent", addressee.unitId(),
                    addressee.wants(Channel.SMS) ? " and no SMS for it" : "", kind, inbound.id());
            return null;
        }
        DeliveryOwner owner = ownerOf(addressee, campaignId);
        MailContent content = composer.compose(kind.template(), addressee.language(), Map.of(modelName, model));
        Notice email = addressee.hasEmail() ? new Notice(inbound.id(), inbound.type(), addressee.email().strip(),
                addressee.unitName(), addressee.envelopeName(), content, owner) : null;

        Outcome emailOutcome = null;
        Outcome smsOutcome = null;
        if (byEmail) {
            emailOutcome = addressee.accepts(kind) ? deliveries.deliver(email) : deliveries.skip(email, UNSUBSCRIBED);
        }
        if (number.isPresent()) {
            Map<String, Object> smsModel = new HashMap<>();
            smsModel.put(modelName, model);
            smsModel.put("brand", sms.brandName());
            SmsText text = SmsText.of(smsComposer.compose(kind.template(), addressee.language(), smsModel),
                    addressee.unicodeSms());
            EmailFallback fallback = !byEmail && email != null
                    ? EmailFallback.of(email.recipient(), email.addresseeName(), content) : null;
            SmsNotice notice = new SmsNotice(inbound.id(), inbound.type(), kind, number.get(), addressee.unitName(),
                    content.subject(), text, addressee.unicodeSms(), owner, fallback,
                    addressee.quietHours() != null ? addressee.quietHours() : sms.defaultQuietHours());
            smsOutcome = addressee.accepts(kind) ? smsDeliveries.deliver(notice)
                    : deliveries.skip(new Notice(inbound.id(), inbound.type(), number.get(), addressee.unitName(),
                            addressee.envelopeName(), content, owner), Channel.SMS, number.get(), UNSUBSCRIBED);
        }
        return emailOutcome == Outcome.RETRY || smsOutcome == Outcome.RETRY ? Outcome.RETRY
                : emailOutcome != null ? emailOutcome : smsOutcome;
    }

    /**
     * The delivery belongs to the unit's agency; while the directory has not named it, to the agency
     * that issued the movement, whose office addressed the unit in the first place.
     */
    private DeliveryOwner ownerOf(Addressee addressee, String campaignId) {
        String agency = addressee.agencyCode() != null ? addressee.agencyCode()
                : movements.issuingAgencyOf(campaignId).orElse(null);
        return new DeliveryOwner(addressee.unitId(), campaignId, agency);
    }
}
