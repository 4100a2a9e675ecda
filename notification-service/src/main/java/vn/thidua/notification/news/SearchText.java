package vn.thidua.notification.news;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import vn.thidua.notification.sms.text.VietnameseText;

/**
 * Text folded for accent-insensitive search: lower case, without diacritics (đ → d), single spaces,
 * so "thi dua" finds "Thi đua" and "THI ĐUA". The stored field and the query go through the same fold.
 */
final class SearchText {

    private SearchText() {
    }

    static String fold(String... parts) {
        String joined = Arrays.stream(parts).filter(Objects::nonNull).collect(Collectors.joining(" "));
        return VietnameseText.stripDiacritics(joined).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** The words of a query, folded; empty for a blank query. */
    static List<String> words(String query) {
        String folded = query == null ? "" : fold(query);
        return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
    }
}
