package vn.thidua.notification.recipient;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Whom a unit's notices go to: its head and contact details as the latest launch listed them, and the
 * language they read. Keyed by unit id, the same across services.
 *
 * @param contactAsOf when the directory gave these details (the launch time), so an older event
 *                    replayed late does not overwrite newer ones
 */
@Document("recipients")
public record Recipient(@Id String unitId, String unitName, String headName, String email, String phone,
        String preferredLanguage, Instant contactAsOf) {
}
