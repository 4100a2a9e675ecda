package vn.thidua.eventing.audit;

/**
 * A collection whose documents keep an audit trail, for {@code GET /api/audit}.
 *
 * @param collection the MongoDB collection
 * @param aggregateType what its documents are, as the audit API names them (campaign, registration…)
 * @param trailField the array of {@link AuditEntry} in each document (auditTrail, history…)
 * @param agencyField the field holding the owning agency's code, so OFFICE staff see only their
 *     department's changes; null when the documents belong to no agency (only ADMIN sees them)
 */
public record AuditedCollection(String collection, String aggregateType, String trailField, String agencyField) {
}
