package vn.thidua.campaign.campaign;

/**
 * Where a movement is in its life: drafted by the office, launched (its letter went out), cancelled
 * before launch, or closed once its period and final reporting are over.
 */
public enum CampaignStatus {
    DRAFT, LAUNCHED, CANCELLED, CLOSED
}
