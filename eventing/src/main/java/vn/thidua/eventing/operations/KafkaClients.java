package vn.thidua.eventing.operations;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Plain Kafka clients for the operations tools, on the binder's brokers and with the binder's client settings
 * ({@code spring.cloud.stream.kafka.binder.configuration.*}: security protocol, SASL…), so they reach the
 * cluster the bindings reach.
 */
public class KafkaClients {

    private final Map<String, Object> common;

    public KafkaClients(Environment environment) {
        Map<String, Object> settings = new HashMap<>(Binder.get(environment)
                .bind("spring.cloud.stream.kafka.binder.configuration", Bindable.mapOf(String.class, String.class))
                .orElse(Map.of()));
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"));
        this.common = Map.copyOf(settings);
    }

    public Admin admin() {
        return Admin.create(new HashMap<>(common));
    }

    /** A consumer without a group: it is assigned partitions and commits nothing. */
    public KafkaConsumer<byte[], byte[]> reader() {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // Asking about a topic must never create it.
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** The same guarantees as the outbox relay's producer: acknowledged by all in-sync replicas, idempotent. */
    public KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
