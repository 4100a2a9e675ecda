package vn.thidua.award.reward;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * One stored version of the base salary (mức lương cơ sở) from its effective date (the id): added,
 * never edited, so every decision keeps being paid by the version in force on its date.
 */
@Document("base_salaries")
public record BaseSalaryVersion(@Id String id, LocalDate effectiveFrom, long amount, String legalBasis,
        String createdBy, Instant createdAt, List<AuditEntry> auditTrail) {

    public BaseSalaryVersion {
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
    }

    public BaseSalary salary() {
        return new BaseSalary(effectiveFrom, amount, legalBasis);
    }
}
