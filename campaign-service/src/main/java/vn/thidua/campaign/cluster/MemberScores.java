package vn.thidua.campaign.cluster;

import java.time.Instant;
import java.util.List;

/**
 * One member's scores of a year: its self-assessment (tự chấm), then the scores the head unit or the
 * organiser agreed (điểm thống nhất), which the ranking uses.
 */
public record MemberScores(String unitId, List<CriterionScore> selfScores, Instant selfSubmittedAt,
        String selfSubmittedBy, List<CriterionScore> agreedScores, Instant agreedAt, String agreedBy) {

    static MemberScores none(String unitId) {
        return new MemberScores(unitId, null, null, null, null, null, null);
    }

    MemberScores withSelf(List<CriterionScore> scores, Instant at, String by) {
        return new MemberScores(unitId, scores, at, by, agreedScores, agreedAt, agreedBy);
    }

    MemberScores withAgreed(List<CriterionScore> scores, Instant at, String by) {
        return new MemberScores(unitId, selfScores, selfSubmittedAt, selfSubmittedBy, scores, at, by);
    }

    public boolean isAgreed() {
        return agreedScores != null;
    }
}
