package vn.thidua.contracts.campaign;

/** Phong trào thi đua thường xuyên / theo chuyên đề. */
public enum CampaignKind {
    REGULAR, THEMATIC
}
