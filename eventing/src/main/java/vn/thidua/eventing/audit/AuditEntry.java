package vn.thidua.eventing.audit;

import java.time.Instant;

/**
 * One audited state change, kept in the aggregate it changed: who did what, when. {@code action}
 * is a stable code (CREATED, LAUNCHED, SUBMITTED, DECIDED…); {@code detail} says it in Vietnamese
 * for people reading the history.
 */
public record AuditEntry(String actor, Instant at, String action, String detail) {
}
