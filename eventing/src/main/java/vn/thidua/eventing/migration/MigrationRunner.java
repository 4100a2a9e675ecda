package vn.thidua.eventing.migration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.thidua.eventing.store.Lease;

/**
 * Applies a service's pending {@link Migration}s in id order, once across restarts and replicas. Applied ones are
 * recorded in {@code schema_migrations} (id, description, checksum, when, how long, by which instance). Only the
 * holder of the {@code schema-migrations} lease (in {@code migration_leases}, renewed while it works) applies
 * anything; other replicas wait for it, then find nothing left to do. A failing migration stops the run with
 * {@link MigrationFailedException} and is not recorded, so it runs again at the next start once fixed; the ones
 * before it stay applied.
 */
public class MigrationRunner {

    public static final String APPLIED = "schema_migrations";
    static final String LEASES = "migration_leases";
    static final String LEASE_NAME = "schema-migrations";
    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final MongoTemplate mongo;
    private final Clock clock;
    private final List<Migration> migrations;
    private final Duration leaseDuration;
    private final Duration waitForLease;
    private final Lease lease;
    private final String instance;

    public MigrationRunner(MongoTemplate mongo, Clock clock, List<Migration> migrations, Duration leaseDuration,
            Duration waitForLease) {
        this.mongo = mongo;
        this.clock = clock;
        this.migrations = validated(migrations);
        this.leaseDuration = leaseDuration;
        this.waitForLease = waitForLease;
        this.lease = new Lease(mongo, clock, LEASES, LEASE_NAME, leaseDuration);
        this.instance = java.util.UUID.randomUUID().toString();
    }

    /** Applies what is pending; returns the ids this call applied (empty when another instance did, or none were). */
    public List<String> run() {
        if (pending().isEmpty()) {
            return List.of();
        }
        awaitLease();
        ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("migration-lease").daemon().factory());
        long every = Math.max(1, leaseDuration.toMillis() / 3);
        renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        try {
            // Read again under the lease: another replica may have applied them while this one waited.
            List<String> applied = new ArrayList<>();
            for (Migration migration : pending()) {
                apply(migration);
                applied.add(migration.id());
            }
            return applied;
        } finally {
            renewal.shutdownNow();
            lease.release();
        }
    }

    private void apply(Migration migration) {
        log.info("Applying data migration {}: {}", migration.id(), migration.description());
        Instant started = clock.instant();
        try {
            migration.apply(mongo);
        } catch (RuntimeException e) {
            throw new MigrationFailedException(migration.id(), "Data migration " + migration.id() + " ("
                    + migration.description() + ") failed and was not recorded as applied; fix it and start again: "
                    + e.getMessage(), e);
        }
        Instant finished = clock.instant();
        long millis = Duration.between(started, finished).toMillis();
        mongo.insert(new Document("_id", migration.id()).append("description", migration.description())
                .append("checksum", migration.checksum()).append("appliedAt", java.util.Date.from(finished))
                .append("durationMs", millis).append("appliedBy", instance), APPLIED);
        log.info("Applied data migration {} in {} ms", migration.id(), millis);
    }

    /** The declared migrations not recorded yet, in id order; warns about applied ones whose checksum changed. */
    private List<Migration> pending() {
        Map<String, String> applied = new HashMap<>();
        for (Document row : mongo.find(new Query(Criteria.where("_id").in(ids())), Document.class, APPLIED)) {
            applied.put(row.getString("_id"), row.getString("checksum"));
        }
        List<Migration> pending = new ArrayList<>();
        for (Migration migration : migrations) {
            if (!applied.containsKey(migration.id())) {
                pending.add(migration);
            } else if (!migration.checksum().equals(applied.get(migration.id()))) {
                log.warn("Data migration {} was edited after it was applied (checksum {} recorded, {} declared); "
                        + "it is not run again: write a new migration instead", migration.id(),
                        applied.get(migration.id()), migration.checksum());
            }
        }
        return pending;
    }

    private void awaitLease() {
        Instant deadline = clock.instant().plus(waitForLease);
        while (!lease.hold()) {
            if (clock.instant().isAfter(deadline)) {
                throw new MigrationFailedException(null, "Data migrations could not start: another instance has held "
                        + "the lease '" + LEASE_NAME + "' in " + LEASES + " for more than " + waitForLease.toSeconds()
                        + " s. Is a migration still running elsewhere? It expires by itself "
                        + leaseDuration.toSeconds() + " s after its holder stopped.", null);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MigrationFailedException(null, "Interrupted while waiting for the migration lease", e);
            }
        }
    }

    private void renew() {
        if (!lease.hold()) {
            log.error("Lost the migration lease '{}' while migrating: another instance may start migrating too; "
                    + "raise thidua.migrations.lease-duration", LEASE_NAME);
        }
    }

    private List<String> ids() {
        return migrations.stream().map(Migration::id).toList();
    }

    private static List<Migration> validated(List<Migration> migrations) {
        Set<String> seen = new HashSet<>();
        for (Migration migration : migrations) {
            String id = migration.id();
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("A data migration has no id: " + migration);
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("Two data migrations have the id " + id);
            }
        }
        return migrations.stream().sorted(Comparator.comparing(Migration::id)).toList();
    }
}
