package vn.thidua.award.nomination;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.thidua.contracts.award.NomineeKind;

/**
 * What makes two nominations the same: movement, unit, kind, nominee and form. One achievement earns
 * one commendation, so a unique index on this key refuses the second. Names compare without case and
 * spacing differences but WITH their diacritics: "Lê Văn Đức" and "Lê Văn Dức" are different people.
 */
public final class NomineeKey {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NomineeKey() {
    }

    static String of(String campaignId, String unitId, NomineeKind kind, String nomineeName, String form) {
        return String.join("|", campaignId, unitId, kind.name(), normalise(nomineeName), form);
    }

    /** The name as a key: NFC, trimmed, single spaces, lower case (Vietnamese rules), diacritics kept. */
    public static String normalise(String name) {
        String composed = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
        return SPACES.matcher(composed).replaceAll(" ").toLowerCase(Locale.forLanguageTag("vi"));
    }
}
