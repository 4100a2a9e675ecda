package vn.thidua.notification.delivery;

/** QUEUED → SENT, or → FAILED once its attempts are used up. */
public enum DeliveryStatus {
    QUEUED("Đang chờ gửi"),
    SENT("Đã gửi"),
    FAILED("Gửi không thành công");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
