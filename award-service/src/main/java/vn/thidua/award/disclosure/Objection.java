package vn.thidua.award.disclosure;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * An objection (ý kiến phản ánh) lodged against a published list, by anyone, signed in or not: their
 * name and contact as given (may be blank), the text, optionally the nominee it concerns. The address
 * it came from limits how many one address may send.
 */
@Document("objections")
public record Objection(@Id String id, @Indexed String disclosureId, String agency, String nominationId, String name,
        String contact, String text, String submittedBy, @Indexed String address, Instant at,
        List<AuditEntry> auditTrail) {

    public Objection {
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
    }
}
