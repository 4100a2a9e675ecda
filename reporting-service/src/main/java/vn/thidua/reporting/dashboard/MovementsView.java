package vn.thidua.reporting.dashboard;

import java.util.List;

/** Launched movements by kind and status, with how often they were cascaded and how many units registered. */
public record MovementsView(DashboardFilters filters, Totals totals, List<KindAndStatus> byKindAndStatus,
        List<Movement> movements) {

    public record Totals(int movements, int participants, int cascaded, int registrations) {
    }

    /** One kind (REGULAR: thường xuyên, THEMATIC: theo chuyên đề) and status. */
    public record KindAndStatus(String kind, String kindName, String status, String statusName, int movements,
            int participants, int cascaded, int registrations) {
    }

    /** One movement; {@code cascaded} counts the movements of other agencies implementing it. */
    public record Movement(String campaignId, String title, String kind, String status, String agencyCode,
            String agencyName, String province, Integer year, int participants, int cascaded, int registrations) {
    }
}
