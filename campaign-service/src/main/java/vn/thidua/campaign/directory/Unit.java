package vn.thidua.campaign.directory;

import java.util.Objects;

import vn.thidua.campaign.common.VietnameseText;

/**
 * A unit of an agency (phòng, đơn vị trực thuộc) and the contact its notices go to. {@code searchKey}
 * is its name and code without diacritics, for accent-insensitive search.
 */
public record Unit(String code, String name, String headName, String email, String phone, String searchKey) {

    /** A unit as described by a user: surrounding spaces dropped, empty optional fields left out. */
    public static Unit of(String code, String name, String headName, String email, String phone) {
        String cleanName = blankToNull(name);
        String cleanCode = blankToNull(code);
        return new Unit(cleanCode, cleanName, blankToNull(headName), blankToNull(email), blankToNull(phone),
                VietnameseText.searchKey(cleanName, cleanCode));
    }

    boolean sameDetailsAs(Unit other) {
        return Objects.equals(code, other.code) && Objects.equals(name, other.name)
                && Objects.equals(headName, other.headName) && Objects.equals(email, other.email)
                && Objects.equals(phone, other.phone);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
