package vn.thidua.notification.sms.sink;

import java.time.Instant;
import java.util.List;

/**
 * One SMS the local sink received, its parts put together.
 *
 * @param to          the destination number
 * @param from        the sender (brand name)
 * @param text        the decoded text
 * @param dataCoding  0 (GSM-7) or 8 (UCS-2)
 * @param segments    how many submit_sm carried it
 * @param concatenated whether the parts carried a user data header
 * @param messageIds  the ids the sink gave each part
 * @param receipt     the receipt sent back: DELIVRD, UNDELIV, or none
 */
public record SinkMessage(String to, String from, String text, int dataCoding, int segments, boolean concatenated,
        List<String> messageIds, String receipt, Instant receivedAt) {
}
