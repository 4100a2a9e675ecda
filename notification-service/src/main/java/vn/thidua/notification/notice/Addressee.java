package vn.thidua.notification.notice;

import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.recipient.Recipient;

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
 */
record Addressee(String unitId, String email, String unitName, String headName, String language,
        boolean unsubscribed, String agencyCode) {

    Addressee {
        language = language == null || language.isBlank() ? MailComposer.DEFAULT_LANGUAGE : language;
    }

    static Addressee of(Recipient recipient) {
        return new Addressee(recipient.unitId(), recipient.email(), recipient.unitName(), recipient.headName(),
                recipient.preferredLanguage(), recipient.unsubscribed(), recipient.agencyCode());
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
