package vn.thidua.infra.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own performance tools ({@code kafka-producer-perf-test} and {@code kafka-e2e-latency}, classes of
 * kafka-tools), run as separate JVMs against the broker: the raw limits the platform's figures are set beside.
 */
final class KafkaPerfTools {

    /** The producer tool's summary: throughput and its own latency percentiles. */
    record ProducerFigures(long records, double recordsPerSecond, double megabytesPerSecond, double p50Millis,
                           double p99Millis) {
    }

    /** One record produced then consumed at a time, acks=all: the floor under any event's trip through the broker. */
    record EndToEndFigures(int records, double averageMillis, double p50Millis, double p99Millis) {
    }

    private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\).*?(\\d+) ms 50th, \\d+ ms 95th, (\\d+) ms 99th");
    private static final Pattern AVERAGE = Pattern.compile("Avg latency: ([\\d.]+) ms");
    private static final Pattern PERCENTILES = Pattern.compile("Percentiles: 50th = (\\d+), 99th = (\\d+)");

    private final String bootstrapServers;

    KafkaPerfTools(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    ProducerFigures produce(String topic, int records, int recordSize) {
        String output = run(List.of("org.apache.kafka.tools.ProducerPerformance",
                "--topic", topic, "--num-records", Integer.toString(records), "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all"));
        return producerFigures(output);
    }

    /** The producer tool's final summary line ({@code N records sent, R records/sec (M MB/sec), … ms 99th, …}). */
    static ProducerFigures producerFigures(String output) {
        MatchResult summary = lastMatch(PRODUCER_SUMMARY, output);
        return new ProducerFigures(Long.parseLong(summary.group(1)), Double.parseDouble(summary.group(2)),
                Double.parseDouble(summary.group(3)), Double.parseDouble(summary.group(4)), Double.parseDouble(summary.group(5)));
    }

    EndToEndFigures endToEnd(String topic, int records, int recordSize) {
        String output = run(List.of("org.apache.kafka.tools.EndToEndLatency",
                bootstrapServers, topic, Integer.toString(records), "all", Integer.toString(recordSize)));
        return endToEndFigures(output, records);
    }

    /** The latency tool's {@code Avg latency: X ms} and {@code Percentiles: 50th = A, 99th = B, …} lines. */
    static EndToEndFigures endToEndFigures(String output, int records) {
        MatchResult percentiles = lastMatch(PERCENTILES, output);
        return new EndToEndFigures(records, Double.parseDouble(lastMatch(AVERAGE, output).group(1)),
                Double.parseDouble(percentiles.group(1)), Double.parseDouble(percentiles.group(2)));
    }

    private static MatchResult lastMatch(Pattern pattern, String output) {
        MatchResult last = null;
        Matcher matcher = pattern.matcher(output);
        while (matcher.find()) {
            last = matcher.toMatchResult();
        }
        if (last == null) {
            throw new IllegalStateException("Kafka tool output without its figures:\n" + output);
        }
        return last;
    }

    /** The tool in its own JVM, with this launcher's java and class path (kafka-tools is a dependency of infra). */
    private static String run(List<String> mainAndArguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.addAll(mainAndArguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(mainAndArguments.getFirst() + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + mainAndArguments.getFirst(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + mainAndArguments.getFirst(), e);
        }
    }
}
