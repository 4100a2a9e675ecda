package vn.thidua.reporting.dashboard;

import java.util.List;

/** Decided awards by year of decision, commendation form (or title) and unit. */
public record AwardsView(DashboardFilters filters, int total, List<Row> rows) {

    public record Row(int year, String form, String formName, String unitId, String unitName, int collective,
            int individual, int total) {
    }
}
