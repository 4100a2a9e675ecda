package vn.thidua.award.rules;

/**
 * How the council votes on a title or form: the approval {@code share}, counted against all
 * members (including absentees who may vote in writing) or only those taking part, open or secret.
 * {@code excludeRecused}: a member who recuses themselves (conflict of interest) leaves the
 * denominator as well as the vote; unset means they do (the seeded rules say so explicitly).
 */
public record VoteRule(Share share, VoteBase base, boolean secret, Boolean excludeRecused) {

    /** The denominator of the approval share. */
    public enum VoteBase {
        /** Every member of the roster, present or not (absentees may vote in writing). */
        ALL_MEMBERS,
        /** The members taking part: present at the meeting or voting in writing. */
        PRESENT_MEMBERS
    }

    public VoteRule {
        excludeRecused = excludeRecused == null || excludeRecused;
    }

    public VoteRule(Share share, VoteBase base, boolean secret) {
        this(share, base, secret, true);
    }
}
