package vn.thidua.campaign.letter;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The place name a letter is dated at, from the name of the province's People's Committee the
 * agency belongs to: "UBND TỈNH QUẢNG NGÃI" → "Quảng Ngãi" (Decree 30/2020: the province's name).
 */
final class PlaceNames {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern PROVINCE = Pattern.compile(
            "(?iu)^\\s*(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\\s+(TỈNH|THÀNH PHỐ|TP\\.?)\\s+(.+?)\\s*$");

    private PlaceNames() {
    }

    static Optional<String> fromParentBody(String parentBody) {
        if (parentBody == null) {
            return Optional.empty();
        }
        Matcher matcher = PROVINCE.matcher(parentBody);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String name = titleCase(matcher.group(2));
        boolean city = !matcher.group(1).toUpperCase(VIETNAMESE).equals("TỈNH");
        // Decree 30 writes the city's full name for Ho Chi Minh City ("Thành phố Hồ Chí Minh, ngày …").
        return Optional.of(city && name.equals("Hồ Chí Minh") ? "Thành phố Hồ Chí Minh" : name);
    }

    /** "QUẢNG NGÃI" → "Quảng Ngãi", "BÀ RỊA - VŨNG TÀU" → "Bà Rịa - Vũng Tàu". */
    private static String titleCase(String upper) {
        return Arrays.stream(upper.strip().toLowerCase(VIETNAMESE).split("\\s+"))
                .map(word -> word.isEmpty() ? word
                        : word.substring(0, 1).toUpperCase(VIETNAMESE) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
