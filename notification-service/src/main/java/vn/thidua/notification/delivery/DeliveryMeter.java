package vn.thidua.notification.delivery;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.thidua.eventing.metrics.BusinessCounters;

/**
 * Counts deliveries as {@code thidua.business.events{name="deliveries", channel, status}} when a stored
 * write has just moved one into an outcome (SENT, DELIVERED, FAILED or SKIPPED); QUEUED and SCHEDULED are
 * steps on the way and not counted. Call it after the write, with the status the entry had before, so a
 * redelivered event that changes nothing counts nothing.
 */
@Component
public class DeliveryMeter {

    static final String NAME = "deliveries";
    private static final Set<DeliveryStatus> OUTCOMES = EnumSet.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED,
            DeliveryStatus.FAILED, DeliveryStatus.SKIPPED);

    private final BusinessCounters counters;

    public DeliveryMeter(BusinessCounters counters) {
        this.counters = counters;
    }

    /** The entry was written with its current status; {@code before} is what it had (null for a new entry). */
    public void written(DeliveryStatus before, Delivery delivery) {
        DeliveryStatus now = delivery.status();
        if (now != before && OUTCOMES.contains(now)) {
            counters.count(NAME, "channel", delivery.channel().name(), "status", now.name());
        }
    }
}
