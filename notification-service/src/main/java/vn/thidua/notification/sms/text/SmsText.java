package vn.thidua.notification.sms.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An SMS as it will be sent: the text (without diacritics unless the recipient chose Unicode), the
 * encoding it needs (GSM-7 when every character fits, else UCS-2) and its parts. A part never splits
 * a GSM escape pair nor a UTF-16 surrogate pair.
 *
 * @param text     the text sent
 * @param encoding GSM7 or UCS2
 * @param parts    the text of each segment, in order; one when it fits a single message
 */
public record SmsText(String text, SmsEncoding encoding, List<String> parts) {

    public SmsText {
        parts = List.copyOf(parts);
    }

    /**
     * @param unicode whether the recipient opted in to Unicode (diacritics kept); otherwise they are
     *                stripped, and the text goes as GSM-7 if it then fits the alphabet
     */
    public static SmsText of(String text, boolean unicode) {
        String body = normalise(unicode ? text : VietnameseText.stripDiacritics(text));
        SmsEncoding encoding = GsmAlphabet.canEncode(body) ? SmsEncoding.GSM7 : SmsEncoding.UCS2;
        return new SmsText(body, encoding, split(body, encoding));
    }

    public int segments() {
        return parts.size();
    }

    /** Each part's payload: unpacked septets (GSM-7) or UTF-16BE (UCS-2), without any header. */
    public List<byte[]> payloads() {
        return parts.stream().map(part -> encoding == SmsEncoding.GSM7 ? GsmAlphabet.encode(part)
                : part.getBytes(StandardCharsets.UTF_16BE)).toList();
    }

    /**
     * The short_message of each submit_sm: the payload alone for a single message, else a 6-octet
     * user data header (IEI 0x00, 8-bit reference, total, sequence) before each part.
     */
    public List<byte[]> shortMessages(int reference) {
        List<byte[]> payloads = payloads();
        if (payloads.size() == 1) {
            return payloads;
        }
        List<byte[]> messages = new ArrayList<>(payloads.size());
        for (int i = 0; i < payloads.size(); i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(0x05);
            out.write(0x00);
            out.write(0x03);
            out.write(reference & 0xFF);
            out.write(payloads.size());
            out.write(i + 1);
            out.writeBytes(payloads.get(i));
            messages.add(out.toByteArray());
        }
        return messages;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").strip();
    }

    private static List<String> split(String text, SmsEncoding encoding) {
        if (size(text, encoding) <= encoding.single()) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        int used = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int cost = encoding == SmsEncoding.GSM7 ? GsmAlphabet.septets(c) : 1;
            boolean pairStart = encoding == SmsEncoding.UCS2 && Character.isHighSurrogate(c);
            int needed = pairStart ? 2 : cost;
            if (used + needed > encoding.part()) {
                parts.add(text.substring(start, i));
                start = i;
                used = 0;
            }
            used += cost;
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static int size(String text, SmsEncoding encoding) {
        return encoding == SmsEncoding.GSM7 ? GsmAlphabet.septets(text) : text.length();
    }
}
