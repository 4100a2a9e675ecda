package vn.thidua.notification.sms.text;

import java.util.Optional;

/**
 * Vietnamese phone numbers in the international form SMS providers take: "0912 345 678",
 * "+84 912 345 678" and "84912345678" all become 84912345678.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The number as 84…, or empty when it is not a plausible phone number. */
    public static Optional<String> international(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String digits = phone.replaceAll("[\\s.()\\-]", "");
        if (digits.startsWith("+")) {
            digits = digits.substring(1);
        } else if (digits.startsWith("0")) {
            digits = "84" + digits.substring(1);
        }
        return digits.matches("\\d{9,15}") ? Optional.of(digits) : Optional.empty();
    }
}
