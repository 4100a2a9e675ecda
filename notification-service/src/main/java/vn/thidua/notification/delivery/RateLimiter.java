package vn.thidua.notification.delivery;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * At most {@code perSecond} permits a second, up to {@code burst} at once after a quiet spell: the
 * token bucket an SMTP relay or an SMS provider's contract asks for. Callers reserve a permit and
 * wait for its time; the waiting is outside the lock, so one slow caller does not block the others'
 * reservations. A dozen lines did not justify a library (Bucket4j, Resilience4j) here.
 */
final class RateLimiter {

    private final double nanosPerPermit;
    private final double burst;
    private final LongSupplier nanoTime;
    private double available;
    private long updatedAt;

    /** @param perSecond 0 or less: no limit */
    RateLimiter(double perSecond, int burst, LongSupplier nanoTime) {
        this.nanosPerPermit = perSecond <= 0 ? 0 : 1_000_000_000d / perSecond;
        this.burst = Math.max(1, burst);
        this.nanoTime = nanoTime;
        this.available = this.burst;
        this.updatedAt = nanoTime.getAsLong();
    }

    static RateLimiter perSecond(double perSecond, int burst) {
        return new RateLimiter(perSecond, burst, System::nanoTime);
    }

    /** Takes a permit; returns how many nanoseconds from now it may be used (0: at once). */
    synchronized long reserve() {
        if (nanosPerPermit == 0) {
            return 0;
        }
        long now = nanoTime.getAsLong();
        available = Math.min(burst, available + (now - updatedAt) / nanosPerPermit);
        updatedAt = now;
        available -= 1;
        return available >= 0 ? 0 : (long) Math.ceil(-available * nanosPerPermit);
    }

    /** Takes a permit and waits for its time. */
    void acquire() {
        long wait = reserve();
        long until = System.nanoTime() + wait;
        while (wait > 0 && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(wait);
            wait = until - System.nanoTime();
        }
    }
}
