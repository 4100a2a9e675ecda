package vn.thidua.reporting.report;

/**
 * A unit report's state. EXPECTED once the movement is launched; SUBMITTED by the unit; the office
 * then RETURNs it for revision (the unit resubmits a new version) or ACCEPTs it.
 */
public enum ReportStatus {
    EXPECTED, SUBMITTED, RETURNED, ACCEPTED;

    /** Whether the report counts as handed in (a returned report must come back first). */
    public boolean countsAsSubmitted() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
