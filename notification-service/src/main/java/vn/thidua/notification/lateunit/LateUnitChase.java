package vn.thidua.notification.lateunit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * One movement's chases of one day (Vietnam): the reports reminded that day, and who chased when.
 *
 * @param id                {@code <campaignId>:<yyyy-MM-dd>}
 * @param issuingAgencyCode the department whose office sees these entries in {@code GET /api/audit}
 */
@Document("late_unit_chases")
public record LateUnitChase(@Id String id, String campaignId, LocalDate day, String issuingAgencyCode,
        List<String> reportIds, List<AuditEntry> auditTrail) {
}
