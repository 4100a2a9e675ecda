package vn.thidua.eventing.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.tracing.EventTracing;

/**
 * Sends through Spring Cloud Stream to the event's topic in CloudEvents binary mode, keyed by the
 * aggregate id. The producer bindings are synchronous (see eventing-defaults.properties), so a
 * failed send throws and the event stays in the outbox.
 *
 * <p>The trace context travels as the CloudEvents distributed-tracing extension's {@code traceparent}
 * (and {@code tracestate}): the relay's publish span when there is one, a child of the trace the event
 * was recorded in, otherwise the context stored with the event.
 */
public class KafkaEventPublisher implements EventPublisher {

    private final StreamBridge streamBridge;
    private final EventTracing tracing;

    public KafkaEventPublisher(StreamBridge streamBridge, EventTracing tracing) {
        this.streamBridge = streamBridge;
        this.tracing = tracing;
    }

    @Override
    public void publish(OutboxEvent event) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(event.data().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.aggregateId().getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .setHeader(CloudEventHeaders.ID, event.eventId())
                .setHeader(CloudEventHeaders.SOURCE, event.source())
                .setHeader(CloudEventHeaders.TYPE, event.type())
                .setHeader(CloudEventHeaders.TIME, event.time().toString())
                .setHeader(CloudEventHeaders.SUBJECT, event.aggregateId())
                .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .setHeaderIfAbsent(CloudEventHeaders.ACTOR, event.actor())
                .setHeaderIfAbsent(CloudEventHeaders.ACTOR_UNIT, event.actorUnit());
        Map<String, String> current = tracing.currentContext();
        if (current.containsKey(EventTracing.TRACEPARENT)) {
            current.forEach(message::setHeader);
        } else {
            message.setHeaderIfAbsent(EventTracing.TRACEPARENT, event.traceparent())
                    .setHeaderIfAbsent(EventTracing.TRACESTATE, event.tracestate());
        }
        Message<byte[]> built = message.build();
        if (!streamBridge.send(event.topic(), built)) {
            throw new IllegalStateException("Kafka did not accept event " + event.eventId() + " for " + event.topic());
        }
    }
}
