package vn.thidua.award.nomination;

/**
 * What the council's vote on a nomination gave: approvals out of the denominator the rule counts
 * against, whether that reached the required share, and the figures in words.
 */
public record CouncilOutcome(String sessionId, boolean passed, int approvals, int denominator, String summary) {
}
