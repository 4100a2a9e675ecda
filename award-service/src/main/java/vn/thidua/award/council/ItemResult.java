package vn.thidua.award.council;

/**
 * The result of the vote on one agenda item, with the figures the minutes print: approvals and
 * rejections, ballots cast (equal to the has-voted markers, checked), the recused, the denominator
 * the rule counts against, whether the share was reached, and the digest of the papers, which anyone
 * holding the published papers can recompute.
 */
public record ItemResult(
        String nominationId,
        String nominee,
        String formName,
        boolean secret,
        int approvals,
        int rejections,
        int ballotsCast,
        int recused,
        int denominator,
        String base,
        String requiredShare,
        boolean passed,
        String tallyDigest,
        String summary) {
}
