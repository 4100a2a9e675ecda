package vn.thidua.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchFiguresTest {

    @TempDir
    Path directory;

    @Test
    void percentilesAreNearestRankOverEverySample() {
        Latencies latencies = new Latencies();
        for (int millis = 100; millis >= 1; millis--) {
            latencies.add(millis * 1_000_000L);
        }
        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.percentileMillis(50)).isEqualTo(50.0);
        assertThat(latencies.percentileMillis(99)).isEqualTo(99.0);
        assertThat(latencies.percentileMillis(100)).isEqualTo(100.0);
        assertThat(new Latencies().percentileMillis(99)).isNaN();
    }

    @Test
    void readsTheFiguresKafkasOwnToolsPrint() {
        KafkaPerfTools.ProducerFigures producer = KafkaPerfTools.producerFigures("""
                99960 records sent, 19988.0 records/sec (19.52 MB/sec), 812.1 ms avg latency, 1432.0 ms max latency.
                200000 records sent, 25061.4 records/sec (24.47 MB/sec), 760.47 ms avg latency, 1432.00 ms max latency, \
                702 ms 50th, 1204 ms 95th, 1390 ms 99th, 1425 ms 99.9th.
                """);
        assertThat(producer.records()).isEqualTo(200_000);
        assertThat(producer.recordsPerSecond()).isEqualTo(25061.4);
        assertThat(producer.p50Millis()).isEqualTo(702);
        assertThat(producer.p99Millis()).isEqualTo(1390);

        KafkaPerfTools.EndToEndFigures endToEnd = KafkaPerfTools.endToEndFigures("""
                0	12.5
                1000	2.1
                Avg latency: 2.8731 ms
                Percentiles: 50th = 2, 99th = 9, 99.9th = 31
                """, 2000);
        assertThat(endToEnd.averageMillis()).isEqualTo(2.8731);
        assertThat(endToEnd.p50Millis()).isEqualTo(2);
        assertThat(endToEnd.p99Millis()).isEqualTo(9);
        assertThatThrownBy(() -> KafkaPerfTools.endToEndFigures("Error: broker not available", 10))
                .hasMessageContaining("without its figures");
    }

    @Test
    void theTableReplacesOnlyWhatIsBetweenTheMarkersOfTheDocument() throws Exception {
        Path file = directory.resolve("benchmarks.md");
        Files.writeString(file, "# Benchmarks\n\nHow to read it.\n\n" + BenchReport.BEGIN + "\nold table\n" + BenchReport.END
                + "\n\n## Notes\nKept.\n", StandardCharsets.UTF_8);
        BenchReport report = new BenchReport(new Machine(2, 8L << 30, "Test CPU", "Linux", "Java 21"), "./thidua bench");
        report.fanOut(new PlatformWorkload.FanOutFigures(1000, 10, 100, 1000, 1000), new SmtpSendLoop.Figures(1000, 150));
        report.submissions(new PlatformWorkload.SubmissionFigures(500, 0, 50, 20, 80, 500, 5, 30),
                new MongoInsertLoop.Figures(10_000, 100, 1, 4), 8);

        report.writeInto(file);

        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).startsWith("# Benchmarks\n\nHow to read it.\n\n" + BenchReport.BEGIN)
                .endsWith(BenchReport.END + "\n\n## Notes\nKept.\n")
                .doesNotContain("old table")
                .contains("2 cores (Test CPU)", "`./thidua bench`")
                .contains("| Launch to 1000 units → every e-mail accepted, per second | 100 (10.0 s; 1000 copies in 1000 mailboxes) "
                        + "| 150 plain SMTP sends/s | 67 % | ≥ 50 % | yes |")
                .contains("| Report submissions over HTTP (8 clients), per second | 50.0 (500 sent, 0 failed) | 100 raw inserts/s "
                        + "| 50 % | ≥ 40 % | yes |")
                .contains("| Report submission latency p50 / p99 | 20.0 ms / 80.0 ms | 1.0 ms / 4.0 ms per insert | — "
                        + "| p99 < 100 ms | yes |");
    }
}
