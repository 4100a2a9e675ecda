package vn.thidua.eventing.outbox;

import java.time.Instant;

/**
 * An event waiting in its aggregate's {@code pendingEvents} array. It is written in the same
 * document write as the state change that caused it, and removed once Kafka acknowledged it.
 *
 * @param eventId the CloudEvents id, unique per event; consumers dedupe on it
 * @param type    the CloudEvents type, e.g. {@code thidua.CampaignLaunched.v1}
 * @param topic   the Kafka topic
 * @param aggregateId the aggregate id: Kafka key and {@code ce_subject}
 * @param data    the event's JSON, exactly as it will be published
 */
public record OutboxEvent(String eventId, String type, String topic, String aggregateId, String source, Instant time, String data) {
}
