package vn.thidua.eventing.config;

import java.time.Clock;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.cloud.stream.config.ProducerMessageHandlerCustomizer;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.integration.config.GlobalChannelInterceptor;
import org.springframework.integration.kafka.outbound.KafkaProducerMessageHandler;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaderMapper;
import org.springframework.kafka.support.SimpleKafkaHeaderMapper;

import vn.thidua.eventing.CloudEventHeaders;
import vn.thidua.eventing.health.MongoPingHealthIndicator;
import vn.thidua.eventing.inbound.EventHandlingInterceptor;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.eventing.inbound.LastEventsSeen;
import vn.thidua.eventing.metrics.BusinessCounters;
import vn.thidua.eventing.operations.DeadLetterDecisions;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.EventPublisher;
import vn.thidua.eventing.outbox.KafkaEventPublisher;
import vn.thidua.eventing.outbox.OutboxMetrics;
import vn.thidua.eventing.outbox.OutboxProperties;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.store.Sequences;
import vn.thidua.eventing.tracing.EventTracing;
import vn.thidua.eventing.tracing.KafkaObservationCustomizers;
import vn.thidua.eventing.audit.AuditController;
import vn.thidua.eventing.audit.AuditLog;
import vn.thidua.eventing.audit.AuditedCollection;
import vn.thidua.eventing.security.SecurityProperties;
import vn.thidua.eventing.security.TokenActors;
import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.ProblemDetailsAdvice;

/**
 * Wires the outbox, its relay, the event reader, the CloudEvents header mapping, the eventing meters,
 * trace propagation through the outbox and Kafka, and Mongo health into each service.
 */
// Before Boot's WebMvcAutoConfiguration, so Boot's own problem-details handler backs off in favour of ours
// (it is conditional on no other ResponseEntityExceptionHandler).
@AutoConfiguration(afterName = { "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" },
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@EnableConfigurationProperties({ OutboxProperties.class, SecurityProperties.class })
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

    /** Boot's Micrometer Tracing (OpenTelemetry bridge, W3C propagation) when present; otherwise nothing is traced. */
    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer activeTracer = tracer.getIfUnique();
        Propagator activePropagator = propagator.getIfUnique();
        if (activeTracer == null || activePropagator == null) {
            return EventTracing.disabled();
        }
        return new EventTracing(activeTracer, activePropagator);
    }

    /** The binder's listener containers observe with the application's registry: consumer spans, trace ids in its logs. */
    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean(ListenerContainerCustomizer.class)
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> observedKafkaListeners(
            ObservationRegistry registry) {
        return KafkaObservationCustomizers.listeners(registry);
    }

    @Bean
    @ConditionalOnBean(ObservationRegistry.class)
    @ConditionalOnMissingBean(ProducerMessageHandlerCustomizer.class)
    ProducerMessageHandlerCustomizer<KafkaProducerMessageHandler<?, ?>> observedKafkaProducers(
            ObservationRegistry registry) {
        return KafkaObservationCustomizers.producers(registry);
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher eventPublisher(StreamBridge streamBridge, EventTracing tracing) {
        return new KafkaEventPublisher(streamBridge, tracing);
    }

    @Bean
    OutboxMetrics outboxMetrics(MongoTemplate mongo, ObjectProvider<MeterRegistry> meters, Clock clock,
            OutboxProperties properties) {
        return new OutboxMetrics(mongo, meters.getIfAvailable(SimpleMeterRegistry::new), clock,
                properties.metricsMaxAge(), properties.collections());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxProperties properties, Clock clock,
            OutboxMetrics metrics, EventTracing tracing) {
        return new OutboxRelay(mongo, publisher, properties, clock, metrics, tracing);
    }

    @Bean
    AggregateStore aggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateStore(mongo, relay);
    }

    @Bean
    Sequences sequences(MongoTemplate mongo) {
        return new Sequences(mongo);
    }

    /** Operators' replays and discards of dead letters are audited changes too (ADMIN only: no agency). */
    @Bean
    AuditedCollection deadLetterDecisionsAudit() {
        return DeadLetterDecisions.AUDITED;
    }

    /**
     * {@code GET /api/audit} over the collections the service declares as {@link AuditedCollection} beans, and
     * eventing's own ({@code dead_letter_decisions}), so every service has it.
     */
    @Bean
    AuditLog auditLog(MongoTemplate mongo, List<AuditedCollection> collections) {
        return new AuditLog(mongo, collections);
    }

    @Bean
    AuditController auditController(AuditLog log, CurrentActor actor) {
        return new AuditController(log, actor);
    }

    @Bean
    TokenActors tokenActors(SecurityProperties properties) {
        return new TokenActors(properties.claims());
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentActor currentActor(TokenActors tokens) {
        return new CurrentActor(tokens);
    }

    @Bean
    EventOutbox eventOutbox(Environment environment, Clock clock, OutboxRelay relay, EventTracing tracing,
            CurrentActor actor) {
        String service = environment.getRequiredProperty("spring.application.name");
        return new EventOutbox("/thidua/" + service, clock, relay, tracing, actor::actor);
    }

    @Bean
    EventReader eventReader(ObjectProvider<MeterRegistry> meters) {
        return new EventReader(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /** On every consumer binding's input channel: the event id in the logs, and the consumed counter. */
    @Bean
    @GlobalChannelInterceptor(patterns = "*-in-*")
    EventHandlingInterceptor eventHandlingInterceptor(ObjectProvider<MeterRegistry> meters, Environment environment,
            LastEventsSeen lastEventsSeen) {
        return new EventHandlingInterceptor(meters.getIfAvailable(SimpleMeterRegistry::new), environment, lastEventsSeen);
    }

    /** The last event each group received per topic, in memory, for {@code GET /api/admin/consumers}. */
    @Bean
    LastEventsSeen lastEventsSeen(Clock clock) {
        return new LastEventsSeen(clock);
    }

    /** {@code thidua.business.events{name=…}}, for services to count launches, reports, nominations, decisions. */
    @Bean
    @ConditionalOnMissingBean
    BusinessCounters businessCounters(ObjectProvider<MeterRegistry> meters) {
        return new BusinessCounters(meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * The Kafka binder picks this bean up by name. CloudEvents binary mode wants the ce_ headers as
     * plain UTF-8 bytes, not the JSON-encoded values (and type hints) of the binder's default mapper;
     * the same for the distributed-tracing extension's {@code traceparent} and {@code tracestate}.
     */
    @Bean
    KafkaHeaderMapper kafkaBinderHeaderMapper() {
        SimpleKafkaHeaderMapper mapper = new SimpleKafkaHeaderMapper("ce_*", CloudEventHeaders.CONTENT_TYPE,
                EventTracing.TRACEPARENT, EventTracing.TRACESTATE);
        mapper.setMapAllStringsOut(true);
        CloudEventHeaders.ALL.forEach(name -> mapper.addRawMappedHeader(name, true));
        CloudEventHeaders.EXTENSIONS.forEach(name -> mapper.addRawMappedHeader(name, true));
        mapper.addRawMappedHeader(EventTracing.TRACEPARENT, true);
        mapper.addRawMappedHeader(EventTracing.TRACESTATE, true);
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
