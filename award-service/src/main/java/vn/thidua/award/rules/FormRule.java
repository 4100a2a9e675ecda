package vn.thidua.award.rules;

import java.util.List;

import vn.thidua.award.dossier.DossierItem;

/**
 * What a rule set says about one title or form of the catalogue ({@code code}): its eligibility
 * criteria, the council vote, whether the nominee list must be disclosed first, and its reward.
 * {@code vote} is null where the head of the agency decides without a council vote; with a vote
 * rule, {@code councilRequired} says whether the decision must wait for the council's approval
 * (true) or the council votes only on what the office puts on its agenda (false, e.g. Giấy khen
 * of a department director). {@code dossier} lists the items the unit must upload before it submits
 * (none where the version states none). {@code consultationRequired}: a high honour the agency proposes
 * upward is forwarded only after consulting the agencies concerned (hiệp y).
 */
public record FormRule(String code, List<Criterion> criteria, VoteRule vote, Boolean disclosureRequired,
        RewardMultiple reward, Boolean councilRequired, List<DossierItem> dossier, Boolean consultationRequired) {

    public FormRule {
        consultationRequired = Boolean.TRUE.equals(consultationRequired);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        dossier = dossier == null ? List.of() : List.copyOf(dossier);
        disclosureRequired = Boolean.TRUE.equals(disclosureRequired);
        councilRequired = Boolean.TRUE.equals(councilRequired);
    }

    public FormRule(String code, List<Criterion> criteria, VoteRule vote, Boolean disclosureRequired,
            RewardMultiple reward) {
        this(code, criteria, vote, disclosureRequired, reward, false, null, false);
    }

    public FormRule(String code, List<Criterion> criteria, VoteRule vote, Boolean disclosureRequired,
            RewardMultiple reward, Boolean councilRequired) {
        this(code, criteria, vote, disclosureRequired, reward, councilRequired, null, false);
    }

    /** Whether a decision needs the council's approval first. */
    public boolean needsCouncil() {
        return councilRequired;
    }
}
