package vn.thidua.reporting.aggregate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.thidua.reporting.report.Figure;
import vn.thidua.reporting.report.ReportStatus;

/**
 * Báo cáo tổng hợp: for one movement, or for every movement a department issued in a year, who
 * reported (on time or late), who is missing, and what each unit achieved per numbered content, with
 * the figures added up across units. Built from the units' reports of one period (the final ones unless
 * asked) as they stand now.
 *
 * @param scope       what was aggregated
 * @param issuer      the issuing agency, as the letterhead names it
 * @param generatedAt when the figures were read
 * @param totals      the counts over every movement included
 * @param movements   one section per movement, in due-date then id order
 */
public record AggregateReport(Scope scope, Issuer issuer, Instant generatedAt, Counts totals,
        List<MovementResults> movements) {

    /**
     * A movement ({@code campaignId}) or a department's year ({@code agencyCode}, {@code year}), for one
     * reporting period ({@code periodId} FINAL, or an interim one such as INTERIM-1, named {@code periodName}).
     */
    public record Scope(Kind kind, String campaignId, String agencyCode, Integer year, String periodId,
            String periodName) {

        /** Whether the final reports (tổng kết) are aggregated, rather than interim ones (sơ kết). */
        public boolean finalReports() {
            return periodId == null || "FINAL".equals(periodId);
        }

        /** How the text names the reports: "báo cáo tổng kết" or "báo cáo sơ kết “Sơ kết 6 tháng đầu năm”". */
        public String reportsLabel() {
            return finalReports() ? "báo cáo tổng kết"
                    : "báo cáo sơ kết" + (periodName == null ? "" : " \u201C" + periodName + "\u201D");
        }

        public enum Kind {
            CAMPAIGN, AGENCY
        }
    }

    /**
     * @param abbreviation the agency's abbreviation for the document symbol (e.g. SNNMT in BC-SNNMT)
     * @param parentName   the body above it, e.g. "UBND TỈNH QUẢNG NGÃI"; null when unknown
     * @param place        the place name of the date line (the province), null when unknown
     */
    public record Issuer(String agencyCode, String agencyName, String abbreviation, String parentName, String place) {
    }

    /**
     * {@code expected = submitted + notSubmitted}; {@code submitted = onTime + late};
     * {@code overdue} are the not-submitted ones past their deadline (a returned report must come back).
     */
    public record Counts(int expected, int submitted, int onTime, int late, int notSubmitted, int overdue) {
    }

    public record MovementResults(String campaignId, String title, LocalDate periodStart, LocalDate periodEnd,
            LocalDate dueDate, Counts counts, List<UnitLine> units, List<ContentResults> contents) {
    }

    /** One unit's line: where its report stands. */
    public record UnitLine(int order, String unitId, String unitName, ReportStatus status, String statusName,
            Outcome outcome, String outcomeName, Instant submittedAt, int version) {
    }

    /** One numbered content: each reporting unit's result, and its figures added up. */
    public record ContentResults(int number, String text, List<UnitResult> results, List<FigureTotal> totals) {
    }

    public record UnitResult(String unitId, String unitName, String narrative, List<Figure> figures) {
    }

    /** The sum of one figure (same name and unit of measure) over the units that reported it. */
    public record FigureTotal(String name, String unit, double total, int units) {
    }

    /** Where a unit's report stands against its deadline. */
    public enum Outcome {
        ON_TIME("Đúng hạn"), LATE("Nộp muộn"), OVERDUE("Quá hạn, chưa nộp"), NOT_DUE("Chưa nộp, chưa đến hạn");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean submitted() {
            return this == ON_TIME || this == LATE;
        }
    }
}
