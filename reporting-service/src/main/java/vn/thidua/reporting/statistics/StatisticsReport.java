package vn.thidua.reporting.statistics;

import java.time.LocalDate;

/**
 * A statistical form filled in for one reporting unit and period: the table, who reports (a department,
 * or the province's People's Committee) to whom, and the period.
 *
 * @param agencyCode the department reported on; null for the whole province
 * @param parentBody the reporting unit's parent body, printed above it (null for the province itself)
 */
public record StatisticsReport(FormTable table, String agencyCode, String reportingUnit, String parentBody,
        String receivingUnit, StatisticsPeriod period, String periodLabel, LocalDate from, LocalDate to,
        LocalDate preparedOn) {

    static StatisticsReport of(FormTable table, String agencyCode, String reportingUnit, String parentBody,
            String receivingUnit, StatisticsPeriod period, LocalDate preparedOn) {
        return new StatisticsReport(table, agencyCode, reportingUnit, parentBody, receivingUnit, period, period.label(),
                period.from(), period.to(), preparedOn);
    }

    /** For file names, e.g. {@code bieu-0601-SNNMT-2026-q1}. */
    public String fileStem() {
        return "bieu-" + table.form().key() + "-" + (agencyCode == null ? "tinh" : agencyCode) + "-" + period.slug();
    }
}
