package vn.thidua.campaign.campaign;

/** A numbered content of a movement (nội dung thi đua): what the units strive for. */
public record CampaignContent(int number, String text) {
}
