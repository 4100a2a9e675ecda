package vn.thidua.portal.dashboard;

/** The provincial dashboard's addresses. */
public final class DashboardPaths {

    public static final String HOME = "/bang-dieu-khien";
    /** The figures alone, re-read by the page when the stream says they changed. */
    public static final String FIGURES = HOME + "/so-lieu";

    private DashboardPaths() {
    }
}
