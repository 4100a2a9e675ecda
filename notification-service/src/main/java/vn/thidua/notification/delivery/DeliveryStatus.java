package vn.thidua.notification.delivery;

/**
 * QUEUED → SENDING (an email claimed by the dispatcher) → SENT, or back to QUEUED for a later attempt,
 * or → FAILED once its attempts are used up. SKIPPED is final from the start: the
 * recipient opted out of that kind of notice, and the log says so instead of staying silent. An SMS
 * may first be SCHEDULED (quiet hours, or a retry later), and after SENT becomes DELIVERED on the
 * carrier's delivery receipt, or FAILED on a failed receipt or none in time.
 */
public enum DeliveryStatus {
    QUEUED("Đang chờ gửi"),
    /** Claimed by a sender until its lease ends; a lease that ends without a result is retried. */
    SENDING("Đang gửi"),
    SCHEDULED("Hẹn giờ gửi"),
    SENT("Đã gửi"),
    DELIVERED("Đã đến người nhận"),
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
