package vn.thidua.notification.recipient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.inbound.AppliedEvents;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.sms.text.QuietHours;

/**
 * The recipients notification-service knows: fed by the unit directory ({@code UnitRegistered},
 * {@code UnitChanged}) and by the participants of launched movements, with the choices each recipient
 * makes. Every event is applied at most once (its id is kept in the document, checked and recorded
 * in the same write) and only when it is not older than what the document holds ({@code contactAsOf}).
 */
@Service
public class RecipientDirectory {

    /** Directory and launch events are applied by the service itself. */
    static final Who SYSTEM = Who.system("notification-service");
    private static final Logger log = LoggerFactory.getLogger(RecipientDirectory.class);

    private final MongoTemplate mongo;

    public RecipientDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A unit joined the directory: its whole description, as of the event's time. */
    public void registered(UnitRegistered unit, String eventId, String eventType, Instant asOf) {
        apply(unit.unitId(), directoryUpdate(unit.agencyCode(), unit.agencyName(), unit.name(), unit.headName(),
                unit.email(), unit.phone(), unit.validFrom(), unit.validTo()), eventId, asOf,
                AuditEntry.of(SYSTEM, asOf, "DIRECTORY_REGISTERED", "Đơn vị được đưa vào danh bạ (" + eventType
                        + ", sự kiện " + eventId + ")."));
    }

    /** A unit's description changed: the whole new description replaces the old one. */
    public void changed(UnitChanged unit, String eventId, String eventType, Instant asOf) {
        String fields = unit.changedFields() == null || unit.changedFields().isEmpty() ? "không nêu"
                : String.join(", ", unit.changedFields());
        apply(unit.unitId(), directoryUpdate(unit.agencyCode(), unit.agencyName(), unit.name(), unit.headName(),
                unit.email(), unit.phone(), unit.validFrom(), unit.validTo()), eventId, asOf,
                AuditEntry.of(SYSTEM, asOf, "DIRECTORY_CHANGED", "Cập nhật từ danh bạ đơn vị (" + eventType
                        + ", sự kiện " + eventId + "); thay đổi: " + fields + "."));
    }

