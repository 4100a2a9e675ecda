package vn.thidua.award.nomination;

import java.util.Set;

/**
 * Where a nomination stands in the commendation pipeline: drafted by the unit, submitted, received
 * by the office of the deciding agency, appraised (returned to the unit with reasons, or accepted),
 * voted on by the council (approved or not), decided. Forms the rule set sends to no council are
 * decided straight from submission, receipt or appraisal; revocation follows a decision. A high honour
 * the agency only proposes is forwarded upward after its council (and the agencies it consults), and
 * the superior's answer recorded.
 */
public enum NominationStatus {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi đề nghị"),
    RECEIVED("Đã tiếp nhận hồ sơ"),
    RETURNED("Trả lại để bổ sung hồ sơ"),
    ACCEPTED("Đã thẩm định, đủ điều kiện trình Hội đồng"),
    COUNCIL("Đang xét tại Hội đồng Thi đua – Khen thưởng"),
    COUNCIL_APPROVED("Hội đồng đã thông qua, chờ quyết định"),
    COUNCIL_REJECTED("Hội đồng không thông qua"),
    DECIDED("Đã có quyết định khen thưởng"),
    REVOKED("Đã thu hồi quyết định khen thưởng"),
    CONSULTING("Đang lấy ý kiến hiệp y"),
    FORWARDED("Đã trình cấp trên khen thưởng"),
    GRANTED("Cấp trên đã quyết định khen thưởng"),
    NOT_GRANTED("Cấp trên không khen thưởng");

    /** No longer standing for a title: they hold no quota place and do not block another nomination. */
    public static final Set<NominationStatus> WITHDRAWN = Set.of(DRAFT, COUNCIL_REJECTED, REVOKED, NOT_GRANTED);

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    /** The status in Vietnamese, for people. */
    public String label() {
        return label;
    }
}
