package vn.thidua.campaign.cluster;

/** How a criterion's points count toward the total. */
public enum CriterionKind {
    /** Scored by every member, added. */
    STANDARD,
    /** Điểm thưởng: optional, added. */
    BONUS,
    /** Điểm trừ: optional, subtracted. */
    PENALTY
}
