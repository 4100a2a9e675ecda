package vn.thidua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.thidua.infra.scaling.ScalingRun;

/**
 * {@code ./thidua scale-test} on every test run, smaller: its own platform (ports shifted by 4500) with two
 * instances of each service; partitions shared, one instance of each service stopped (two gracefully, two
 * killed) under a steady load over both reporting-service instances and a launch fan-out; then nothing lost,
 * nothing duplicated, no relay or scheduler publishing twice. Data and logs stay in
 * {@code e2e-tests/target/scaling} for whoever reads a failure.
 */
class ScalingE2ETest {

    @Test
    void twoInstancesShareThePartitionsAndLosingOneLosesAndDuplicatesNothing() throws Exception {
        Path root = Path.of(System.getProperty("thidua.root", "..")).toAbsolutePath().normalize();
        int units = 24;
        ScalingRun.Outcome outcome = new ScalingRun(new ScalingRun.Settings(root, units, Duration.ofMillis(400), 4500,
                root.resolve("e2e-tests/target/scaling"), true)).run();

        assertThat(outcome.sharedBefore()).as("group topics seen before the stop").isNotEmpty();
        assertThat(outcome.rebalances()).as("one instance of each service stopped").hasSize(ScalingRun.STOPS.size());
        assertThat(outcome.acceptedByInstance().values()).as("submissions went to both reporting-service instances")
                .hasSize(ScalingRun.REPLICAS).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(outcome.accepted()).as("submissions accepted").isEqualTo(outcome.planned());
        assertThat(outcome.acceptedAtStop()).as("the stops came mid-load").isPositive().isLessThan(outcome.planned());
        assertThat(outcome.submittedRecords()).as("ReportSubmitted records, one per report").isEqualTo(outcome.accepted());
        assertThat(outcome.reminders()).as("ReportDue reminders fired, before and after the stops").isEqualTo(2 * units);
        assertThat(outcome.lost()).as(outcome.table()).isZero();
        assertThat(outcome.duplicates()).as(outcome.table()).isZero();
        assertThat(outcome.checks()).as(outcome.table()).allSatisfy(check -> assertThat(check.passed()).as(check.name()).isTrue());
    }
}
