package vn.thidua.reporting.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in the scenarios: real time plus an offset that tests move forward, so deadlines
 * arrive without waiting while time still flows (leases expire, events get distinct times). Never moves
 * back, since the scenarios share it: each test plans its dates from the clock's current day.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    /** Moves time forward so that now is {@code target} (if it is not already later). */
    public void moveTo(Instant target) {
        offset.updateAndGet(current -> {
            Duration needed = Duration.between(Instant.now(), target);
            return needed.compareTo(current) > 0 ? needed : current;
        });
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset.get());
    }

    /** Replaces eventing's system clock (which backs off when a Clock bean exists). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
