package vn.thidua.eventing.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * This service's consumer bindings as configured ({@code spring.cloud.stream.bindings.<name>-in-<n>} with a
 * destination and a group), and the dead-letter topic of each: its {@code dlq-name}, else the binder's default
 * {@code error.<topic>.<group>}. The admin API and the Kafka meters look at these and nothing else, so no one can
 * read or replay another service's topics through this service.
 */
public class ConsumerBindings {

    /** One consumer binding: what it reads, as which group, and where its dead letters go (null when disabled). */
    public record ConsumerBinding(String binding, List<String> topics, String group, String deadLetterTopic) {
    }

    /** The settings read from {@code spring.cloud.stream.bindings.*}. */
    record BindingSettings(String destination, String group) {
    }

    /** The settings read from {@code spring.cloud.stream.kafka.bindings.*}. */
    record KafkaBindingSettings(KafkaConsumerSettings consumer) {
    }

    record KafkaConsumerSettings(String dlqName, Boolean enableDlq) {
    }

    private final List<ConsumerBinding> bindings;

    public ConsumerBindings(Environment environment) {
        Binder binder = Binder.get(environment);
        Map<String, BindingSettings> settings = binder
                .bind("spring.cloud.stream.bindings", Bindable.mapOf(String.class, BindingSettings.class))
                .orElse(Map.of());
        Map<String, KafkaBindingSettings> kafka = binder
                .bind("spring.cloud.stream.kafka.bindings", Bindable.mapOf(String.class, KafkaBindingSettings.class))
                .orElse(Map.of());
        boolean dlqByDefault = binder.bind("spring.cloud.stream.kafka.default.consumer.enable-dlq", Boolean.class)
                .orElse(false);
        List<ConsumerBinding> found = new ArrayList<>();
        settings.forEach((name, binding) -> {
            if (!name.contains("-in-") || binding.destination() == null || binding.group() == null) {
                return;
            }
            List<String> topics = Arrays.stream(binding.destination().split(",")).map(String::strip)
                    .filter(topic -> !topic.isEmpty()).toList();
            KafkaConsumerSettings consumer = Optional.ofNullable(kafka.get(name)).map(KafkaBindingSettings::consumer)
                    .orElse(new KafkaConsumerSettings(null, null));
            boolean dlq = consumer.enableDlq() == null ? dlqByDefault : consumer.enableDlq();
            String deadLetterTopic = !dlq ? null
                    : consumer.dlqName() != null ? consumer.dlqName()
                    : "error." + topics.getFirst() + "." + binding.group();
            found.add(new ConsumerBinding(name, topics, binding.group(), deadLetterTopic));
        });
        found.sort(Comparator.comparing(ConsumerBinding::binding));
        this.bindings = List.copyOf(found);
    }

    public List<ConsumerBinding> all() {
        return bindings;
    }

    /** The consumer groups of this service. */
    public Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        bindings.forEach(binding -> groups.add(binding.group()));
        return groups;
    }

    /** The topics one group reads. */
    public Set<String> topicsOf(String group) {
        Set<String> topics = new LinkedHashSet<>();
        bindings.stream().filter(binding -> binding.group().equals(group)).forEach(binding -> topics.addAll(binding.topics()));
        return topics;
    }

    /** The dead-letter topics of this service's bindings, each once. */
    public Set<String> deadLetterTopics() {
        Set<String> topics = new LinkedHashSet<>();
        bindings.stream().map(ConsumerBinding::deadLetterTopic).filter(topic -> topic != null).forEach(topics::add);
        return topics;
    }

    public List<ConsumerBinding> feeding(String deadLetterTopic) {
        return bindings.stream().filter(binding -> deadLetterTopic.equals(binding.deadLetterTopic())).toList();
    }
}
