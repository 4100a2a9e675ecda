package vn.thidua.campaign.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.web.DomainException;

/**
 * An agency of the directory (cơ quan, e.g. Sở Nông nghiệp và Môi trường) with its units and their
 * contacts. Movements take a snapshot of it when they are created, so later edits do not rewrite
 * history.
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

    private Agency() {
    }

    /** A new agency in the directory. */
    public static Agency register(String code, AgencyDetails details, Instant at, String actor) {
        if (code == null || !AgencyDetails.CODE.matcher(code).matches()) {
            throw DomainException.rejected("invalid-agency-code", "Mã cơ quan \"" + code
                    + "\" không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.");
        }
        Agency agency = new Agency();
        agency.code = code;
        agency.apply(details);
        agency.createdAt = at;
        agency.updatedAt = at;
        agency.auditTrail.add(new AuditEntry(actor, at, "CREATED",
                "Thêm cơ quan " + details.name() + " với " + details.units().size() + " đơn vị."));
        return agency;
    }

    /** Replaces the description; returns false (and records nothing) when it is already exactly this. */
    public boolean revise(AgencyDetails details, Instant at, String actor) {
        if (describedBy(details)) {
            return false;
        }
        apply(details);
        updatedAt = at;
        auditTrail.add(new AuditEntry(actor, at, "UPDATED",
                "Cập nhật cơ quan " + details.name() + " (" + details.units().size() + " đơn vị)."));
        return true;
    }

    public Optional<Unit> unit(String unitCode) {
        return units.stream().filter(unit -> unit.code().equals(unitCode)).findFirst();
    }

    private boolean describedBy(AgencyDetails details) {
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
}
