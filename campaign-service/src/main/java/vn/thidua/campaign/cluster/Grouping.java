package vn.thidua.campaign.cluster;

/** How a cluster's members are grouped. */
public enum Grouping {
    /** Cụm thi đua: units grouped by geography or level. */
    CLUSTER,
    /** Khối thi đua: units grouped by field of work. */
    BLOCK;

    /** "cụm" or "khối", as Vietnamese text writes it. */
    public String label() {
        return this == CLUSTER ? "cụm" : "khối";
    }
}
