package vn.thidua.infra.standin;

import java.time.Instant;
import java.util.List;

/**
 * One message as the mail stand-in's HTTP listing shows it.
 *
 * @param to the addresses the message was delivered to (its SMTP envelope recipients)
 * @param text the text/plain body, if any
 * @param html the text/html body, if any
 */
public record ReceivedMail(
        String id,
        String from,
        List<String> to,
        String subject,
        String text,
        String html,
        Instant receivedAt) {

    public boolean isAddressedTo(String address) {
        return to.stream().anyMatch(recipient -> recipient.equalsIgnoreCase(address.trim()));
    }
}
