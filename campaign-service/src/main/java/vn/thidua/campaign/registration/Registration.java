package vn.thidua.campaign.registration;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.campaign.campaign.Campaign;
import vn.thidua.campaign.campaign.Participant;
import vn.thidua.contracts.campaign.RegistrationSubmitted;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * A unit's registration for a launched movement (đăng ký thi đua): the targets it commits to, the
 * collective titles it aims for and its people with their individual titles. One per unit and
 * movement: its id is {@code <campaignId>:<unitId>}, and a unique index guards the pair too.
 */
@Document("registrations")
@CompoundIndex(name = "campaign_unit", def = "{'campaignId': 1, 'unitId': 1}", unique = true)
public class Registration {

    @Id
    private String id;
    @Version
    private Long revision;
    private String campaignId;
    /** The movement's issuing agency: the department whose office sees this registration and its history. */
    private String agencyCode;
    private String unitId;
    private String unitName;
    private String targets;
    private List<Title> titles;
    private List<RegisteredIndividual> individuals;
    private Instant submittedAt;
    private String submittedBy;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    private Registration() {
    }

    /** The id of a unit's registration for a movement. */
    public static String idOf(String campaignId, String unitId) {
        return campaignId + ":" + unitId;
    }

    /** Registers a participating unit of a launched movement before its registration deadline. */
    public static Registration submit(Campaign campaign, RegistrationForm form, Instant at, Who who) {
        Participant unit = campaign.ensureOpenForRegistration(form.unitId(), at);
        List<Title> collective = titles(form.titles(), Title.Holder.COLLECTIVE);
        List<RegisteredIndividual> people = form.individuals().stream().map(Registration::individual).toList();
        String targets = form.targets() == null || form.targets().isBlank() ? null : form.targets().strip();
        if (targets == null && collective.isEmpty() && people.isEmpty()) {
            throw DomainException.rejected("registration-empty",
                    "Bản đăng ký thi đua cần có chỉ tiêu, danh hiệu tập thể hoặc cá nhân đăng ký.");
        }
        Registration registration = new Registration();
        registration.id = idOf(campaign.id(), unit.unitId());
        registration.campaignId = campaign.id();
        registration.agencyCode = campaign.issuingAgency().code();
        registration.unitId = unit.unitId();
        registration.unitName = unit.name();
        registration.targets = targets;
        registration.titles = collective;
        registration.individuals = people;
        registration.submittedAt = at;
        registration.submittedBy = who.subject();
        registration.auditTrail.add(AuditEntry.of(who, at, "SUBMITTED", unit.name() + " đăng ký thi đua với "
                + collective.size() + " danh hiệu tập thể và " + people.size() + " cá nhân.")
                .change(null, "Đã đăng ký"));
        return registration;
    }

    private static RegisteredIndividual individual(RegistrationForm.Person person) {
        if (person.name() == null || person.name().isBlank()) {
            throw DomainException.rejected("individual-name-required", "Cá nhân đăng ký thi đua cần có họ và tên.");
        }
        List<Title> titles = titles(person.titles(), Title.Holder.INDIVIDUAL);
        if (titles.isEmpty()) {
            throw DomainException.rejected("individual-title-required",
                    "Cá nhân " + person.name().strip() + " cần đăng ký ít nhất một danh hiệu.");
        }
        return new RegisteredIndividual(person.name().strip(), titles);
    }

    /** Title codes in the order given, each once. */
    private static List<Title> titles(List<String> codes, Title.Holder holder) {
        return List.copyOf(new LinkedHashSet<>(codes.stream().map(code -> Title.of(code, holder)).toList()));
    }

    /** The fact to publish once the registration is stored. */
    public RegistrationSubmitted submittedEvent() {
        return new RegistrationSubmitted(campaignId, id, unitId, unitName, targets,
                titles.stream().map(Title::name).toList(),
                individuals.stream().map(person -> new RegistrationSubmitted.Individual(person.name(),
                        person.titles().stream().map(Title::name).toList())).toList(),
                submittedAt);
    }

    /** Keeps an event in this document's outbox until the relay has published it. */
    public void addPendingEvent(OutboxEvent event) {
        pendingEvents.add(event);
    }

    public String id() {
        return id;
    }

    public String campaignId() {
        return campaignId;
    }

    public String agencyCode() {
        return agencyCode;
    }

    public String unitId() {
        return unitId;
    }

    public String unitName() {
        return unitName;
    }

    public String targets() {
        return targets;
    }

    public List<Title> titles() {
        return titles;
    }

    public List<RegisteredIndividual> individuals() {
        return individuals;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
