package vn.thidua.notification.sms.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Vietnamese text as an SMS without diacritics ("tiếng Việt không dấu"): every tone and vowel mark
 * removed, đ → d and Đ → D (which Unicode does not decompose, so they are mapped by hand). The
 * common, cheaper default: such a text fits the GSM 7-bit alphabet, 160 characters a segment
 * instead of 70.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    private VietnameseText() {
    }

    public static String stripDiacritics(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String stripped = COMBINING_MARKS.matcher(decomposed).replaceAll("");
        // Typographic punctuation the GSM alphabet lacks, in the forms people would type.
        return Normalizer.normalize(stripped, Normalizer.Form.NFC)
                .replace('–', '-').replace('—', '-')
                .replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'')
                .replace("…", "...");
    }
}
