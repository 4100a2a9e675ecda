package vn.thidua.award.rules;

/**
 * How the council votes on a title or form: the approval {@code share}, counted against all
 * members (including absentees who may vote in writing) or only those present, open or secret.
 */
public record VoteRule(Share share, VoteBase base, boolean secret) {

    /** The denominator of the approval share. */
    public enum VoteBase {
        ALL_MEMBERS,
        PRESENT_MEMBERS
    }
}
