package vn.thidua.award.rules;

import java.util.List;

/**
 * What a rule set says about one title or form of the catalogue ({@code code}): its eligibility
 * criteria, the council vote, whether the nominee list must be disclosed first, and its reward.
 * {@code vote} is null where the head of the unit decides without a council vote.
 */
public record FormRule(String code, List<Criterion> criteria, VoteRule vote, Boolean disclosureRequired,
        RewardMultiple reward) {

    public FormRule {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        disclosureRequired = Boolean.TRUE.equals(disclosureRequired);
    }
}
