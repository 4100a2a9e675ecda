package vn.thidua.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.eventing.store.Lease;

/**
 * Looks every {@code check-interval} whether the day's office digests are due (from {@code send-at},
 * local time) and sends the ones not sent yet. Like the SMS sweep: everything it needs is persisted (the
 * late units, the day's digest records), so a restart resumes, and of several replicas only the holder
 * of the {@code office-digest} lease looks.
 */
@Component
public class DigestSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DigestSweeper.class);

    private final OfficeDigests digests;
    private final DigestProperties properties;
    private final Clock clock;
    private final ZoneId zone;
    private final Lease lease;
    private ScheduledExecutorService timer;

    public DigestSweeper(OfficeDigests digests, DigestProperties properties, MongoTemplate mongo, Clock clock,
            @Value("${thidua.notification.time-zone:Asia/Ho_Chi_Minh}") ZoneId zone) {
        this.digests = digests;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
        this.lease = new Lease(mongo, clock, "leases", "office-digest", properties.checkInterval().multipliedBy(4)
                .plusSeconds(30));
    }

    @Override
    public synchronized void start() {
        if (timer != null || !properties.enabled()) {
            return;
        }
        long every = properties.checkInterval().toMillis();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("office-digest").factory());
        timer.scheduleWithFixedDelay(this::round, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timer = null;
        lease.release();
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }

    /** One look now, whether or not the timer runs; returns how many digests went. */
    public int round() {
        try {
            Instant now = clock.instant();
            ZonedDateTime local = now.atZone(zone);
            if (local.toLocalTime().isBefore(properties.sendAt()) || !lease.hold()) {
                return 0;
            }
            return digests.send(local.toLocalDate(), now);
        } catch (RuntimeException e) {
            // The next round tries again; a failing round must not end the timer.
            log.warn("Office digest round failed: {}", e.getMessage(), e);
            return 0;
        }
    }
}
