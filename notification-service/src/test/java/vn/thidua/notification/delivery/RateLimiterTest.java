package vn.thidua.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The token bucket on a clock the test moves: the rate holds, a burst is allowed after a quiet spell. */
class RateLimiterTest {

    static final long MS = 1_000_000L;
    final AtomicLong now = new AtomicLong(0);

    @Test
    void permitsBeyondTheBurstWaitTheirTurnAtTheRate() {
        RateLimiter limiter = new RateLimiter(10, 2, now::get);

        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(100 * MS);
        assertThat(limiter.reserve()).isEqualTo(200 * MS);
    }

    @Test
    void aQuietSpellRefillsUpToTheBurstOnly() {
        RateLimiter limiter = new RateLimiter(10, 3, now::get);
        for (int i = 0; i < 3; i++) {
            limiter.reserve();
        }

        now.addAndGet(10_000 * MS);

        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isZero();
        assertThat(limiter.reserve()).isEqualTo(100 * MS);
    }

    @Test
    void noRateMeansNoWaiting() {
        RateLimiter limiter = new RateLimiter(0, 1, now::get);
        for (int i = 0; i < 1000; i++) {
            assertThat(limiter.reserve()).isZero();
        }
    }
}
