package vn.thidua.eventing.audit;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * One audited state change, kept in the aggregate it changed (written in the same document write
 * as the change, so no change goes unaudited): who did what, when and from where.
 *
 * @param actor the subject who acted (username, client id, or "system")
 * @param at when
 * @param action a stable code: CREATED, LAUNCHED, SUBMITTED, DECIDED…
 * @param detail what happened, in Vietnamese, for people reading the history
 * @param roles the actor's roles at the time ("OFFICE"); null for the system
 * @param unit the actor's unit code; null when none
 * @param client the OAuth2 client the request came through
 * @param requestId the request id, to find the request in the logs
 * @param address the caller's network address
 * @param before a short summary of the state before (e.g. "Nháp"); null for creations
 * @param after a short summary of the state after
 */
public record AuditEntry(String actor, Instant at, String action, String detail, String roles, String unit,
        String client, String requestId, String address, String before, String after) {

    @PersistenceCreator
    public AuditEntry {
    }

    /** An entry by the platform itself, with no request behind it. */
    public AuditEntry(String actor, Instant at, String action, String detail) {
        this(actor, at, action, detail, null, null, null, null, null, null, null);
    }

    public static AuditEntry of(Who who, Instant at, String action, String detail) {
        return new AuditEntry(who.subject(), at, action, detail, who.roles(), who.unit(), who.client(),
                who.requestId(), who.address(), null, null);
    }

    /** The same entry with what the state was before and is after the change. */
    public AuditEntry change(String stateBefore, String stateAfter) {
        return new AuditEntry(actor, at, action, detail, roles, unit, client, requestId, address, stateBefore,
                stateAfter);
    }
}
