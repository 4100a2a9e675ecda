package vn.thidua.campaign.cluster;

/** Where a year's covenant (giao ước thi đua) stands. */
public enum CovenantStatus {
    /** Set, being signed by the members. */
    SIGNING,
    /** Every member signed, or the head unit closed the signing. */
    IN_FORCE;

    public String label() {
        return this == SIGNING ? "Đang ký giao ước" : "Giao ước có hiệu lực";
    }
}
