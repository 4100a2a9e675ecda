package vn.thidua.eventing.tracing;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Hands the application's observation registry to the Kafka binder's listener containers and
 * templates. The binder turns their observation on ({@code spring.cloud.stream.kafka.binder.enable-observation})
 * but leaves them with the no-op registry, so without this no listener span would continue the
 * record's {@code traceparent} and the binder's own log lines (retries, dead letters) would carry no
 * trace id.
 */
public final class KafkaObservationCustomizers {

    private KafkaObservationCustomizers() {
    }

    public static ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> listeners(
            ObservationRegistry registry) {
        return (container, destination, group) -> container.getContainerProperties().setObservationRegistry(registry);
    }

    public static ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> producers(
            ObservationRegistry registry) {
        return (handler, destination) -> handler.getKafkaTemplate().setObservationRegistry(registry);
    }
}
