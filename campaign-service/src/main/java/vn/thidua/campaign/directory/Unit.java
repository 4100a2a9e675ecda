package vn.thidua.campaign.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.thidua.campaign.common.VietnameseText;

/**
 * A unit of an agency (phòng, đơn vị trực thuộc) and the contact its notices go to. {@code searchKey}
 * is its name and code without diacritics, for accent-insensitive search. {@code validFrom} and
 * {@code validTo} (inclusive, both optional) bound when the unit exists: once {@code validTo} has
 * passed the unit is history, kept for the records made while it existed.
 */
public record Unit(String code, String name, String headName, String email, String phone, LocalDate validFrom,
        LocalDate validTo, String searchKey) {

    /** A unit with no validity bounds. */
    public static Unit of(String code, String name, String headName, String email, String phone) {
        return of(code, name, headName, email, phone, null, null);
    }

    /** A unit as described by a user: surrounding spaces dropped, empty optional fields left out. */
    public static Unit of(String code, String name, String headName, String email, String phone, LocalDate validFrom,
            LocalDate validTo) {
        String cleanName = blankToNull(name);
        String cleanCode = blankToNull(code);
        return new Unit(cleanCode, cleanName, blankToNull(headName), blankToNull(email), blankToNull(phone), validFrom,
                validTo, VietnameseText.searchKey(cleanName, cleanCode));
    }

    /** Whether the unit had ceased to exist by this day (it was valid through {@code validTo}). */
    public boolean isHistoryOn(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    /** The names of the fields (as in UnitChanged) whose value differs from {@code before}. */
    List<String> changesFrom(Unit before) {
        List<String> changed = new ArrayList<>();
        addIfChanged(changed, "name", before.name, name);
        addIfChanged(changed, "headName", before.headName, headName);
        addIfChanged(changed, "email", before.email, email);
        addIfChanged(changed, "phone", before.phone, phone);
        addIfChanged(changed, "validFrom", before.validFrom, validFrom);
        addIfChanged(changed, "validTo", before.validTo, validTo);
        return changed;
    }

    boolean sameDetailsAs(Unit other) {
        return Objects.equals(code, other.code) && changesFrom(other).isEmpty();
    }

    private static void addIfChanged(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
