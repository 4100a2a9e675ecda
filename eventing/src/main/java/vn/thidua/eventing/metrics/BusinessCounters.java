package vn.thidua.eventing.metrics;

import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

/**
 * Counts business facts as {@code thidua.business.events{name=…}}, e.g. {@code count("launches")} when a movement
 * is launched, for dashboards of what the province does. Names are short lowercase words from a fixed set in the
 * calling code (launches, reports, nominations, decisions); extra tags must be as few-valued (a channel, an
 * outcome), never an id or a person. Counters start at zero with each process: query them with
 * {@code increase()}/{@code rate()}.
 */
public class BusinessCounters {

    public static final String BUSINESS_EVENTS = "thidua.business.events";
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    private final MeterRegistry meters;

    public BusinessCounters(MeterRegistry meters) {
        this.meters = meters;
    }

    /** One more of these facts. */
    public void count(String name) {
        count(name, 1);
    }

    /** {@code amount} more of these facts (e.g. the units a launch reaches). */
    public void count(String name, long amount) {
        increment(name, amount, Tags.empty());
    }

    /** One more, with extra low-cardinality tags as key/value pairs, e.g. {@code count("deliveries", "channel", "EMAIL")}. */
    public void count(String name, String... tags) {
        increment(name, 1, Tags.of(tags));
    }

    private void increment(String name, long amount, Tags tags) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A business counter name is a short lowercase word: " + name);
        }
        if (amount < 0) {
            throw new IllegalArgumentException("A business counter only goes up: " + amount);
        }
        meters.counter(BUSINESS_EVENTS, tags.and("name", name)).increment(amount);
    }
}
