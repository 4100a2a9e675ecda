package vn.thidua.award.nomination;

/**
 * Where a nomination stands in the commendation pipeline. Today a submitted nomination is decided
 * directly; receipt by the office, appraisal, return for completion and the council vote slot in
 * between, and revocation follows a decision.
 */
public enum NominationStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi đề nghị"),
    RECEIVED("Đã tiếp nhận hồ sơ"),
    APPRAISED("Đã thẩm định"),
    RETURNED("Trả lại để bổ sung hồ sơ"),
    COUNCIL("Đang xét tại Hội đồng Thi đua – Khen thưởng"),
    DECIDED("Đã có quyết định khen thưởng"),
    REVOKED("Đã thu hồi quyết định khen thưởng");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    /** The status in Vietnamese, for people. */
    public String label() {
        return label;
    }
}
