package vn.thidua.portal.services;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Each service's operations API ({@code /api/admin/**}, from eventing; ADMIN only): the outbox
 * backlog, the dead letters with their reasons and decisions, replay or discard of one (audited by
 * the service), and the consumer groups' lag with the last event seen per topic.
 */
@Component
public class OperationsApi {

    private final ServiceClients clients;

    public OperationsApi(ServiceClients clients) {
        this.clients = clients;
    }

    public Outbox outbox(PlatformService service) {
        return Calls.call(service.applicationName(), () -> clients.of(service).get().uri("/api/admin/outbox")
                .retrieve().body(Outbox.class));
    }

    /** The dead letters awaiting a decision ({@code PENDING}) or all of them, one page per dead-letter topic. */
    public List<DeadLetterTopic> deadLetters(PlatformService service, String state) {
        DeadLetterTopic[] found = Calls.call(service.applicationName(), () -> clients.of(service).get()
                .uri(uri -> uri.path("/api/admin/dead-letters").queryParam("state", state).queryParam("size", 50).build())
                .retrieve().body(DeadLetterTopic[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    public List<ConsumerGroup> consumers(PlatformService service) {
        ConsumerGroup[] found = Calls.call(service.applicationName(), () -> clients.of(service).get()
                .uri("/api/admin/consumers").retrieve().body(ConsumerGroup[].class));
        return found == null ? List.of() : Arrays.asList(found);
    }

    /** Republishes one dead letter to its original topic (once). */
    public void replay(PlatformService service, String topic, int partition, long offset) {
        Calls.call(service.applicationName(), () -> clients.of(service).post()
                .uri("/api/admin/dead-letters/{topic}/{partition}/{offset}/replay", topic, partition, offset)
                .retrieve().toBodilessEntity());
    }

    /** Marks one dead letter never to be replayed, with the operator's reason. */
    public void discard(PlatformService service, String topic, int partition, long offset, String reason) {
        Calls.call(service.applicationName(), () -> clients.of(service).post()
                .uri("/api/admin/dead-letters/{topic}/{partition}/{offset}/discard", topic, partition, offset)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", reason == null ? "" : reason.strip()))
                .retrieve().toBodilessEntity());
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outbox(boolean relayRunning, List<OutboxCollection> collections) {

        public Outbox {
            collections = collections == null ? List.of() : List.copyOf(collections);
        }

        public long pending() {
            return collections.stream().mapToLong(OutboxCollection::pending).sum();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record OutboxCollection(String collection, long pending, Oldest oldest) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Oldest(String eventId, String type, String topic, String aggregateId, Instant recordedAt,
            double ageSeconds) {
    }

    /** One dead-letter topic: what feeds it, how many records, how many await a decision, one page of them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadLetterTopic(String topic, String group, long records, long pending, List<Entry> items) {

        public DeadLetterTopic {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(DeadLetter letter, Decision decision) {

        public boolean undecided() {
            return decision == null;
        }
    }

    /** A record on a dead-letter topic: where it is, the event, why it failed, where it came from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DeadLetter(String deadLetterTopic, int partition, long offset, Instant timestamp, String key,
            String ceId, String ceType, String reason, String exceptionClass, String originalTopic, String payload,
            boolean payloadTruncated) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Decision(String state, Instant at, String actor, String reason, String republishedTo) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ConsumerGroup(String group, List<String> bindings, List<TopicLag> topics) {

        public ConsumerGroup {
            bindings = bindings == null ? List.of() : List.copyOf(bindings);
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TopicLag(String topic, long lag, LastEvent lastEvent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LastEvent(String type, String eventId, Instant at) {
    }
}
