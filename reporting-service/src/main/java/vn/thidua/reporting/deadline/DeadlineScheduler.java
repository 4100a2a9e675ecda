package vn.thidua.reporting.deadline;

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
import vn.thidua.reporting.config.ReportingProperties;

/**
 * Ticks every {@code thidua.reporting.deadlines.tick-interval} and fires due reminders. The schedule
 * itself is data in the reports, so a restarted or replaced replica carries on where the last one
 * stopped. Only the holder of a lease in {@code scheduler_leases} scans, so replicas do not all query
 * and race for the same reports; correctness does not depend on the lease (each firing is guarded).
 */
@Component
public class DeadlineScheduler implements SmartLifecycle {

    static final String LEASES = "scheduler_leases";
    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

    private final DeadlineService deadlines;
    private final ReportingProperties.Deadlines properties;
    private final Lease lease;
    private volatile ScheduledExecutorService executor;

    public DeadlineScheduler(MongoTemplate mongo, DeadlineService deadlines, ReportingProperties properties,
            Clock clock) {
        this.deadlines = deadlines;
        this.properties = properties.deadlines();
        this.lease = new Lease(mongo, clock, LEASES, this.properties.leaseName(), this.properties.leaseDuration());
        if (this.properties.leaseDuration().compareTo(this.properties.tickInterval()) <= 0) {
            throw new IllegalArgumentException("thidua.reporting.deadlines.lease-duration must exceed the tick interval,"
                    + " or the lease lapses between ticks");
        }
    }

    /** One round: if this replica holds the lease, fires everything due; returns how many reminders fired. */
    public int tick() {
        if (!lease.hold()) {
            return 0;
        }
        int total = 0;
        int fired;
        do {
            fired = deadlines.fireDue();
            total += fired;
        } while (fired >= deadlines.batchSize());
        return total;
    }

    private void scheduleMissingSafely() {
        try {
            int scheduled = deadlines.scheduleMissing();
            if (scheduled > 0) {
                log.info("Scheduled the deadline reminders of {} reports stored without them", scheduled);
            }
        } catch (RuntimeException e) {
            log.warn("Could not schedule missing deadline reminders, will retry at the next start: {}", e.getMessage());
        }
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.warn("Deadline tick failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("report-deadlines").daemon().factory());
        executor.execute(this::scheduleMissingSafely);
        long interval = properties.tickInterval().toMillis();
        executor.scheduleWithFixedDelay(this::tickSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops ticking and hands the lease over at once, so another replica takes over without waiting for it to expire. */
    @Override
    public synchronized void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lease.release();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops before the outbox relay (phase Integer.MAX_VALUE - 100), so fired reminders still get published. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 50;
    }
}