    /**
     * Upserts every participant's contact as the launch listed it. The launch knows nothing of agency
     * or validity, which stay as the directory gave them.
     */
    public void remember(CampaignLaunched launched, String eventId, Instant asOf) {
        if (launched.participants().isEmpty()) {
            return;
        }
        // One bulk write for all of them: a national launch lists tens of thousands of units.
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Recipient.class);
        for (CampaignLaunched.Participant participant : launched.participants()) {
            bulk.upsert(new Query(guard(participant.unitId(), eventId, asOf)),
                    guarded(contactOf(participant), eventId, asOf, launchAudit(launched, asOf)));
        }
        try {
            bulk.execute();
        } catch (BulkOperationException | DuplicateKeyException someAppliedOrOlder) {
            // Some units had this event already, or newer details (their guarded upserts collide): the rest
            // one by one, each guarded, whatever the store did with the remainder of the batch.
            for (CampaignLaunched.Participant participant : launched.participants()) {
                apply(participant.unitId(), contactOf(participant), eventId, asOf, launchAudit(launched, asOf));
            }
        }
    }

    private static Update contactOf(CampaignLaunched.Participant participant) {
        return new Update()
                .set("unitName", participant.name())
                .set("headName", participant.headName())
                .set("email", participant.email())
                .set("phone", participant.phone());
    }

    private static AuditEntry launchAudit(CampaignLaunched launched, Instant asOf) {
        return AuditEntry.of(SYSTEM, asOf, "CONTACT_FROM_LAUNCH",
                "Cập nhật liên hệ theo danh sách đơn vị tham gia phong trào " + launched.campaignId() + ".");
    }

    /** For the notices: whatever is known of the unit, with no reader to check. */
    public Optional<Recipient> find(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, Recipient.class));
    }

    /** Whatever is known of these units, by unit id, in one query (a launch's batch of participants). */
    public java.util.Map<String, Recipient> findAll(java.util.Collection<String> unitIds) {
        java.util.Map<String, Recipient> found = new java.util.HashMap<>();
        mongo.find(new Query(Criteria.where("_id").in(unitIds)), Recipient.class)
                .forEach(recipient -> found.put(recipient.unitId(), recipient));
        return found;
    }

    /** One recipient, if this user may see it: 404 for an unknown unit, 403 for another agency's or unit's. */
    public Recipient read(String unitId, Actor reader) {
        Recipient recipient = find(unitId).orElseThrow(() -> notFound(unitId));
        if (!recipient.isVisibleTo(reader)) {
            throw DomainException.forbidden("Bạn chỉ được xem thông tin người nhận thông báo của cơ quan, đơn vị mình.");
        }
        return recipient;
    }

    /** The recipients this user may see, by unit id: ADMIN all, OFFICE/LEADER their agency's, UNIT their own. */
    public List<Recipient> visibleTo(Actor reader) {
        return mongo.find(new Query(readableBy(reader)).with(Sort.by("_id")), Recipient.class);
    }

    /** The query side of {@link Recipient#isVisibleTo}. */
    private static Criteria readableBy(Actor reader) {
        if (reader.has(Role.ADMIN)) {
            return new Criteria();
        }
        List<Criteria> own = new ArrayList<>();
        if (reader.hasAny(Role.OFFICE, Role.LEADER) && reader.agency() != null) {
            own.add(Criteria.where("agencyCode").is(reader.agency()));
        }
        if (reader.has(Role.UNIT) && reader.unit() != null) {
            own.add(Criteria.where("_id").is(reader.unit()));
        }
        if (own.isEmpty()) {
            throw DomainException.forbidden("Bạn không có quyền xem danh sách người nhận thông báo.");
        }
        return new Criteria().orOperator(own);
    }

    /**
     * Sets a recipient's choices, audited with who made them: the unit's officers, the office of its
     * agency or ADMIN. Setting the choices in force changes and records nothing; a concurrent change
     * in between (of the choices, or of the unit's agency) is refused rather than silently overwritten.
     */
    public Recipient changePreferences(String unitId, Preferences preferences, Actor actor, Who who, Instant at) {
        return changePreferences(unitId, current -> preferences, actor, who, at);
    }

    /** The same from a request whose absent SMS choices keep the current ones. */
    Recipient changePreferences(String unitId, PreferencesRequest request, Actor actor, Who who, Instant at) {
        return changePreferences(unitId, request::toPreferences, actor, who, at);
    }

    private Recipient changePreferences(String unitId, java.util.function.Function<Recipient, Preferences> choices,
            Actor actor, Who who, Instant at) {
        Recipient current = find(unitId).orElseThrow(() -> notFound(unitId));
        if (!current.mayChangePreferences(actor)) {
            throw DomainException.forbidden("Bạn chỉ được thay đổi lựa chọn nhận thông báo của cơ quan, đơn vị mình.");
        }
        Preferences preferences = choices.apply(current);
        if (current.has(preferences)) {
            return current;
        }
        Criteria unchangedSinceRead = Criteria.where("_id").is(unitId).and("agencyCode").is(current.agencyCode());
        if (current.preferencesRevision() == 0) {
            unchangedSinceRead.orOperator(Criteria.where("preferencesRevision").exists(false),
                    Criteria.where("preferencesRevision").is(0L));
        } else {
            unchangedSinceRead.and("preferencesRevision").is(current.preferencesRevision());
        }
        QuietHours quiet = preferences.quietHours();
        Update update = new Update()
                .set("preferredLanguage", preferences.language())
                .set("unsubscribed", preferences.unsubscribed())
                .set("channels", preferences.channelList())
                .set("unicodeSms", preferences.unicodeSms())
                .set("quietHoursStart", quiet == null ? null : quiet.start().toString())
                .set("quietHoursEnd", quiet == null ? null : quiet.end().toString())
                .inc("preferencesRevision", 1)
                .push("auditTrail", AuditEntry.of(who, at, "PREFERENCES_CHANGED", preferences.describe())
                        .change(current.preferencesSummary(), preferences.summary()));
        Recipient updated = mongo.findAndModify(new Query(unchangedSinceRead), update, FindAndModifyOptions.options().returnNew(true),
                Recipient.class);
        if (updated == null) {
            throw DomainException.conflict("preferences-changed-concurrently", "Lựa chọn nhận thông báo của đơn vị "
                    + unitId + " vừa được thay đổi bởi người khác; vui lòng tải lại và thử lại.");
        }
        return updated;
    }

    private static Criteria guard(String unitId, String eventId, Instant asOf) {
        return AppliedEvents.notYetApplied(Criteria.where("_id").is(unitId), eventId).orOperator(
                Criteria.where("contactAsOf").exists(false), Criteria.where("contactAsOf").lte(asOf));
    }

    private static Update guarded(Update update, String eventId, Instant asOf, AuditEntry audit) {
        update.set("contactAsOf", asOf)
                .setOnInsert("preferredLanguage", MailComposer.DEFAULT_LANGUAGE)
                .setOnInsert("unsubscribed", false)
                .push("auditTrail", audit);
        AppliedEvents.markApplied(update, eventId);
        return update;
    }

    static DomainException notFound(String unitId) {
        return DomainException.notFound("recipient-not-found",
                "Chưa có thông tin người nhận thông báo của đơn vị " + unitId + ".");
    }

    private static Update directoryUpdate(String agencyCode, String agencyName, String name, String headName,
            String email, String phone, LocalDate validFrom, LocalDate validTo) {
        return new Update()
                .set("agencyCode", agencyCode)
                .set("agencyName", agencyName)
                .set("unitName", name)
                .set("headName", headName)
                .set("email", email)
                .set("phone", phone)
                .set("validFrom", validFrom)
                .set("validTo", validTo);
    }

    /**
     * One guarded upsert: matches only while the event is not applied yet and the stored details are not
     * newer. When the unit exists but does not match, the upsert's insert collides on the unit id: the
     * event was applied before, or newer details are kept.
     */
    private void apply(String unitId, Update update, String eventId, Instant asOf, AuditEntry audit) {
        try {
            mongo.upsert(new Query(guard(unitId, eventId, asOf)), guarded(update, eventId, asOf, audit), Recipient.class);
        } catch (DuplicateKeyException appliedOrOlder) {
            log.debug("Unit {}: event {} applied before or older than the details kept", unitId, eventId);
        }
    }
}
