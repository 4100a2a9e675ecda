package vn.thidua.award.rules;

import java.util.List;

/**
 * What a rule set says about one title or form of the catalogue ({@code code}): its eligibility
 * criteria, the council vote, whether the nominee list must be disclosed first, and its reward.
 * {@code vote} is null where the head of the agency decides without a council vote; with a vote
 * rule, {@code councilRequired} says whether the decision must wait for the council's approval
 * (true) or the council votes only on what the office puts on its agenda (false, e.g. Giấy khen
 * of a department director).
 */
public record FormRule(String code, List<Criterion> criteria, VoteRule vote, Boolean disclosureRequired,
        RewardMultiple reward, Boolean councilRequired) {

    public FormRule {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        disclosureRequired = Boolean.TRUE.equals(disclosureRequired);
        councilRequired = Boolean.TRUE.equals(councilRequired);
    }

    public FormRule(String code, List<Criterion> criteria, VoteRule vote, Boolean disclosureRequired,
            RewardMultiple reward) {
        this(code, criteria, vote, disclosureRequired, reward, false);
    }

    /** Whether a decision needs the council's approval first. */
    public boolean needsCouncil() {
        return councilRequired;
    }
}
