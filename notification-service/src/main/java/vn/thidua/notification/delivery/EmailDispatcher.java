package vn.thidua.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the queued emails: claims a batch of due jobs, sends them with at most {@code concurrency} at
 * once and at most {@code rate-per-second}, waits for the batch, and goes on while jobs are due;
 * otherwise it sleeps until woken by a new job or the poll interval passes. Replicas may all dispatch:
 * each job is claimed by one version-guarded write. Stopping is graceful: no new job is claimed and the
 * ones in flight finish, so a stop sends nothing twice; a process that dies instead leaves its claims to
 * expire and be retried.
 */
@Component
public class EmailDispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);

    private final EmailJobs jobs;
    private final DispatchProperties properties;
    private final RateLimiter limiter;
    private final Object signal = new Object();
    private final AtomicBoolean running = new AtomicBoolean();
    private boolean woken;
    private Thread loop;
    private ExecutorService senders;

    public EmailDispatcher(EmailJobs jobs, DispatchProperties properties) {
        this.jobs = jobs;
        this.properties = properties;
        this.limiter = RateLimiter.perSecond(properties.ratePerSecond(), properties.burst());
    }

    /** New jobs were written: look at once rather than at the next poll. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public synchronized void start() {
        if (running.get()) {
            return;
        }
        running.set(true);
        senders = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("email-send-", 0).factory());
        loop = Thread.ofVirtual().name("email-dispatch").start(this::run);
    }

    @Override
    public synchronized void stop() {
        if (!running.getAndSet(false)) {
            return;
        }
        wake();
        try {
            loop.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        senders.shutdown();
        try {
            senders.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running.get();
    }

    private void run() {
        while (running.get()) {
            int handled;
            try {
                handled = round();
            } catch (RuntimeException e) {
                // The store or the queue query failed: wait a poll interval and try again.
                log.warn("Email dispatch round failed: {}", e.getMessage(), e);
                handled = 0;
            }
            if (handled == 0) {
                pause();
            }
        }
    }

    /** One batch: claims and sends every due job of it, in parallel, and waits for them. */
    int round() {
        List<Delivery> due = jobs.due(properties.batchSize());
        Semaphore slots = new Semaphore(properties.concurrency());
        List<Future<Boolean>> sending = new ArrayList<>();
        for (Delivery job : due) {
            if (!running.get()) {
                break;
            }
            try {
                slots.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sending.add(senders.submit(() -> {
                try {
                    limiter.acquire();
                    return jobs.claimAndSend(job);
                } finally {
                    slots.release();
                }
            }));
        }
        int handled = 0;
        for (Future<Boolean> result : sending) {
            try {
                handled += Boolean.TRUE.equals(result.get()) ? 1 : 0;
            } catch (java.util.concurrent.ExecutionException e) {
                log.warn("Sending a queued email failed: {}", e.getCause().getMessage(), e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return handled;
            }
        }
        return handled;
    }

    private void pause() {
        synchronized (signal) {
            if (!woken && running.get()) {
                try {
                    signal.wait(properties.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            woken = false;
        }
    }
}
