package vn.thidua.notification.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.notification.attachment.DocumentRef;
import vn.thidua.notification.config.PortalProperties;
import vn.thidua.notification.delivery.DeliveryLog;
import vn.thidua.notification.delivery.DeliveryLog.Outcome;
import vn.thidua.notification.delivery.DeliveryOwner;
import vn.thidua.notification.delivery.EmailDispatcher;
import vn.thidua.notification.delivery.EmailFallback;
import vn.thidua.notification.delivery.EmailJobs;
import vn.thidua.notification.delivery.Notice;
import vn.thidua.notification.inbox.Audience;
import vn.thidua.notification.inbox.Inbox;
import vn.thidua.notification.inbox.InboxMessage;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.mail.MailContent;
import vn.thidua.notification.movement.Movements;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.sms.SmsComposer;
import vn.thidua.notification.sms.SmsDeliveries;
import vn.thidua.notification.sms.SmsNotice;
import vn.thidua.notification.sms.SmsProperties;
import vn.thidua.notification.sms.text.SmsText;

/**
 * Sends the notices of one event to their addressees by the channels each chose: renders them in the
 * addressee's language, respects an unsubscribe for non-mandatory kinds (recording the skip), and
 * persists them before anything is sent: the portal inbox messages and the email jobs of a batch in
 * one bulk write each, which the {@link EmailDispatcher} then sends. The consumer is never held on
 * SMTP, whatever the number of addressees. SMS goes only for the kinds configured for SMS, to a
 * plausible number, while a provider is configured; a recipient who chose SMS alone gets the email when
 * SMS is not possible, and as the fallback when the SMS fails.
 */
@Component
public class NoticeSender {

    private static final Logger log = LoggerFactory.getLogger(NoticeSender.class);
    static final String UNSUBSCRIBED = "Người nhận đã hủy đăng ký nhận loại thông báo không bắt buộc này.";

    private final MailComposer composer;
    private final SmsComposer smsComposer;
    private final DeliveryLog deliveries;
    private final EmailJobs emailJobs;
    private final EmailDispatcher dispatcher;
    private final SmsDeliveries smsDeliveries;
    private final SmsProperties sms;
    private final Movements movements;
    private final Inbox inbox;
    private final PortalProperties portal;
    private final Clock clock;

    public NoticeSender(MailComposer composer, SmsComposer smsComposer, DeliveryLog deliveries, EmailJobs emailJobs,
            EmailDispatcher dispatcher, SmsDeliveries smsDeliveries, SmsProperties sms, Movements movements,
            Inbox inbox, PortalProperties portal, Clock clock) {
        this.composer = composer;
        this.smsComposer = smsComposer;
        this.deliveries = deliveries;
        this.emailJobs = emailJobs;
        this.dispatcher = dispatcher;
        this.smsDeliveries = smsDeliveries;
        this.sms = sms;
        this.movements = movements;
        this.inbox = inbox;
        this.portal = portal;
        this.clock = clock;
    }

    /** One addressee, what their notice shows and the document their email carries (null for none). */
    record Addressed(Addressee addressee, Object model, DocumentRef document) {
    }

    /**
     * @param campaignId the movement the notice is about
     * @param modelName the name the templates use for the model, e.g. {@code notice}
     * @return what became of it (RETRY when an SMS must be tried again); null when the addressee can be
     *         reached by no channel but the inbox (nothing to record in the delivery log)
     */
    Outcome send(NoticeKind kind, InboundEvent inbound, Addressee addressee, String campaignId, String modelName,
            Object model, DocumentRef document) {
        return sendAll(kind, inbound, campaignId, modelName, List.of(new Addressed(addressee, model, document)))
                .getFirst();
    }

    /** A notice to a recipient the directory knows (the office's digest), by the channels it chose. */
    public Outcome sendTo(NoticeKind kind, InboundEvent inbound, Recipient recipient, String modelName, Object model) {
        return send(kind, inbound, Addressee.of(recipient), null, modelName, model, null);
    }

