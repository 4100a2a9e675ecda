package vn.thidua.contracts.notification;

import vn.thidua.contracts.IntegrationEvent;

/** Events on {@code thidua.notification.events}, keyed by notification id. */
public sealed interface NotificationEvent extends IntegrationEvent permits NotificationSent, NotificationFailed {

    String notificationId();

    @Override
    default String aggregateId() {
        return notificationId();
    }
}
