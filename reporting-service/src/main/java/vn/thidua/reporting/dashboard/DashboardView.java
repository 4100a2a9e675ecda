package vn.thidua.reporting.dashboard;

import com.fasterxml.jackson.annotation.JsonValue;

/** The dashboard's views, as named in change notices and under {@code /api/dashboard/<path>}. */
public enum DashboardView {
    MOVEMENTS("movements"), PARTICIPATION("participation"), NOMINATIONS("nominations"), AWARDS("awards");

    private final String path;

    DashboardView(String path) {
        this.path = path;
    }

    @JsonValue
    public String path() {
        return path;
    }
}
