package vn.thidua.eventing.config;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.kafka.support.SimpleKafkaHeaderMapper;

import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.health.MongoPingHealthIndicator;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.EventPublisher;
import vn.thidua.eventing.outbox.KafkaEventPublisher;
import vn.thidua.eventing.outbox.OutboxProperties;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.ProblemDetailsAdvice;

/** Wires the outbox, its relay, the event reader, the CloudEvents header mapping and Mongo health into each service. */
// Before Boot's WebMvcAutoConfiguration, so Boot's own problem-details handler backs off in favour of ours
// (it is conditional on no other ResponseEntityExceptionHandler).
@AutoConfiguration(afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@EnableConfigurationProperties(OutboxProperties.class)
public class EventingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    TopicProvisioner topicProvisioner(Environment environment) {
        return new TopicProvisioner(environment.getRequiredProperty("spring.cloud.stream.kafka.binder.brokers"),
                environment.getProperty("thidua.topics.partitions", Integer.class, 6),
                environment.getProperty("thidua.topics.replication", Short.class, (short) 1),
                environment.getProperty("thidua.topics.retention-ms", Long.class, -1L));
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(StreamBridge streamBridge) {
        return new KafkaEventPublisher(streamBridge);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties, Clock clock) {
        return new OutboxRelay(mongo, publisher, properties, clock);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateStore(mongo, relay);
    }

    @Bean
    Sequences sequences(MongoTemplate mongo) {
        return new Sequences(mongo);
    }

    @Bean
    CurrentActor currentActor() {
        return new CurrentActor();
    }

    @Bean
    EventOutbox eventOutbox(Environment environment, Clock clock, OutboxRelay relay) {
        String service = environment.getRequiredProperty("spring.application.name");
        return new EventOutbox("/thidua/" + service, clock, relay);
    }

    @Bean
    EventReader eventReader(ObjectProvider<MeterRegistry> meters) {
        return new EventReader(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * The Kafka binder picks this bean up by name. CloudEvents binary mode wants the ce_ headers as
     * plain UTF-8 bytes, not the JSON-encoded values (and type hints) of the binder's default mapper.
     */
    @Bean
    KafkaHeaderMapper kafkaBinderHeaderMapper() {
        SimpleKafkaHeaderMapper mapper = new SimpleKafkaHeaderMapper("ce_*", CloudEventHeaders.CONTENT_TYPE);
        mapper.setMapAllStringsOut(true);
        CloudEventHeaders.ALL.forEach(name -> mapper.addRawMappedHeader(name, true));
        return mapper;
    }

    /** Replaces Boot's {@code hello}-based indicator under the same name. */
    @Bean
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
