package vn.thidua.campaign.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.contracts.campaign.DirectoryEvent;
import vn.thidua.contracts.campaign.UnitChanged;
import vn.thidua.contracts.campaign.UnitRegistered;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;

/**
 * An agency of the directory (cơ quan, e.g. Sở Nông nghiệp và Môi trường) with its units and their
 * contacts. Movements take a snapshot of it when they are created, so later edits do not rewrite
 * history. New and changed units are announced (UnitRegistered, UnitChanged) through the agency's
 * outbox, so other services keep their own copies.
 */
@Document("agencies")
@CompoundIndex(name = "unit_code", def = "{'units.code': 1}")
public class Agency {

    @Id
    private String code;
    @Version
    private Long revision;
    private String name;
    private String abbreviation;
    private String parentName;
    private List<Unit> units = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    private List<AuditEntry> auditTrail = new ArrayList<>();
    private List<OutboxEvent> pendingEvents = new ArrayList<>();

    private Agency() {
    }

    /** A new agency in the directory. */
    public static Agency register(String code, AgencyDetails details, Instant at, Who who) {
        if (code == null || !AgencyDetails.CODE.matcher(code).matches()) {
            throw DomainException.rejected("invalid-agency-code", "Mã cơ quan \"" + code
                    + "\" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
        }
        Agency agency = new Agency();
        agency.code = code;
        agency.apply(details);
        agency.createdAt = at;
        agency.updatedAt = at;
        agency.auditTrail.add(AuditEntry.of(who, at, "CREATED",
                "Thêm cơ quan " + details.name() + " với " + details.units().size() + " đơn vị.")
                .change(null, agency.summary()));
        return agency;
    }

    /** What registering the agency announces: one UnitRegistered per unit. */
    public List<DirectoryEvent> registrationEvents() {
        return unitEventsSince(List.of());
    }

    /**
     * Replaces the description and returns what it announces: UnitRegistered for each new unit,
     * UnitChanged for each unit whose name, head, contact or validity changed. Records nothing and
     * returns nothing when the agency is already exactly this ({@link #isDescribedBy}).
     */
    public List<DirectoryEvent> revise(AgencyDetails details, Instant at, Who who) {
        if (isDescribedBy(details)) {
            return List.of();
        }
        List<Unit> before = units;
        String summaryBefore = summary();
        apply(details);
        updatedAt = at;
        auditTrail.add(AuditEntry.of(who, at, "UPDATED",
                "Cập nhật cơ quan " + details.name() + " (" + details.units().size() + " đơn vị).")
                .change(summaryBefore, summary()));
        return unitEventsSince(before);
    }

    /** The agency in a few words for the audit log: its name and how many units it has. */
    private String summary() {
        return name + " (" + abbreviation + "), " + units.size() + " đơn vị";
    }

    /** Keeps an event in this document's outbox until the relay has published it. */
    public void addPendingEvent(OutboxEvent event) {
        pendingEvents.add(event);
    }

    public Optional<Unit> unit(String unitCode) {
        return units.stream().filter(unit -> unit.code().equals(unitCode)).findFirst();
    }

    /** Whether the agency already is exactly this description (a repeated PUT changes nothing). */
    public boolean isDescribedBy(AgencyDetails details) {
        if (!name.equals(details.name()) || !abbreviation.equals(details.abbreviation())
                || !Objects.equals(parentName, details.parentName()) || units.size() != details.units().size()) {
            return false;
        }
        for (int i = 0; i < units.size(); i++) {
            if (!units.get(i).sameDetailsAs(details.units().get(i))) {
                return false;
            }
        }
        return true;
    }

    private List<DirectoryEvent> unitEventsSince(List<Unit> before) {
        Map<String, Unit> previous = before.stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        List<DirectoryEvent> events = new ArrayList<>();
        for (Unit unit : units) {
            Unit old = previous.get(unit.code());
            if (old == null) {
                events.add(new UnitRegistered(unit.code(), code, name, unit.name(), unit.headName(), unit.email(),
                        unit.phone(), unit.validFrom(), unit.validTo()));
                continue;
            }
            List<String> changed = unit.changesFrom(old);
            if (!changed.isEmpty()) {
                events.add(new UnitChanged(unit.code(), code, name, unit.name(), unit.headName(), unit.email(),
                        unit.phone(), unit.validFrom(), unit.validTo(), changed));
            }
        }
        return events;
    }

    private void apply(AgencyDetails details) {
        name = details.name();
        abbreviation = details.abbreviation();
        parentName = details.parentName();
        units = new ArrayList<>(details.units());
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public String parentName() {
        return parentName;
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<AuditEntry> auditTrail() {
        return List.copyOf(auditTrail);
    }

    public List<OutboxEvent> pendingEvents() {
        return List.copyOf(pendingEvents);
    }
}
