package vn.thidua.notification.recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.notification.sms.text.QuietHours;

/**
 * Whom a unit's notices go to: its head and contact details as the unit directory (or, before it, the
 * latest launch) gave them, and the recipient's own choices. Keyed by unit id, the same across services.
 * The address and phone number are personal data: only the unit's own officers, the office (and, to
 * read, the leaders) of its agency and ADMIN see a recipient.
 *
 * @param validFrom         first day the unit exists in the directory (null when only known from a launch)
 * @param validTo           last day, for a unit merged away or dissolved; null while it exists
 * @param preferredLanguage the language notices are written in ({@code vi} unless chosen otherwise)
 * @param unsubscribed      opted out of non-mandatory notices; operational ones are still sent
 * @param contactAsOf       when the directory (or launch) gave these details, so an older event replayed
 *                          late does not overwrite newer ones
 * @param auditTrail        every change: from the directory, from launches, and preference changes by people
 * @param channels          the channels chosen (EMAIL, SMS); null until someone chooses: email only
 * @param unicodeSms        SMS keep their diacritics (Unicode) instead of the cheaper text without them
 * @param quietHoursStart   start of the hours without SMS (HH:mm); null: the service's default
 * @param quietHoursEnd     their end
 * @param preferencesRevision counts preference changes, so a concurrent change is detected
 */
@Document("recipients")
public record Recipient(@Id String unitId, String unitName, String headName, String email, String phone,
        String agencyCode, String agencyName, LocalDate validFrom, LocalDate validTo, String preferredLanguage,
        boolean unsubscribed, Instant contactAsOf, List<AuditEntry> auditTrail, List<Channel> channels,
        Boolean unicodeSms, String quietHoursStart, String quietHoursEnd, Long preferencesRevision) {

    @PersistenceCreator
    public Recipient {
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
        channels = channels == null || channels.isEmpty() ? List.copyOf(Preferences.DEFAULT_CHANNELS)
                : List.copyOf(EnumSet.copyOf(channels));
        // Documents written before recipients had SMS choices lack these fields.
        unicodeSms = unicodeSms != null && unicodeSms;
        preferencesRevision = preferencesRevision == null ? 0L : preferencesRevision;
    }

    /** A recipient as the directory describes it, with no SMS choices yet. */
    public Recipient(String unitId, String unitName, String headName, String email, String phone, String agencyCode,
            String agencyName, LocalDate validFrom, LocalDate validTo, String preferredLanguage, boolean unsubscribed,
            Instant contactAsOf, List<AuditEntry> auditTrail) {
        this(unitId, unitName, headName, email, phone, agencyCode, agencyName, validFrom, validTo, preferredLanguage,
                unsubscribed, contactAsOf, auditTrail, null, false, null, null, 0L);
    }

    public Set<Channel> channelSet() {
        return EnumSet.copyOf(channels);
    }

    /** The recipient's own quiet hours; null when they chose none (the service's default applies). */
    public QuietHours quietHours() {
        return quietHoursStart == null || quietHoursEnd == null ? null
                : new QuietHours(LocalTime.parse(quietHoursStart), LocalTime.parse(quietHoursEnd));
    }

    /** Whether these choices are already in force, so that setting them again changes nothing. */
    public boolean has(Preferences preferences) {
        return preferences.language().equals(preferredLanguage) && preferences.unsubscribed() == unsubscribed
                && preferences.channels().equals(channelSet()) && preferences.unicodeSms() == unicodeSms.booleanValue()
                && java.util.Objects.equals(preferences.quietHours(), quietHours());
    }

    /**
     * ADMIN, OFFICE or LEADER staff of the unit's agency, and the unit's own officers. A unit whose
     * agency the directory has not given yet is seen by ADMIN and its officers only.
     */
    public boolean isVisibleTo(Actor actor) {
        return actor.managesAgency(agencyCode) || actor.has(Role.UNIT) && actor.isOfUnit(unitId);
    }

    /** ADMIN, the office of the unit's agency, and the unit's own officers: leaders read but do not change. */
    public boolean mayChangePreferences(Actor actor) {
        return actor.has(Role.ADMIN)
                || actor.has(Role.OFFICE) && actor.belongsTo(agencyCode)
                || actor.has(Role.UNIT) && actor.isOfUnit(unitId);
    }

    /** The choices in force, as an audit entry's before/after shows them. */
    public String preferencesSummary() {
        return Preferences.summary(preferredLanguage, unsubscribed, channelSet(), unicodeSms, quietHours());
    }
}
