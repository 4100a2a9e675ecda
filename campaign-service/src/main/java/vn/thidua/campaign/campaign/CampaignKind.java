package vn.thidua.campaign.campaign;

/** Phong trào thi đua thường xuyên (yearly, regular) / theo chuyên đề (thematic). */
public enum CampaignKind {
    REGULAR, THEMATIC
}
