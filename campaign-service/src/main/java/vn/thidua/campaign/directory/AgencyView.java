package vn.thidua.campaign.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * An agency as the API shows it, with all its units, history included. Its audit trail (who changed
 * it, from which address) is shown to administrators only, who keep the directory; to others it is empty.
 */
public record AgencyView(String code, String name, String abbreviation, String parentName, List<UnitView> units,
        Instant createdAt, Instant updatedAt, List<AuditEntry> auditTrail) {

    public record UnitView(String code, String name, String headName, String email, String phone, LocalDate validFrom,
            LocalDate validTo) {
    }

    static AgencyView of(Agency agency, boolean withAuditTrail) {
        return new AgencyView(agency.code(), agency.name(), agency.abbreviation(), agency.parentName(),
                agency.units().stream()
                        .map(u -> new UnitView(u.code(), u.name(), u.headName(), u.email(), u.phone(), u.validFrom(),
                                u.validTo()))
                        .toList(),
                agency.createdAt(), agency.updatedAt(), withAuditTrail ? agency.auditTrail() : List.of());
    }
}
