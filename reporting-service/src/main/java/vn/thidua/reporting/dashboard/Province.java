package vn.thidua.reporting.dashboard;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The province a movement belongs to, read from the name of its issuing agency's parent body
 * ("UBND TỈNH QUẢNG NGÃI", "Ủy ban nhân dân thành phố Cần Thơ") or, for a provincial committee's own
 * movement, from the agency's name. Filters match it by {@link #key}, so "quang ngai", "Quảng Ngãi"
 * and "QUẢNG NGÃI" are the same province.
 *
 * @param name the province's name in title case, without "tỉnh" / "thành phố" (e.g. "Quảng Ngãi")
 * @param key  the accent-free, lower-case form filters compare (e.g. "quang-ngai")
 */
public record Province(String name, String key) {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    /** Words that introduce the body ("UBND", "Ủy ban nhân dân", "HĐND"), compared by key. */
    private static final List<List<String>> BODIES = List.of(List.of("ubnd"), List.of("uy", "ban", "nhan", "dan"),
            List.of("hdnd"), List.of("hoi", "dong", "nhan", "dan"));
    private static final List<List<String>> LEVELS = List.of(List.of("tinh"), List.of("thanh", "pho"), List.of("tp"));

    /** The province of the first of these names that is a provincial body's. */
    public static Optional<Province> of(String... bodyNames) {
        return Arrays.stream(bodyNames).map(Province::fromBodyName).flatMap(Optional::stream).findFirst();
    }

    /** "UBND TỈNH QUẢNG NGÃI" → Quảng Ngãi; a name that is not a provincial body's → empty. */
    static Optional<Province> fromBodyName(String bodyName) {
        if (bodyName == null || bodyName.isBlank()) {
            return Optional.empty();
        }
        List<String> words = Arrays.asList(Normalizer.normalize(bodyName.strip(), Normalizer.Form.NFC).split("\\s+"));
        int at = skip(words, 0, BODIES);
        if (at == 0) {
            return Optional.empty();
        }
        int rest = skip(words, at, LEVELS);
        if (rest == at || rest == words.size()) {
            return Optional.empty();
        }
        String name = words.subList(rest, words.size()).stream().map(Province::titleCase)
                .collect(Collectors.joining(" "));
        return Optional.of(new Province(name, key(name)));
    }

    /** Accent-free, lower-case, words joined by '-': the form filters and names are compared in. */
    public static String key(String text) {
        if (text == null) {
            return null;
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-|-$", "");
    }

    /** The position after one of the phrases if the words at {@code from} start with it, else {@code from}. */
    private static int skip(List<String> words, int from, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (from + phrase.size() <= words.size() && phrase.equals(
                    words.subList(from, from + phrase.size()).stream().map(Province::key).toList())) {
                return from + phrase.size();
            }
        }
        return from;
    }

    private static String titleCase(String word) {
        String lower = word.toLowerCase(VIETNAMESE);
        return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(VIETNAMESE) + lower.substring(1);
    }
}
