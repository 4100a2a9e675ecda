package vn.thidua.notification.common;

import java.time.Instant;

/**
 * One audited state change: who did what, when. {@code action} is a stable code (QUEUED,
 * SENT…); {@code detail} says it in Vietnamese for people reading the history.
 */
public record AuditEntry(String actor, Instant at, String action, String detail) {
}
