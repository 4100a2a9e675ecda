package vn.thidua.reporting.dashboard;

import java.util.List;

/** Nominations by status: SUBMITTED (đề nghị, chờ quyết định) and DECIDED (đã có quyết định). */
public record NominationsView(DashboardFilters filters, int total, List<StatusRow> byStatus) {

    public record StatusRow(String status, String statusName, int collective, int individual, int total) {
    }
}
