package vn.thidua.infra.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, summarised by exact percentiles (every sample is kept: a bench run has thousands, not billions). */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized int count() {
        return count;
    }

    /** The smallest sample at or above the given share of all samples (nearest-rank), in milliseconds. */
    synchronized double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * count);
        return sorted[Math.clamp(rank - 1, 0, count - 1)] / 1_000_000.0;
    }
}
