package vn.thidua.eventing.outbox;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.eventing.EventJson;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.tracing.EventTracing;

/**
 * What application services use to raise events: {@link #record} turns a contract event into an
 * outbox entry to store with the aggregate; {@link #written} tells the relay to publish now rather
 * than at its next sweep.
 */
public class EventOutbox {

    private final String source;
    private final Clock clock;
    private final OutboxRelay relay;
    private final EventTracing tracing;
    private final Supplier<Actor> actor;

    /** Without tracing, e.g. in contract tests that only look at the recorded data. */
    public EventOutbox(String source, Clock clock, OutboxRelay relay) {
        this(source, clock, relay, EventTracing.disabled(), () -> Actor.SYSTEM);
    }

    public EventOutbox(String source, Clock clock, OutboxRelay relay, EventTracing tracing, Supplier<Actor> actor) {
        this.source = source;
        this.clock = clock;
        this.relay = relay;
        this.tracing = tracing;
        this.actor = actor;
    }

    /**
     * The outbox entry for an event, carrying the current trace context so the publish continues
     * it, and the acting subject and unit of the request that caused it.
     */
    public OutboxEvent record(IntegrationEvent event) {
        EventType type = EventCatalog.of(event);
        Map<String, String> trace = tracing.currentContext();
        Actor by = actor.get();
        return new OutboxEvent(UUID.randomUUID().toString(), type.ceType(), type.topic(), event.aggregateId(), source,
                clock.instant(), EventJson.MAPPER.writeValueAsString(event), trace.get(EventTracing.TRACEPARENT),
                trace.get(EventTracing.TRACESTATE), by.subject(), by.unit());
    }

    /** Call after the aggregate and its pending events were saved. */
    public void written() {
        relay.wake();
    }
}
