package vn.thidua.award.rules;

/**
 * The kinds of eligibility criterion a rule set can state; {@link Eligibility} has one evaluator
 * for each, reading its numbers from the {@link Criterion}.
 */
public enum CriterionKind {
    /** The holder holds (or is nominated for) {@code title} in the same year, e.g. LĐTT for CSTĐCS. */
    TITLE_IN_YEAR("title-required"),
    /** The holder held {@code title} in each of the {@code years} years ending with this one. */
    CONSECUTIVE_YEARS("not-consecutive"),
    /** Excellent duty, or an innovation recognised at least at {@code scope}. */
    EXCELLENT_DUTY_OR_INNOVATION("innovation-required"),
    /** An innovation applied at least at {@code scope}. */
    INNOVATION("innovation-required"),
    /** The unit's holders of the nominated title stay within {@code share} of its holders of {@code title}. */
    QUOTA("quota-exceeded"),
    /** The members counted by {@code count} reach {@code share} of all members. */
    MEMBER_SHARE("share-too-low"),
    /** At least {@code minimum} members counted by {@code count}. */
    MIN_MEMBERS("members-too-few");

    private final String defaultCode;

    CriterionKind(String defaultCode) {
        this.defaultCode = defaultCode;
    }

    public String defaultCode() {
        return defaultCode;
    }

    /** Whether the criterion needs the collective's member counts. */
    public boolean needsMembers() {
        return this == MEMBER_SHARE || this == MIN_MEMBERS;
    }
}
