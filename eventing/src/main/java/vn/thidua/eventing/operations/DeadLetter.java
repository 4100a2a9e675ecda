package vn.thidua.eventing.operations;

import java.time.Instant;

/**
 * A record on a dead-letter topic as the admin API shows it: where it is, what event it was, why it failed
 * (the binder's {@code x-exception-*} headers), where it came from ({@code x-original-*}), and its payload
 * cut to a readable length. The payload may hold personal data: only ADMIN sees it.
 */
public record DeadLetter(String deadLetterTopic, int partition, long offset, Instant timestamp, String key,
        String ceId, String ceType, String reason, String exceptionClass, String originalTopic,
        Integer originalPartition, Long originalOffset, Instant originalTimestamp, String payload,
        boolean payloadTruncated, int payloadBytes) {

    /** {@code <dead-letter topic>/<partition>/<offset>}: the record's identity, also its decision's id. */
    public String id() {
        return id(deadLetterTopic, partition, offset);
    }

    public static String id(String deadLetterTopic, int partition, long offset) {
        return deadLetterTopic + "/" + partition + "/" + offset;
    }
}
