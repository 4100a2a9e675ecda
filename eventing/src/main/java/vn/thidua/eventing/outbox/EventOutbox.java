package vn.thidua.eventing.outbox;

import java.time.Clock;
import java.util.UUID;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.eventing.EventJson;

/**
 * What application services use to raise events: {@link #record} turns a contract event into an
 * outbox entry to store with the aggregate; {@link #written} tells the relay to publish now rather
 * than at its next sweep.
 */
public class EventOutbox {

    private final String source;
    private final Clock clock;
    private final OutboxRelay relay;

    public EventOutbox(String source, Clock clock, OutboxRelay relay) {
        this.source = source;
        this.clock = clock;
        this.relay = relay;
    }

    public OutboxEvent record(IntegrationEvent event) {
        EventType type = EventCatalog.of(event);
        return new OutboxEvent(UUID.randomUUID().toString(), type.ceType(), type.topic(), event.aggregateId(), source,
                clock.instant(), EventJson.MAPPER.writeValueAsString(event));
    }

    /** Call after the aggregate and its pending events were saved. */
    public void written() {
        relay.wake();
    }
}
