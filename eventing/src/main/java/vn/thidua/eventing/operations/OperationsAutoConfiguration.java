package vn.thidua.eventing.operations;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.thidua.eventing.inbound.LastEventsSeen;
import vn.thidua.eventing.outbox.OutboxBacklog;
import vn.thidua.eventing.outbox.OutboxProperties;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.web.CurrentActor;

/**
 * The operations tools every service gets: the admin API ({@code /api/admin/**}, ADMIN only) over the outbox,
 * the dead letters and the consumer groups, and the {@code thidua.consumer.lag} and {@code thidua.dlq.records}
 * meters.
 */
@AutoConfiguration(afterName = "vn.thidua.eventing.config.EventingAutoConfiguration")
@EnableConfigurationProperties(OperationsProperties.class)
public class OperationsAutoConfiguration {

    @Bean
    KafkaClients operationsKafkaClients(Environment environment) {
        return new KafkaClients(environment);
    }

    @Bean
    ConsumerBindings consumerBindings(Environment environment) {
        return new ConsumerBindings(environment);
    }

    @Bean
    DeadLetterTopics deadLetterTopics(KafkaClients operationsKafkaClients, OperationsProperties properties) {
        return new DeadLetterTopics(operationsKafkaClients, properties);
    }

    @Bean
    DeadLetterDecisions deadLetterDecisions(MongoTemplate mongo, Clock clock, OperationsProperties properties) {
        return new DeadLetterDecisions(mongo, clock, properties.staleReplayAfter());
    }

    @Bean
    DeadLetterConsole deadLetterConsole(ConsumerBindings bindings, DeadLetterTopics topics,
            DeadLetterDecisions decisions) {
        return new DeadLetterConsole(bindings, topics, decisions);
    }

    @Bean
    ConsumerLag consumerLag(KafkaClients operationsKafkaClients, OperationsProperties properties) {
        return new ConsumerLag(operationsKafkaClients, properties);
    }

    @Bean
    KafkaMeters kafkaMeters(ConsumerBindings bindings, ConsumerLag lag, ObjectProvider<MeterRegistry> meters,
            OperationsProperties properties) {
        return new KafkaMeters(bindings, lag, meters.getIfAvailable(SimpleMeterRegistry::new), properties);
    }

    @Bean
    OutboxBacklog outboxBacklog(MongoTemplate mongo, Clock clock, OutboxProperties properties) {
        return new OutboxBacklog(mongo, clock, properties.collections());
    }

    @Bean
    OperationsController operationsController(OutboxBacklog backlog, OutboxRelay relay, DeadLetterConsole deadLetters,
            ConsumerBindings bindings, ConsumerLag lag, LastEventsSeen lastSeen, CurrentActor actor) {
        return new OperationsController(backlog, relay, deadLetters, bindings, lag, lastSeen, actor);
    }
}
