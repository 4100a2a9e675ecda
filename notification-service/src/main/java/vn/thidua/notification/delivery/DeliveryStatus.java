package vn.thidua.notification.delivery;

/**
 * QUEUED → SENT, or → FAILED once its attempts are used up. SKIPPED is final from the start: the
 * recipient opted out of that kind of notice, and the log says so instead of staying silent.
 */
public enum DeliveryStatus {
    QUEUED("Đang chờ gửi"),
    SENT("Đã gửi"),
    FAILED("Gửi không thành công"),
    SKIPPED("Không gửi theo lựa chọn của người nhận");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
