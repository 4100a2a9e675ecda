package vn.thidua.eventing.inbound;

import java.time.Instant;

import vn.thidua.contracts.IntegrationEvent;

/**
 * A received event: its CloudEvents attributes, the decoded contract record, and who caused it
 * ({@code ce_actor}, {@code ce_actorunit}; null from producers that do not send them).
 */
public record InboundEvent(String id, String type, String source, String subject, Instant time, IntegrationEvent data,
        String actor, String actorUnit) {

    public InboundEvent(String id, String type, String source, String subject, Instant time, IntegrationEvent data) {
        this(id, type, source, subject, time, data, null, null);
    }
}
