package vn.thidua.award.history;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * One accepted history file: how many achievements it added, for which departments, and its audit
 * entry (who imported it, from where). The achievements carry its id ({@code importId}).
 *
 * @param agencies the departments whose units the file's rows are of; their office sees the entry
 */
@Document("achievement_imports")
public record AchievementImport(@Id String id, List<String> agencies, int imported, String importedBy,
        Instant importedAt, List<AuditEntry> auditTrail) {

    public AchievementImport {
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
    }
}
