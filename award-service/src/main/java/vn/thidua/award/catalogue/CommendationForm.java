package vn.thidua.award.catalogue;

import java.util.Set;

import vn.thidua.contracts.award.NomineeKind;

/**
 * One title or commendation form that can be proposed, e.g. {@code GIAY_KHEN} "Giấy khen".
 *
 * @param nomineeKinds whether it is given to collectives (tập thể), individuals (cá nhân) or both
 * @param conferredBy  who confers it, in Vietnamese
 * @param proposedOnly  a high honour (khen cao) a superior confers: the agency only proposes it, after
 *                      its council, and forwards it upward; it never decides it itself
 */
public record CommendationForm(String code, String name, FormCategory category, Set<NomineeKind> nomineeKinds,
        String conferredBy, Boolean proposedOnly) {

    public CommendationForm {
        nomineeKinds = Set.copyOf(nomineeKinds);
        proposedOnly = Boolean.TRUE.equals(proposedOnly);
    }

    public CommendationForm(String code, String name, FormCategory category, Set<NomineeKind> nomineeKinds,
            String conferredBy) {
        this(code, name, category, nomineeKinds, conferredBy, false);
    }

    /** Whether the agency only proposes it (a superior confers it). */
    public boolean conferredAbove() {
        return proposedOnly;
    }

    public boolean appliesTo(NomineeKind kind) {
        return nomineeKinds.contains(kind);
    }
}
