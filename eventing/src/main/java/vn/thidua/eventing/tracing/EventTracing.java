package vn.thidua.eventing.tracing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import vn.thidua.eventing.outbox.OutboxEvent;

/**
 * Carries a trace across the outbox: the request's W3C trace context is captured when an event is
 * recorded, and the relay's publish continues it later, on its own thread, so one trace runs from
 * the HTTP request through the Kafka record to every consumer. The header names are the CloudEvents
 * distributed-tracing extension's ({@code traceparent}, {@code tracestate}).
 */
public class EventTracing {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private final Tracer tracer;
    private final Propagator propagator;

    public EventTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Without tracing: nothing is captured and publishing runs as it is. */
    public static EventTracing disabled() {
        return new EventTracing(Tracer.NOOP, Propagator.NOOP);
    }

    /** The current span's W3C context ({@code traceparent}, and {@code tracestate} if any); empty outside a span. */
    public Map<String, String> currentContext() {
        Span span = tracer.currentSpan();
        Map<String, String> carrier = new HashMap<>();
        if (span != null) {
            propagator.inject(span.context(), carrier, Map::put);
        }
        carrier.keySet().retainAll(Set.of(TRACEPARENT, TRACESTATE));
        return carrier;
    }

    /**
     * Runs the publish of an outbox event in a producer span that continues the trace the event was
     * recorded in (a new trace for events recorded outside one).
     */
    public <T> T publishing(OutboxEvent event, Supplier<T> publish) {
        Span span = parentOf(event).name("outbox publish " + event.topic())
                .kind(Span.Kind.PRODUCER)
                .tag("thidua.event.id", event.eventId())
                .tag("thidua.event.type", event.type())
                .start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(span)) {
            return publish.get();
        } catch (RuntimeException e) {
            span.error(e);
            throw e;
        } finally {
            span.end();
        }
    }

    private Span.Builder parentOf(OutboxEvent event) {
        if (event.traceparent() == null) {
            return tracer.spanBuilder().setNoParent();
        }
        Map<String, String> carrier = new HashMap<>();
        carrier.put(TRACEPARENT, event.traceparent());
        if (event.tracestate() != null) {
            carrier.put(TRACESTATE, event.tracestate());
        }
        return propagator.extract(carrier, Map::get);
    }
}