    /** The same for a batch of addressees: one bulk write of inbox messages, one of email jobs. */
    List<Outcome> sendAll(NoticeKind kind, InboundEvent inbound, String campaignId, String modelName,
            List<Addressed> batch) {
        Supplier<String> issuingAgency = memo(() -> movements.issuingAgencyOf(campaignId).orElse(null));
        Instant at = clock.instant();
        List<InboxMessage> messages = new ArrayList<>();
        List<Notice> emails = new ArrayList<>();
        List<Runnable> texts = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Addressed addressed : batch) {
            Addressee addressee = addressed.addressee();
            Optional<String> number = addressee.wants(Channel.SMS) && sms.sendsBySms(kind) ? addressee.smsNumber()
                    : Optional.empty();
            boolean byEmail = addressee.hasEmail() && (addressee.wants(Channel.EMAIL) || number.isEmpty());
            // The delivery belongs to the unit's agency; while the directory has not named it, to the agency
            // that issued the movement, whose office addressed the unit in the first place.
            DeliveryOwner owner = new DeliveryOwner(addressee.unitId(), campaignId,
                    addressee.agencyCode() != null ? addressee.agencyCode() : issuingAgency.get());
            Map<String, Object> model = Map.of(modelName, addressed.model());
            MailContent content = composer.compose(kind, addressee.language(), model);
            if (addressee.accepts(kind) && addressee.unitId() != null) {
                messages.add(InboxMessage.of(inbound.id(), inbound.type(), kind.name(), Audience.UNIT,
                        addressee.unitId(), owner.agencyCode(), campaignId, addressee.language(), content.subject(),
                        content.text(), portal.campaignPage(campaignId), at));
            }
            if (number.isEmpty() && !addressee.hasEmail()) {
                log.warn("Unit {} has no email address{}; {} of event {} reaches its portal inbox only",
                        addressee.unitId(), addressee.wants(Channel.SMS) ? " and no SMS for it" : "", kind,
                        inbound.id());
                outcomes.add(null);
                continue;
            }
            Notice email = addressee.hasEmail() ? new Notice(inbound.id(), inbound.type(), addressee.email().strip(),
                    addressee.unitName(), addressee.envelopeName(), content, owner, addressed.document()) : null;
            Outcome emailOutcome = null;
            if (byEmail && addressee.accepts(kind)) {
                emails.add(email);
                emailOutcome = Outcome.QUEUED;
            } else if (byEmail) {
                emailOutcome = deliveries.skip(email, UNSUBSCRIBED);
            }
            int index = outcomes.size();
            outcomes.add(emailOutcome);
            if (number.isPresent()) {
                texts.add(() -> {
                    Outcome smsOutcome = text(kind, inbound, addressee, owner, modelName, addressed.model(), content,
                            !byEmail ? email : null, number.get());
                    Outcome previous = outcomes.get(index);
                    outcomes.set(index, previous == Outcome.RETRY || smsOutcome == Outcome.RETRY ? Outcome.RETRY
                            : previous != null ? previous : smsOutcome);
                });
            }
        }
        inbox.deliverAll(messages);
        if (emailJobs.enqueue(emails) > 0) {
            dispatcher.wake();
        }
        texts.forEach(Runnable::run);
        return outcomes;
    }

    private Outcome text(NoticeKind kind, InboundEvent inbound, Addressee addressee, DeliveryOwner owner,
            String modelName, Object model, MailContent content, Notice fallbackEmail, String number) {
        Map<String, Object> smsModel = new HashMap<>();
        smsModel.put(modelName, model);
        smsModel.put("brand", sms.brandName());
        SmsText text = SmsText.of(smsComposer.compose(kind, addressee.language(), smsModel), addressee.unicodeSms());
        EmailFallback fallback = fallbackEmail != null
                ? EmailFallback.of(fallbackEmail.recipient(), fallbackEmail.addresseeName(), content) : null;
        SmsNotice notice = new SmsNotice(inbound.id(), inbound.type(), kind, number, addressee.unitName(),
                content.subject(), text, addressee.unicodeSms(), owner, fallback,
                addressee.quietHours() != null ? addressee.quietHours() : sms.defaultQuietHours());
        return addressee.accepts(kind) ? smsDeliveries.deliver(notice)
                : deliveries.skip(new Notice(inbound.id(), inbound.type(), number, addressee.unitName(),
                        addressee.envelopeName(), content, owner), Channel.SMS, number, UNSUBSCRIBED);
    }

    /** The value on first use, then the same value: one lookup for a whole batch. */
    private static <T> Supplier<T> memo(Supplier<T> source) {
        return new Supplier<>() {
            private boolean known;
            private T value;

            @Override
            public T get() {
                if (!known) {
                    value = source.get();
                    known = true;
                }
                return value;
            }
        };
    }
}
