package vn.thidua.reporting.dashboard;

/**
 * The filters every view takes. {@code province} matches accent- and case-insensitively ("quang ngai"
 * finds Quảng Ngãi), {@code agency} is the issuing agency's code (e.g. SNNMT), {@code year} the year
 * of what the view counts (a movement's emulation year, a nomination's year, a decision's year),
 * {@code campaignId} one movement. Province and agency are those of the movement a fact belongs to.
 */
public record DashboardFilters(String province, String agency, Integer year, String campaignId) {

    public DashboardFilters {
        province = blankToNull(province);
        agency = blankToNull(agency);
        campaignId = blankToNull(campaignId);
    }

    public static DashboardFilters none() {
        return new DashboardFilters(null, null, null, null);
    }

    /** Whether the movement-level attributes (province, agency, and the year if {@code withYear}) restrict. */
    boolean restrictsMovements(boolean withYear) {
        return province != null || agency != null || withYear && year != null;
    }

    String provinceKey() {
        return Province.key(province);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
