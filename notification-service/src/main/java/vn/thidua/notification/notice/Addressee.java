package vn.thidua.notification.notice;

import java.util.Optional;
import java.util.Set;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.recipient.Preferences;
import vn.thidua.notification.recipient.Recipient;
import vn.thidua.notification.sms.text.PhoneNumbers;
import vn.thidua.notification.sms.text.QuietHours;

/**
 * Where one notice goes and how the recipient wants it.
 *
 * @param unitId       the unit, for logs
 * @param email        the address; a unit without one gets no email
 * @param unitName     the unit, as the delivery log names the recipient
 * @param headName     the unit's head, named on the envelope and in the salutation when known
 * @param language     the language of the templates
 * @param unsubscribed whether the recipient opted out of non-mandatory notices
 * @param agencyCode   the unit's agency as the directory gives it; null while unknown
 * @param phone        the unit's phone number as given; SMS go to it when it is a plausible number
 * @param channels     the channels the recipient chose (email only unless they chose otherwise)
 * @param unicodeSms   whether their SMS keep diacritics
 * @param quietHours   their own quiet hours; null for the service's default
 */
record Addressee(String unitId, String email, String unitName, String headName, String language,
        boolean unsubscribed, String agencyCode, String phone, Set<Channel> channels, boolean unicodeSms,
        QuietHours quietHours) {

    Addressee {
        language = language == null || language.isBlank() ? MailComposer.DEFAULT_LANGUAGE : language;
        channels = channels == null || channels.isEmpty() ? Preferences.DEFAULT_CHANNELS : Set.copyOf(channels);
    }

    /** An addressee with no SMS choices: email only. */
    Addressee(String unitId, String email, String unitName, String headName, String language, boolean unsubscribed,
            String agencyCode) {
        this(unitId, email, unitName, headName, language, unsubscribed, agencyCode, null, null, false, null);
    }

    static Addressee of(Recipient recipient) {
        return new Addressee(recipient.unitId(), recipient.email(), recipient.unitName(), recipient.headName(),
                recipient.preferredLanguage(), recipient.unsubscribed(), recipient.agencyCode(), recipient.phone(),
                recipient.channelSet(), recipient.unicodeSms(), recipient.quietHours());
    }

    /** The number SMS go to, 84…, when the recipient has a plausible one. */
    Optional<String> smsNumber() {
        return PhoneNumbers.international(phone);
    }

    boolean wants(Channel channel) {
        return channels.contains(channel);
    }

    boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** The name next to the address: the head when known, else the unit. */
    String envelopeName() {
        return headName != null && !headName.isBlank() ? headName : unitName;
    }

    /** Whether a notice of this kind is sent: mandatory kinds always, the others unless unsubscribed. */
    boolean accepts(NoticeKind kind) {
        return kind.mandatory() || !unsubscribed;
    }
}
