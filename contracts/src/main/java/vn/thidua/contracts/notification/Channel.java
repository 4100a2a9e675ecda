package vn.thidua.contracts.notification;

/** How a notification reaches its recipient. */
public enum Channel {
    EMAIL, SMS, PORTAL
}
