package vn.thidua.portal.workspace;

/** The unit workspace's addresses. */
public final class UnitPaths {

    public static final String HOME = "/lam-viec/don-vi";
    public static final String FINAL_REPORT = HOME + "/bao-cao/{campaignId}";

    private UnitPaths() {
    }
}
