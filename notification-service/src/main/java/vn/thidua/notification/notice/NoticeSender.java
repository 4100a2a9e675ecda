package vn.thidua.notification.notice;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.delivery.DeliveryOwner;
import vn.thidua.notification.delivery.Notice;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.mail.MailContent;
import vn.thidua.notification.movement.Movements;

/**
 * Sends one notice of one event to one addressee: renders it in the addressee's language, respects an
 * unsubscribe for non-mandatory kinds (recording the skip) and hands it to the delivery log, which
 * sends it once.
 */
@Component
public class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    static final String UNSUBSCRIBED = "Người nhận đã hủy đăng ký nhận loại thông báo không bắt buộc này.";

    private final MailComposer composer;
    private final DeliveryLog deliveries;
    private final Movements movements;

    public NoticeSender(MailComposer composer, DeliveryLog deliveries, Movements movements) {
        this.composer = composer;
        this.deliveries = deliveries;
        this.movements = movements;
    }

    /**
     * @param campaignId the movement the notice is about
     * @param modelName the name the templates use for the model, e.g. {@code notice}
     * @return what became of it; null when the addressee has no email address (nothing to record)
     */
    DeliveryLog.Outcome send(NoticeKind kind, InboundEvent inbound, Addressee addressee, String campaignId,
            String modelName, Object model) {
        if (!addressee.hasEmail()) {
            log.warn("Unit {} has no email address; {} of event {} is not emailed", addressee.unitId(), kind,
                    inbound.id());
            return null;
        }
        MailContent content = composer.compose(kind.template(), addressee.language(), Map.of(modelName, model));
        Notice notice = new Notice(inbound.id(), inbound.type(), addressee.email().strip(), addressee.unitName(),
                addressee.envelopeName(), content, ownerOf(addressee, campaignId));
        if (!addressee.accepts(kind)) {
            return deliveries.skip(notice, UNSUBSCRIBED);
        }
        return deliveries.deliver(notice);
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
