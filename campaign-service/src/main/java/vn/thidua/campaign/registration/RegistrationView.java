package vn.thidua.campaign.registration;

import java.time.Instant;
import java.util.List;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * A registration as the API shows it. Its audit trail (who changed it, from which address) is shown
 * to the issuing department's office and leaders and to administrators; to others it is empty.
 */
public record RegistrationView(String id, String campaignId, String unitId, String unitName, String targets,
        List<Title> titles, List<RegisteredIndividual> individuals, Instant submittedAt, String submittedBy,
        List<AuditEntry> auditTrail) {

    static RegistrationView of(Registration r, boolean withHistory) {
        return new RegistrationView(r.id(), r.campaignId(), r.unitId(), r.unitName(), r.targets(), r.titles(),
                r.individuals(), r.submittedAt(), r.submittedBy(), withHistory ? r.auditTrail() : List.of());
    }
}
