package vn.thidua.award.council;

/**
 * An absent member voted in writing: the secretary recorded it with the reference of the member's
 * signed form. The choice itself is only on the paper (and, for a secret ballot, not linked to it).
 */
public record WrittenVote(String member, String formReference, String recordedBy) {
}
