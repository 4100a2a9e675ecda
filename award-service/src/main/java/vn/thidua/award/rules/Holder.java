package vn.thidua.award.rules;

import vn.thidua.contracts.award.NomineeKind;

/**
 * Who holds titles: a collective is its unit; an individual is a person of a unit, known by the
 * normalised name key (case and spacing ignored, diacritics kept). {@code nameKey} is empty for a
 * collective.
 */
public record Holder(NomineeKind kind, String unitId, String nameKey) {

    public Holder {
        nameKey = kind == NomineeKind.COLLECTIVE || nameKey == null ? "" : nameKey;
    }
}
