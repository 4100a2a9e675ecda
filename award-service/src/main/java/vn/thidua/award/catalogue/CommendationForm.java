package vn.thidua.award.catalogue;

import java.util.Set;

import vn.thidua.contracts.award.NomineeKind;

/**
 * One title or commendation form that can be proposed, e.g. {@code GIAY_KHEN} "Giấy khen".
 *
 * @param nomineeKinds whether it is given to collectives (tập thể), individuals (cá nhân) or both
 * @param conferredBy  who confers it, in Vietnamese (informative until rule sets arrive)
 */
public record CommendationForm(String code, String name, FormCategory category, Set<NomineeKind> nomineeKinds,
        String conferredBy) {

    public CommendationForm {
        nomineeKinds = Set.copyOf(nomineeKinds);
    }

    public boolean appliesTo(NomineeKind kind) {
        return nomineeKinds.contains(kind);
    }
}
