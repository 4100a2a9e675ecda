package vn.thidua.eventing.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The data-migration runner against the embedded MongoDB-compatible server: order, records, once across restarts
 * and concurrent replicas (runners on two threads, and two Spring contexts), and a failure that stops start-up
 * without being recorded.
 */
class MigrationRunnerTest {

    private static MongoServer server;
    private static MongoClient client;
    private MongoTemplate mongo;

    @BeforeAll
    static void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("localhost", 0);
        client = MongoClients.create("mongodb://localhost:" + server.getLocalAddress().getPort());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void freshDatabase() {
        mongo = new MongoTemplate(client, "migrations_" + UUID.randomUUID().toString().replace("-", ""));
    }

    @Test
    void appliesPendingMigrationsInIdOrderAndRecordsThem() {
        List<String> order = new ArrayList<>();
        List<Migration> migrations = List.of(
                Migration.of("2026-11-23-002-second", "Thứ hai", m -> order.add("002")),
                Migration.of("2026-11-23-001-first", "Thứ nhất", m -> order.add("001")),
                Migration.of("2026-12-01-001-later", "Sau đó", m -> order.add("later")));

        List<String> applied = runner(migrations).run();

        assertThat(order).containsExactly("001", "002", "later");
        assertThat(applied).containsExactly("2026-11-23-001-first", "2026-11-23-002-second", "2026-12-01-001-later");
        Document first = mongo.findById("2026-11-23-001-first", Document.class, MigrationRunner.APPLIED);
        assertThat(first.getString("description")).isEqualTo("Thứ nhất");
        assertThat(first.getString("checksum")).isEqualTo(migrations.get(1).checksum()).hasSize(64);
        assertThat(first.getDate("appliedAt")).isNotNull();
        assertThat(first.get("durationMs", Number.class).longValue()).isNotNegative();
        assertThat(first.getString("appliedBy")).isNotBlank();
    }

    @Test
    void aRestartAppliesNothingAgainAndOnlyWhatWasAddedSince() {
        runner(List.of(counting("2026-11-23-001-a"))).run();

        List<String> again = runner(List.of(counting("2026-11-23-001-a"), counting("2026-11-24-001-b"))).run();

        assertThat(again).containsExactly("2026-11-24-001-b");
        assertThat(applications("2026-11-23-001-a")).isEqualTo(1);
        assertThat(applications("2026-11-24-001-b")).isEqualTo(1);
        assertThat(runner(List.of(counting("2026-11-23-001-a"), counting("2026-11-24-001-b"))).run()).isEmpty();
    }

