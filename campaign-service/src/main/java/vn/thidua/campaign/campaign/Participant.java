package vn.thidua.campaign.campaign;

/**
 * A participating unit, as the directory described it when the movement was created: later directory
 * edits do not change to whom a launched movement was addressed.
 */
public record Participant(String unitId, String name, String headName, String email, String phone) {
}
