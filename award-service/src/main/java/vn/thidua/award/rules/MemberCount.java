package vn.thidua.award.rules;

/** A count a collective declares about its members, for the collective titles' criteria. */
public enum MemberCount {
    LDTT("Lao động tiên tiến"),
    CSTDCS("Chiến sĩ thi đua cơ sở"),
    COMPLETED_DUTIES("hoàn thành nhiệm vụ");

    private final String label;

    MemberCount(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
