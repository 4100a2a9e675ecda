package vn.thidua.reporting.report;

/** What the unit achieved for one numbered content. */
public record ContentResult(int contentNumber, String narrative) {
}
