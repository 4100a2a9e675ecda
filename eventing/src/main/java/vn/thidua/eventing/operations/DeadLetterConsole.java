package vn.thidua.eventing.operations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.operations.ConsumerBindings.ConsumerBinding;
import vn.thidua.eventing.operations.DeadLetterDecisions.Decision;
import vn.thidua.eventing.web.DomainException;

/**
 * The dead letters of this service's consumer bindings, with what was decided about each, and the two decisions
 * an operator can take: replay (republish to the original topic, once) or discard. Both are audited.
 */
public class DeadLetterConsole {

    /** Which dead letters to list. */
    public enum Filter {
        ALL, PENDING, REPLAYED, DISCARDED;

        static Filter parse(String value) {
            if (value == null || value.isBlank()) {
                return ALL;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid("invalid-request",
                        "Trạng thái không hợp lệ: " + value + " (all, pending, replayed, discarded).");
            }
        }

        boolean accepts(Decision decision) {
            return switch (this) {
                case ALL -> true;
                case PENDING -> decision == null;
                case REPLAYED -> decision != null && decision.state() != DeadLetterDecisions.State.DISCARDED;
                case DISCARDED -> decision != null && decision.state() == DeadLetterDecisions.State.DISCARDED;
            };
        }
    }

    /** A dead letter and the decision taken about it (null while pending). */
    public record Entry(DeadLetter letter, Decision decision) {
    }

    /**
     * One dead-letter topic: the bindings that feed it, how many records it holds, how many await a decision,
     * and one page of its records matching the filter ({@code matching} counts them over the scanned records).
     */
    public record Topic(String topic, List<String> sourceTopics, String group, List<String> bindings, long records,
            long pending, long matching, int page, int size, boolean scanLimited, List<Entry> items) {
    }

    /** The outcome of a replay. */
    public record Replayed(String id, String ceId, String republishedTo, Instant at) {
    }

    private final ConsumerBindings bindings;
    private final DeadLetterTopics topics;
    private final DeadLetterDecisions decisions;

    public DeadLetterConsole(ConsumerBindings bindings, DeadLetterTopics topics, DeadLetterDecisions decisions) {
        this.bindings = bindings;
        this.topics = topics;
        this.decisions = decisions;
    }

    public List<Topic> list(String topicFilter, String state, int page, int size) {
        Filter filter = Filter.parse(state);
        if (page < 0 || size < 1 || size > 200) {
            throw DomainException.invalid("invalid-request", "Trang phải ≥ 0 và cỡ trang từ 1 đến 200.");
        }
        List<Topic> result = new ArrayList<>();
        for (String topic : bindings.deadLetterTopics()) {
            if (topicFilter == null || topicFilter.isBlank() || topicFilter.equals(topic)) {
                result.add(topic(topic, filter, page, size));
            }
        }
        return result;
    }

    private Topic topic(String topic, Filter filter, int page, int size) {
        DeadLetterTopics.Contents contents = topics.read(topic);
        Map<String, Decision> decided = decisions.of(topic);
        List<Entry> matching = contents.letters().stream()
                .map(letter -> new Entry(letter, decided.get(letter.id())))
                .filter(entry -> filter.accepts(entry.decision()))
                .toList();
        long undecidedScanned = contents.letters().stream().filter(letter -> !decided.containsKey(letter.id())).count();
        // Records beyond the scan limit have not been looked at, so they count as pending.
        long pending = undecidedScanned + (contents.records() - contents.letters().size());
        List<ConsumerBinding> feeding = bindings.feeding(topic);
        List<Entry> items = matching.stream().skip((long) page * size).limit(size).toList();
        return new Topic(topic, feeding.stream().flatMap(binding -> binding.topics().stream()).distinct().toList(),
                feeding.getFirst().group(), feeding.stream().map(ConsumerBinding::binding).toList(),
                contents.records(), pending, matching.size(), page, size, contents.scanLimited(), items);
    }

    /** Republishes the dead letter to its original topic, once; audited. */
    public Replayed replay(String topic, int partition, long offset, Who who) {
        DeadLetterTopics.Read read = find(topic, partition, offset);
        DeadLetter letter = read.letter();
        Instant claimed = decisions.claimReplay(letter, who);
        String target;
        try {
            target = topics.republish(read);
        } catch (RuntimeException e) {
            decisions.releaseReplay(letter, claimed);
            throw e;
        }
        decisions.confirmReplay(letter, claimed, target, who);
        return new Replayed(letter.id(), letter.ceId(), target, claimed);
    }

    /** Marks the dead letter discarded: it is never replayed; audited. */
    public DeadLetter discard(String topic, int partition, long offset, String reason, Who who) {
        DeadLetter letter = find(topic, partition, offset).letter();
        decisions.discard(letter, reason, who);
        return letter;
    }

    private DeadLetterTopics.Read find(String topic, int partition, long offset) {
        if (!bindings.deadLetterTopics().contains(topic)) {
            throw DomainException.notFound("dead-letter-topic-unknown",
                    "Dịch vụ này không có hàng đợi sự kiện lỗi " + topic + ".");
        }
        return topics.read(topic, partition, offset).orElseThrow(() -> DomainException.notFound("dead-letter-not-found",
                "Không tìm thấy sự kiện lỗi " + DeadLetter.id(topic, partition, offset) + "."));
    }
}
