package vn.thidua.notification.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.thidua.eventing.audit.AuditedCollection;

/**
 * The trails {@code GET /api/audit} reads. Both collections keep the owning agency's code in a
 * top-level {@code agencyCode} field (the unit's agency from the directory; for a delivery, the
 * movement's issuing agency while the unit's is unknown), so OFFICE staff see their department's
 * changes only and documents with no agency yet are ADMIN's alone.
 */
@Configuration(proxyBeanMethods = false)
class AuditTrails {

    @Bean
    AuditedCollection recipientTrail() {
        return new AuditedCollection("recipients", "recipient", "auditTrail", "agencyCode");
    }

    /** The offices' chases of late units, under the movement's issuing agency. */
    @Bean
    AuditedCollection chaseTrail() {
        return new AuditedCollection("late_unit_chases", "chase", "auditTrail", "issuingAgencyCode");
    }

    @Bean
    AuditedCollection deliveryTrail() {
        return new AuditedCollection("deliveries", "delivery", "history", "agencyCode");
    }
}
