package vn.thidua.campaign.registration;

import java.time.Instant;
import java.util.List;

import vn.thidua.eventing.audit.AuditEntry;

/** A registration as the API shows it. */
public record RegistrationView(String id, String campaignId, String unitId, String unitName, String targets,
        List<Title> titles, List<RegisteredIndividual> individuals, Instant submittedAt, String submittedBy,
        List<AuditEntry> auditTrail) {

    static RegistrationView of(Registration r) {
        return new RegistrationView(r.id(), r.campaignId(), r.unitId(), r.unitName(), r.targets(), r.titles(),
                r.individuals(), r.submittedAt(), r.submittedBy(), r.auditTrail());
    }
}
