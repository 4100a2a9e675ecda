package vn.thidua.campaign.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Accent-insensitive search keys for Vietnamese: "Thi Đua" and "thi dua" both become "thi dua".
 * Stored next to the text they index, and applied to queries the same way.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    /** Punctuation and spaces separate words; "Thi đua – Khen thưởng" is found by "thi dua khen thuong". */
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VietnameseText() {
    }

    /** Lower case, no diacritics (đ → d, which Unicode does not decompose), words separated by single spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String withoutD = text.replace('đ', 'd').replace('Đ', 'D');
        String stripped = COMBINING_MARKS.matcher(Normalizer.normalize(withoutD, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** One search key for several texts, e.g. a title and a theme. */
    public static String searchKey(String... texts) {
        return Arrays.stream(texts)
                .filter(Objects::nonNull)
                .map(VietnameseText::normalise)
                .filter(text -> !text.isEmpty())
                .collect(Collectors.joining(" | "));
    }

    /** The regular expression that finds a normalised query anywhere in a search key. */
    public static String containsPattern(String query) {
        return Pattern.quote(normalise(query));
    }
}
