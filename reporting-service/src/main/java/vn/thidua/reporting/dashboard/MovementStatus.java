package vn.thidua.reporting.dashboard;

/** A movement's status as the events show it; only launched movements are published. */
public enum MovementStatus {
    LAUNCHED("Đã phát động");

    private final String label;

    MovementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
