package vn.thidua.reporting.report;

/** A numbered content of the movement (nội dung thi đua), copied so results can be checked against it. */
public record ReportContent(int number, String text) {
}
