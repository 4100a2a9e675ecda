package vn.thidua.notification.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.eventing.store.Lease;

/**
 * Runs {@link SmsDeliveries#sweep()} every {@code thidua.notification.sms.sweep-interval}: scheduled
 * SMS whose quiet hours ended, overdue delivery receipts, owed fallback emails. Everything it needs is
 * in the delivery log, so a restart resumes where the last process stopped; with several replicas only
 * the holder of the {@code sms-sweep} lease sweeps, and each entry is claimed by a version-guarded write,
 * so an SMS is sent once.
 */
@Component
public class SmsSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmsSweeper.class);

    private final SmsDeliveries deliveries;
    private final Duration interval;
    private final Lease lease;
    private ScheduledExecutorService timer;

    public SmsSweeper(SmsDeliveries deliveries, SmsProperties properties, MongoTemplate mongo, Clock clock) {
        this.deliveries = deliveries;
        this.interval = properties.sweepInterval();
        this.lease = new Lease(mongo, clock, "leases", "sms-sweep", properties.sweepInterval().multipliedBy(4)
                .plusSeconds(30));
    }

    @Override
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("sms-sweep").factory());
        timer.scheduleWithFixedDelay(this::round, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
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

    /** One round now, whether or not the timer runs (the timer's rounds call it too). */
    public int round() {
        try {
            return lease.hold() ? deliveries.sweep() : 0;
        } catch (RuntimeException e) {
            // The next round tries again; a failing round must not end the timer.
            log.warn("SMS sweep failed: {}", e.getMessage(), e);
            return 0;
        }
    }
}
