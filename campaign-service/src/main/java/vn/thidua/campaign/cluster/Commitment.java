package vn.thidua.campaign.cluster;

/** One numbered commitment (nội dung giao ước) of a covenant. */
public record Commitment(int number, String text) {
}
