package vn.thidua.notification.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.notification.*}: how many times one notification is tried before it is marked FAILED.
 * Keep it at most the binder's consumer max-attempts so the failure is recorded before a DLQ.
 */
@ConfigurationProperties("thidua.notification")
public record DeliveryProperties(@DefaultValue("3") int maxAttempts) {

    public DeliveryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("thidua.notification.max-attempts must be at least 1");
        }
    }
}
