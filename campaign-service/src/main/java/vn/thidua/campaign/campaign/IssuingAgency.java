package vn.thidua.campaign.campaign;

/** The agency launching the movement, as the directory described it when the movement was created. */
public record IssuingAgency(String code, String name, String abbreviation, String parentName) {
}
