package vn.thidua.award.nomination;

/**
 * The number and symbol of a commendation decision (Decree 30/2020): {@code <n>/QĐ-<issuer>}, e.g.
 * {@code 15/QĐ-SNNMT}; n is unique per issuing agency per calendar year and restarts on 1 January.
 */
public record DecisionNumber(long sequence, String issuerAbbreviation) {

    public DecisionNumber {
        if (sequence < 1) {
            throw new IllegalArgumentException("A decision number starts at 1, not " + sequence);
        }
        if (issuerAbbreviation == null || issuerAbbreviation.isBlank()) {
            throw new IllegalArgumentException("A decision number needs its issuer's abbreviation");
        }
    }

    /** The counter the sequence comes from: one per agency and calendar year. */
    public static String counterName(String agencyCode, int year) {
        return "decision:" + agencyCode + ":" + year;
    }

    @Override
    public String toString() {
        return sequence + "/QĐ-" + issuerAbbreviation;
    }
}
