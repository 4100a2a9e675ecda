package vn.thidua.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in the shared test context: real time, shifted so that it reads 10:00 in
 * Vietnam (outside the default SMS quiet hours) whenever the suite runs, and movable by a test.
 */
public final class MovableClock extends Clock {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile Duration offset;

    MovableClock() {
        reset();
    }

    /** Back to 10:00 today in Vietnam, ticking. */
    public void reset() {
        Instant now = Instant.now();
        offset = Duration.between(now, now.atZone(VIETNAM).with(LocalTime.of(10, 0)).toInstant());
    }

    /** From now on the clock reads {@code at} (and ticks on from there). */
    public void setTo(ZonedDateTime at) {
        offset = Duration.between(Instant.now(), at.toInstant());
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
