package vn.thidua.eventing.outbox;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * An event waiting in its aggregate's {@code pendingEvents} array. It is written in the same
 * document write as the state change that caused it, and removed once Kafka acknowledged it.
 *
 * @param eventId the CloudEvents id, unique per event; consumers dedupe on it
 * @param type    the CloudEvents type, e.g. {@code thidua.CampaignLaunched.v1}
 * @param topic   the Kafka topic
 * @param aggregateId the aggregate id: Kafka key and {@code ce_subject}
 * @param data    the event's JSON, exactly as it will be published
 * @param traceparent the W3C trace context of the request that raised the event, so the publish and
 *                    the consumers continue its trace although the relay sends later, on another
 *                    thread; null when none was active (and in documents written before it existed)
 * @param tracestate  the W3C vendor trace state that travelled with it, if any
 * @param actor       the subject who caused the event ({@code ce_actor}); null in documents written before it existed
 * @param actorUnit   their unit code ({@code ce_actorunit}), if any
 */
public record OutboxEvent(String eventId, String type, String topic, String aggregateId, String source, Instant time,
        String data, String traceparent, String tracestate, String actor, String actorUnit) {

    @PersistenceCreator
    public OutboxEvent {
    }

    /** An event raised outside any trace. */
    public OutboxEvent(String eventId, String type, String topic, String aggregateId, String source, Instant time,
            String data) {
        this(eventId, type, topic, aggregateId, source, time, data, null, null, null, null);
    }
}
