package vn.thidua.reporting.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * Reporting figures of a group of expected reports. {@code submitted = onTime + late};
 * {@code overdue} counts reports still missing after a ReportOverdue; rates are percentages of the
 * expected reports, one decimal.
 */
public record Figures(int expected, int submitted, int onTime, int late, int overdue, double participationRate,
        double onTimeRate) {

    public static Figures of(Collection<ReportRow> rows) {
        int onTime = 0;
        int late = 0;
        int overdue = 0;
        for (ReportRow row : rows) {
            switch (row.outcome()) {
                case ON_TIME -> onTime++;
                case LATE -> late++;
                case OVERDUE -> overdue++;
                case PENDING -> {
                    // Expected, not yet due or not yet flagged.
                }
            }
        }
        int expected = rows.size();
        return new Figures(expected, onTime + late, onTime, late, overdue, percent(onTime + late, expected),
                percent(onTime, expected));
    }

    static double percent(int part, int whole) {
        return whole == 0 ? 0.0
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                        .doubleValue();
    }
}
