package vn.thidua.notification.news;

/** What the department posts on its portal (Cổng thông tin điện tử), as the seed letters ask. */
public enum NewsKind {
    /** A launched movement, with its letter. */
    CAMPAIGN_LAUNCHED("Phát động phong trào thi đua"),
    /** A list of nominees opened for public comment before the council meets. */
    DISCLOSURE_OPENED("Công khai danh sách đề nghị khen thưởng"),
    /** A commendation decision. */
    AWARD_DECIDED("Quyết định khen thưởng"),
    /** A commendation decision revoked (thu hồi): published like the decision it cancels. */
    AWARD_REVOKED("Thu hồi quyết định khen thưởng");

    private final String label;

    NewsKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
