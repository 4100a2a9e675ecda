package vn.thidua.eventing.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

import tools.jackson.core.JacksonException;
import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.EventType;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.EventJson;

/**
 * Decodes a Kafka message in CloudEvents binary mode into its contract record. Unknown types are
 * skipped (logged and counted) so producers can add types before consumers learn them; anything
 * unreadable is a {@link MalformedEventException}, bound for the dead-letter topic, and counted in
 * {@code thidua.events.malformed}.
 */
public class EventReader {

    public static final String UNKNOWN = "thidua.events.unknown";
    public static final String MALFORMED = "thidua.events.malformed";
    private static final Logger log = LoggerFactory.getLogger(EventReader.class);

    private final MeterRegistry meters;

    public EventReader(MeterRegistry meters) {
        this.meters = meters;
    }

    public Optional<InboundEvent> read(Message<byte[]> message) {
        try {
            return decode(message);
        } catch (MalformedEventException e) {
            String type = header(message, CloudEventHeaders.TYPE);
            meters.counter(MALFORMED, "type", type == null ? "none" : type,
                    "topic", String.valueOf(header(message, KafkaHeaders.RECEIVED_TOPIC))).increment();
            throw e;
        }
    }

    private Optional<InboundEvent> decode(Message<byte[]> message) {
        String type = required(message, CloudEventHeaders.TYPE);
        String id = required(message, CloudEventHeaders.ID);
        Optional<EventType> known = EventCatalog.byCeType(type);
        if (known.isEmpty()) {
            log.info("Skipping event {} of unknown type {}", id, type);
            meters.counter(UNKNOWN, "type", type).increment();
            return Optional.empty();
        }
        byte[] payload = message.getPayload();
        IntegrationEvent data;
        try {
            data = EventJson.MAPPER.readValue(payload, known.get().recordType());
        } catch (JacksonException e) {
            throw new MalformedEventException("Event " + id + " (" + type + ") has unreadable data: "
                    + e.getOriginalMessage(), e);
        }
        if (data == null) {
            throw new MalformedEventException("Event " + id + " (" + type + ") has no data");
        }
        return Optional.of(new InboundEvent(id, type, header(message, CloudEventHeaders.SOURCE),
                header(message, CloudEventHeaders.SUBJECT), time(message, id), data,
                header(message, CloudEventHeaders.ACTOR), header(message, CloudEventHeaders.ACTOR_UNIT)));
    }

    private static Instant time(Message<byte[]> message, String id) {
        String value = header(message, CloudEventHeaders.TIME);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("Event " + id + " has an invalid ce_time: " + value, e);
        }
    }

    private static String required(Message<byte[]> message, String name) {
        String value = header(message, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Message lacks the CloudEvents header " + name + " (headers: "
                    + message.getHeaders().keySet() + ")");
        }
        return value;
    }

    /**
     * Headers arrive as raw bytes from Kafka, or as strings when mapped; accept both. Spring Cloud
     * Function renames inbound {@code ce_x} headers to its canonical {@code ce-x}; accept both too.
     */
    public static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null && name.startsWith("ce_")) {
            value = message.getHeaders().get("ce-" + name.substring(3));
        }
        return switch (value) {
            case null -> null;
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            default -> value.toString();
        };
    }
}
