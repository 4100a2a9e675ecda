package vn.thidua.eventing.outbox;

import java.nio.charset.StandardCharsets;

import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import vn.thidua.eventing.CloudEventHeaders;

/**
 * Sends through Spring Cloud Stream to the event's topic in CloudEvents binary mode, keyed by the
 * aggregate id. The producer bindings are synchronous (see eventing-defaults.properties), so a
 * failed send throws and the event stays in the outbox.
 */
public class KafkaEventPublisher implements EventPublisher {

    private final StreamBridge streamBridge;

    public KafkaEventPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    @Override
    public void publish(OutboxEvent event) {
        Message<byte[]> message = MessageBuilder.withPayload(event.data().getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, event.aggregateId().getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0)
                .setHeader(CloudEventHeaders.ID, event.eventId())
                .setHeader(CloudEventHeaders.SOURCE, event.source())
                .setHeader(CloudEventHeaders.TYPE, event.type())
                .setHeader(CloudEventHeaders.TIME, event.time().toString())
                .setHeader(CloudEventHeaders.SUBJECT, event.aggregateId())
                .setHeader(CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON)
                .build();
        if (!streamBridge.send(event.topic(), message)) {
            throw new IllegalStateException("Kafka did not accept event " + event.eventId() + " for " + event.topic());
        }
    }
}
