package vn.thidua.award.common;

import java.time.Instant;

/**
 * One audited state change: who did what, when. {@code action} is a stable code (SUBMITTED,
 * DECIDED…); {@code detail} says it in Vietnamese for people reading the history.
 */
public record AuditEntry(String actor, Instant at, String action, String detail) {
}
