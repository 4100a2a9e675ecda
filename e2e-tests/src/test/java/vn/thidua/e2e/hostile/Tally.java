package vn.thidua.e2e.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts per service (operations covered, requests by status class) and every failure, for the run's summary. */
public final class Tally {

    private static final int FAILURES_SHOWN = 40;

    private static final class Counts {
        int operations;
        int requests;
        final int[] byClass = new int[6];
        int failures;
    }

    private final Map<String, Counts> services = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();

    public synchronized void operation(String service) {
        counts(service).operations++;
    }

    public synchronized void request(String service, int status) {
        Counts counts = counts(service);
        counts.requests++;
        counts.byClass[Math.min(5, Math.max(0, status / 100))]++;
    }

    public synchronized void failure(String service, String what) {
        counts(service).failures++;
        failures.add(service + ": " + what);
    }

    public synchronized List<String> failures() {
        return List.copyOf(failures);
    }

    public synchronized int requests() {
        return services.values().stream().mapToInt(counts -> counts.requests).sum();
    }

    /** One line per service, then the failures (the first few in full). */
    public synchronized String summary(long seed, int tries) {
        StringBuilder out = new StringBuilder("Hostile input: seed ").append(seed).append(", ").append(tries)
                .append(" tries per operation (-Dthidua.fuzz.seed=").append(seed).append(" to replay)\n");
        out.append(String.format("%-22s %10s %9s %6s %6s %6s %6s %9s%n", "service", "operations", "requests", "2xx", "3xx",
                "4xx", "5xx", "failures"));
        services.forEach((service, counts) -> out.append(String.format("%-22s %10d %9d %6d %6d %6d %6d %9d%n", service,
                counts.operations, counts.requests, counts.byClass[2], counts.byClass[3], counts.byClass[4], counts.byClass[5],
                counts.failures)));
        failures.stream().limit(FAILURES_SHOWN).forEach(failure -> out.append("  ✘ ").append(failure).append('\n'));
        if (failures.size() > FAILURES_SHOWN) {
            out.append("  … and ").append(failures.size() - FAILURES_SHOWN).append(" more\n");
        }
        return out.toString();
    }

    private Counts counts(String service) {
        return services.computeIfAbsent(service, name -> new Counts());
    }
}
