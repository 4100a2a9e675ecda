package vn.thidua.notification.sms;

import vn.thidua.notification.delivery.DeliveryOwner;
import vn.thidua.notification.delivery.EmailFallback;
import vn.thidua.notification.notice.NoticeKind;
import vn.thidua.notification.sms.text.QuietHours;
import vn.thidua.notification.sms.text.SmsText;

/**
 * One SMS an event calls for.
 *
 * @param phone         the number, 84… (part of the delivery key)
 * @param recipientName the unit, as the log names the recipient
 * @param subject       a one-line description for the log (the email's subject)
 * @param fallback      the email to send instead if the SMS fails; null when the email goes anyway
 * @param quietHours    the recipient's quiet hours
 */
public record SmsNotice(String sourceEventId, String sourceEventType, NoticeKind kind, String phone,
        String recipientName, String subject, SmsText text, boolean unicode, DeliveryOwner owner,
        EmailFallback fallback, QuietHours quietHours) {
}
