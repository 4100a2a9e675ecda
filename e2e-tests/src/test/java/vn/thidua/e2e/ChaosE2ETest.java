package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.thidua.infra.chaos.ChaosRun;

/**
 * {@code ./thidua chaos} on every test run, smaller: its own platform (ports shifted by 2500, apart from the
 * shared one), each service and the broker killed and restarted, the store frozen, events redelivered out of
 * order and poison injected under a steady load of submissions and a launch fan-out; then nothing may be
 * lost or duplicated. Its data and logs stay in {@code e2e-tests/target/chaos} for whoever reads a failure.
 */
class ChaosE2ETest {

    @Test
    void underKillsRestartsAFrozenStoreRedeliveriesAndPoisonNothingIsLostOrDuplicated() throws Exception {
        Path root = Path.of(System.getProperty("thidua.root", "..")).toAbsolutePath().normalize();
        ChaosRun.Outcome outcome = new ChaosRun(new ChaosRun.Settings(root, 40, Duration.ofSeconds(2), 2500,
                root.resolve("e2e-tests/target/chaos"), true)).run();

        assertThat(outcome.faults()).as("faults survived").hasSize(ChaosRun.SERVICES.size() + 4);
        assertThat(outcome.accepted()).as("submissions accepted").isEqualTo(outcome.planned());
        assertThat(outcome.retries()).as("submissions retried while something was down").isPositive();
        assertThat(outcome.redelivered()).as("events redelivered").isPositive();
        assertThat(outcome.poisonInjected()).isEqualTo(8);
        assertThat(outcome.lost()).as(outcome.table()).isZero();
        assertThat(outcome.duplicates()).as(outcome.table()).isZero();
        assertThat(outcome.checks()).as(outcome.table()).allSatisfy(check -> assertThat(check.passed()).as(check.name()).isTrue());
    }
}
