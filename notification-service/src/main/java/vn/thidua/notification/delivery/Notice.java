package vn.thidua.notification.delivery;

import vn.thidua.notification.attachment.DocumentRef;
import vn.thidua.notification.mail.MailContent;

/**
 * One email an event calls for.
 *
 * @param sourceEventId   the ce_id of the event that caused it (part of the delivery key)
 * @param sourceEventType its ce_type
 * @param recipient       the email address
 * @param recipientName   who receives it, as the log and NotificationSent name them (the unit)
 * @param addresseeName   the name on the envelope (the unit's head when known)
 * @param owner           the unit, movement and agency the delivery belongs to, for who may read it
 * @param document        the published document to attach (launch letter, decision); null for none
 */
public record Notice(String sourceEventId, String sourceEventType, String recipient, String recipientName,
        String addresseeName, MailContent content, DeliveryOwner owner, DocumentRef document) {

    /** A notice with nothing to attach. */
    public Notice(String sourceEventId, String sourceEventType, String recipient, String recipientName,
            String addresseeName, MailContent content, DeliveryOwner owner) {
        this(sourceEventId, sourceEventType, recipient, recipientName, addresseeName, content, owner, null);
    }
}