    @Test
    void twoReplicasStartingTogetherApplyEachMigrationOnce() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<List<String>>> replicas = new ArrayList<>();
        for (int replica = 0; replica < 2; replica++) {
            MigrationRunner runner = runner(List.of(slow("2026-11-23-001-slow"), counting("2026-11-23-002-next")));
            replicas.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(go);
                return runner.run();
            }));
        }
        go.countDown();

        List<String> appliedByEither = new ArrayList<>();
        for (CompletableFuture<List<String>> replica : replicas) {
            appliedByEither.addAll(replica.get(30, TimeUnit.SECONDS));
        }
        assertThat(appliedByEither).containsExactlyInAnyOrder("2026-11-23-001-slow", "2026-11-23-002-next");
        assertThat(applications("2026-11-23-001-slow")).isEqualTo(1);
        assertThat(applications("2026-11-23-002-next")).isEqualTo(1);
    }

    @Test
    void aFailedMigrationStopsTheRunIsNotRecordedAndRunsAgainOnceFixed() {
        Migration broken = Migration.of("2026-11-23-002-broken", "Hỏng", m -> {
            throw new IllegalStateException("field agency missing on reg-7");
        });

        assertThatThrownBy(() -> runner(List.of(counting("2026-11-23-001-ok"), broken, counting("2026-11-23-003-after"))).run())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("2026-11-23-002-broken")
                .hasMessageContaining("not recorded")
                .hasMessageContaining("field agency missing on reg-7")
                .satisfies(e -> assertThat(((MigrationFailedException) e).migrationId()).isEqualTo("2026-11-23-002-broken"));
        assertThat(recorded()).containsExactly("2026-11-23-001-ok");
        assertThat(applications("2026-11-23-003-after")).isZero();

        // The lease was handed back: the fixed release runs at once, without waiting for it to expire.
        List<String> applied = runner(List.of(counting("2026-11-23-001-ok"), counting("2026-11-23-002-broken"),
                counting("2026-11-23-003-after")), Duration.ofSeconds(2)).run();

        assertThat(applied).containsExactly("2026-11-23-002-broken", "2026-11-23-003-after");
        assertThat(applications("2026-11-23-001-ok")).isEqualTo(1);
    }

    @Test
    void anEditedMigrationIsNotRunAgain() {
        runner(List.of(counting("2026-11-23-001-a"))).run();
        Migration edited = Migration.of("2026-11-23-001-a", "Mô tả đã sửa", m -> increment(m, "2026-11-23-001-a"));

        assertThat(runner(List.of(edited)).run()).isEmpty();
        assertThat(applications("2026-11-23-001-a")).isEqualTo(1);
    }

    @Test
    void duplicateOrMissingIdsAreRefused() {
        assertThatThrownBy(() -> runner(List.of(counting("x"), counting("x")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x");
        assertThatThrownBy(() -> runner(List.of(counting(" ")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void atStartInSpringItRunsOnceAcrossTwoContextsAndRestartsAndAFailureStopsStartUp() throws Exception {
        ApplicationContextRunner contexts = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrationAutoConfiguration.class))
                .withBean(MongoTemplate.class, () -> mongo)
                .withBean("slowMigration", Migration.class, () -> slow("2026-11-23-001-spring"))
                .withPropertyValues("thidua.migrations.lease-duration=5s");
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<Void>> replicas = new ArrayList<>();
        for (int replica = 0; replica < 2; replica++) {
            replicas.add(CompletableFuture.runAsync(() -> {
                awaitQuietly(go);
                contexts.run(context -> assertThat(context).hasNotFailed());
            }));
        }
        go.countDown();
        for (CompletableFuture<Void> replica : replicas) {
            replica.get(30, TimeUnit.SECONDS);
        }
        contexts.run(context -> assertThat(context).hasNotFailed());
        assertThat(applications("2026-11-23-001-spring")).isEqualTo(1);

        contexts.withBean("brokenMigration", Migration.class, () -> Migration.of("2026-11-23-002-broken", "Hỏng", m -> {
            throw new IllegalStateException("boom");
        })).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessage("boom");
            MigrationFailedException failure = findCause(context.getStartupFailure());
            FailureAnalysis analysis = new MigrationFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("2026-11-23-002-broken").contains("not recorded");
            assertThat(analysis.getAction()).contains("Fix migration 2026-11-23-002-broken");
            assertThat(failure.migrationId()).isEqualTo("2026-11-23-002-broken");
        });
        assertThat(recorded()).containsExactly("2026-11-23-001-spring");

        contexts.withPropertyValues("thidua.migrations.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MigrationRunner.class));
    }

    private MigrationRunner runner(List<Migration> migrations) {
        return runner(migrations, Duration.ofSeconds(30));
    }

    private MigrationRunner runner(List<Migration> migrations, Duration waitForLease) {
        return new MigrationRunner(mongo, Clock.systemUTC(), migrations, Duration.ofSeconds(5), waitForLease);
    }

    private static Migration counting(String id) {
        return Migration.of(id, "Đếm " + id, m -> increment(m, id));
    }

    /** Holds the lease long enough for a second replica to try while the first one works. */
    private static Migration slow(String id) {
        return Migration.of(id, "Chậm " + id, m -> {
            increment(m, id);
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static void increment(MongoTemplate mongo, String id) {
        mongo.upsert(new Query(Criteria.where("_id").is(id)), new Update().inc("times", 1), "migration_effects");
    }

    private int applications(String id) {
        Document effect = mongo.findById(id, Document.class, "migration_effects");
        return effect == null ? 0 : effect.getInteger("times");
    }

    private List<String> recorded() {
        return mongo.findAll(Document.class, MigrationRunner.APPLIED).stream().map(row -> row.getString("_id")).sorted().toList();
    }

    private static MigrationFailedException findCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationFailedException migration) {
                return migration;
            }
        }
        throw new AssertionError("No MigrationFailedException in " + failure);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
