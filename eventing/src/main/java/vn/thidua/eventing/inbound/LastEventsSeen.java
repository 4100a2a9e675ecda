package vn.thidua.eventing.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last event each consumer group of this replica received per topic (type, id, when), kept in memory by
 * {@link EventHandlingInterceptor} for the admin API: one map write per delivery, nothing stored. Each replica
 * knows what it received itself, so the answer depends on which replica is asked and starts empty after a restart.
 */
public class LastEventsSeen {

    /** An event as it arrived at a binding. */
    public record Seen(String type, String eventId, Instant at, String binding) {
    }

    private final Clock clock;
    private final Map<String, Seen> byGroupAndTopic = new ConcurrentHashMap<>();

    public LastEventsSeen(Clock clock) {
        this.clock = clock;
    }

    public void seen(String group, String topic, String type, String eventId, String binding) {
        if (topic != null) {
            byGroupAndTopic.put(key(group, topic), new Seen(type, eventId, clock.instant(), binding));
        }
    }

    public Optional<Seen> last(String group, String topic) {
        return Optional.ofNullable(byGroupAndTopic.get(key(group, topic)));
    }

    private static String key(String group, String topic) {
        return group + '\u0000' + topic;
    }
}
