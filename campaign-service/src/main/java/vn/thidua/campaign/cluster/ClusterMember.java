package vn.thidua.campaign.cluster;

/** A member of a cluster: a unit of the directory, with its agency, as named when it joined. */
public record ClusterMember(String unitId, String name, String agencyCode, String agencyName) {
}
