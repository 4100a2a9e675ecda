package vn.thidua.notification.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.mail.from}: the sender, e.g. {@code Thi Đua <no-reply@thidua.local>}. Checked at
 * start; the display name is encoded as UTF-8 so "Đua" survives every mail client.
 */
@ConfigurationProperties("thidua.mail")
public record SenderProperties(@DefaultValue("Thi Đua <no-reply@thidua.local>") String from) {

    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]+)>\\s*$");

    public SenderProperties {
        fromAddress(from);
    }

    /** The sender as an address with a UTF-8 encoded display name. */
    public InternetAddress fromAddress() {
        return fromAddress(from);
    }

    private static InternetAddress fromAddress(String from) {
        Matcher matcher = NAME_AND_ADDRESS.matcher(from);
        String name = matcher.matches() ? matcher.group(1).strip() : null;
        String address = matcher.matches() ? matcher.group(2).strip() : from.strip();
        try {
            InternetAddress sender = new InternetAddress(address, name == null || name.isEmpty() ? null : name,
                    StandardCharsets.UTF_8.name());
            sender.validate();
            return sender;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("thidua.mail.from is not a valid sender: " + from, e);
        }
    }
}
