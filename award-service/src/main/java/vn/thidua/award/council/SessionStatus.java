package vn.thidua.award.council;

/** A council session: scheduled, opened with a quorum (voting), closed with its results. */
public enum SessionStatus {
    SCHEDULED("Đã lên lịch"),
    OPEN("Đang họp"),
    CLOSED("Đã kết thúc");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
