package vn.thidua.eventing.inbound;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.MDC;
import org.springframework.core.env.Environment;
import org.springframework.integration.support.context.NamedComponent;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.support.ChannelInterceptor;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.eventing.CloudEventHeaders;

/**
 * Around every delivery to a consumer binding ({@code *-in-*} channels, which call the consumer
 * directly, so this spans exactly one handling attempt): puts the event's id and type into the
 * logging context ({@code eventId}, {@code eventType}, next to Boot's {@code traceId} and
 * {@code spanId}) and takes them out after, and counts each successful handling in
 * {@code thidua.events.consumed} by type, binding, group and outcome ({@code applied}, or
 * {@code skipped-unknown} for types this service does not know). A failed attempt is not counted:
 * the binder retries it, or sends it to the dead-letter topic. With a {@link LastEventsSeen}, it also notes
 * every event received (handled or not) as the last one of its group and topic.
 */
public class EventHandlingInterceptor implements ChannelInterceptor {

    public static final String CONSUMED = "thidua.events.consumed";
    public static final String MDC_EVENT_ID = "eventId";
    public static final String MDC_EVENT_TYPE = "eventType";

    private final MeterRegistry meters;
    private final Environment environment;
    private final LastEventsSeen lastSeen;
    private final Map<String, String> groups = new ConcurrentHashMap<>();

    public EventHandlingInterceptor(MeterRegistry meters, Environment environment) {
        this(meters, environment, null);
    }

    /** Also notes the last event each group received per topic, for the admin API ({@code GET /api/admin/consumers}). */
    public EventHandlingInterceptor(MeterRegistry meters, Environment environment, LastEventsSeen lastSeen) {
        this.meters = meters;
        this.environment = environment;
        this.lastSeen = lastSeen;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        String id = EventReader.header(message, CloudEventHeaders.ID);
        String type = EventReader.header(message, CloudEventHeaders.TYPE);
        putOrRemove(MDC_EVENT_ID, id);
        putOrRemove(MDC_EVENT_TYPE, type);
        if (lastSeen != null) {
            String binding = bindingName(channel);
            lastSeen.seen(group(message, binding), EventReader.header(message, KafkaHeaders.RECEIVED_TOPIC), type, id,
                    binding);
        }
        return message;
    }

    @Override
    public void afterSendCompletion(Message<?> message, MessageChannel channel, boolean sent, Exception failure) {
        try {
            String type = EventReader.header(message, CloudEventHeaders.TYPE);
            if (sent && failure == null && type != null) {
                String binding = bindingName(channel);
                String outcome = EventCatalog.byCeType(type).isPresent() ? "applied" : "skipped-unknown";
                meters.counter(CONSUMED, "type", type, "binding", binding, "group", group(message, binding),
                        "outcome", outcome).increment();
            }
        } finally {
            MDC.remove(MDC_EVENT_ID);
            MDC.remove(MDC_EVENT_TYPE);
        }
    }

    private static String bindingName(MessageChannel channel) {
        return channel instanceof NamedComponent named ? named.getBeanName() : String.valueOf(channel);
    }

    private String group(Message<?> message, String binding) {
        String group = EventReader.header(message, KafkaHeaders.GROUP_ID);
        if (group != null) {
            return group;
        }
        return groups.computeIfAbsent(binding,
                name -> environment.getProperty("spring.cloud.stream.bindings." + name + ".group", "none"));
    }

    private static void putOrRemove(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
