package vn.thidua.eventing.relay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpMethod;
import org.springframework.messaging.Message;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.inbound.AppliedEvents;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.eventing.migration.Migration;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.security.AccessRules;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.eventing.audit.AuditedCollection;
import vn.thidua.eventing.audit.Who;

/**
 * A minimal service for eventing's own tests: a "probe" aggregate that raises an event through the
 * outbox, and a consumer that counts what it receives behind the applied-events guard, noting the
 * trace it ran in and the event id in its logging context.
 */
@SpringBootApplication
public class ProbeApplication {

    /** Recipients whose events the consumer fails on, while a test wants them to. */
    public static final String FAULTS = "probe_faults";
    public static final String MIGRATION_ID = "2026-11-23-001-add-probe-settings";

    @Document("probes")
    public static class Probe {
        @Id
        public String id;
        public int counter;
        public List<OutboxEvent> pendingEvents = new ArrayList<>();
    }

    /** Raises the counter and records the event in the same document write. */
    public static Probe raise(MongoTemplate mongo, EventOutbox outbox, String id) {
        return raise(mongo, outbox, id, "probe@thidua.local");
    }

    /** The same, for an event the consumer records under its own recipient. */
    public static Probe raise(MongoTemplate mongo, EventOutbox outbox, String id, String recipient) {
        Probe probe = mongo.findById(id, Probe.class);
        if (probe == null) {
            probe = new Probe();
            probe.id = id;
        }
        probe.counter++;
        probe.pendingEvents.add(outbox.record(new NotificationSent(id, "source-" + probe.counter,
                "thidua.Probe.v1", Channel.EMAIL, recipient, "Đơn vị thử", "Thử nghiệm", Instant.now())));
        mongo.save(probe);
        outbox.written();
        return probe;
    }

    /** Endpoints to exercise the resource server: one published, one for OFFICE, one that changes state. */
    @RestController
    static class ProbeController {

        private final MongoTemplate mongo;
        private final EventOutbox outbox;
        private final CurrentActor actor;

        ProbeController(MongoTemplate mongo, EventOutbox outbox, CurrentActor actor) {
            this.mongo = mongo;
            this.outbox = outbox;
            this.actor = actor;
        }

        @GetMapping("/api/probes/published")
        Map<String, String> published() {
            return Map.of("actor", actor.name());
        }

        @GetMapping("/api/probes/office")
        Actor office() {
            return actor.actor();
        }

        /** A row only its own unit may read, checked in the code as the services' queries do. */
        @GetMapping("/api/probes/units/{unit}")
        Map<String, String> unitRow(@PathVariable String unit) {
            if (!actor.actor().isOfUnit(unit)) {
                throw DomainException.forbidden("Chỉ cán bộ của đơn vị " + unit + " được xem.");
            }
            return Map.of("unit", unit);
        }

        /** Filters bound from query parameters onto a record, as the services' list and dashboard filters are. */
        record ProbeFilters(String agency, Integer year, java.time.LocalDate from) {
        }

        @GetMapping("/api/probes/filtered")
        ProbeFilters filtered(@jakarta.validation.Valid ProbeFilters filters) {
            return filters;
        }

        /** A bug no handler takes: its message must never reach the client. */
        @GetMapping("/api/probes/failing")
        Map<String, String> failing() {
            throw new IllegalStateException("vn.thidua.internal secret detail");
        }

        @PostMapping("/api/probes/{id}")
        Who raise(@PathVariable String id, @RequestBody(required = false) Map<String, Object> body) {
            ProbeApplication.raise(mongo, outbox, id);
            return actor.who();
        }
    }

    /** Agencies keep their trail in the document whose id is their own code, as campaign-service's do. */
    @Bean
    AuditedCollection auditedProbeAgencies() {
        return new AuditedCollection("probe_agencies", "agency", "auditTrail", "_id");
    }

    /** A data migration as a service declares one; it runs once at start. */
    @Bean
    Migration probeSettingsMigration() {
        return Migration.of(MIGRATION_ID, "Thêm thiết lập mặc định cho probe",
                mongo -> mongo.upsert(new Query(Criteria.where("_id").is("defaults")),
                        new Update().inc("appliedTimes", 1), "probe_settings"));
    }

    @Bean
    AccessRules probeRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/probes/published", "/api/probes/units/*", "/api/probes/filtered",
                        "/api/probes/failing").permitAll()
                .requestMatchers(HttpMethod.GET, "/api/probes/office").hasRole(Role.OFFICE.name())
                .requestMatchers(HttpMethod.POST, "/api/probes/*").authenticated();
    }

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventReader reader, MongoTemplate mongo, Tracer tracer) {
        return message -> reader.read(message).ifPresent(inbound -> {
            if (inbound.data() instanceof NotificationSent sent) {
                // A fault the tests switch on per recipient: the consumer fails on valid data until it is "fixed".
                if (mongo.exists(new Query(Criteria.where("_id").is(sent.recipient())), FAULTS)) {
                    throw new IllegalStateException("Probe fault: cannot handle events for " + sent.recipient());
                }
                Span span = tracer.currentSpan();
                Update update = new Update().inc("received", 1)
                        .set("traceId", span == null ? null : span.context().traceId())
                        .set("loggedEventId", MDC.get("eventId"));
                try {
                    mongo.upsert(new Query(AppliedEvents.notYetApplied(Criteria.where("_id").is(sent.recipient()), inbound.id())),
                            AppliedEvents.markApplied(update, inbound.id()), "received");
                } catch (DuplicateKeyException alreadyApplied) {
                    // The guarded upsert of an event applied before: a redelivery or a replay, nothing to do.
                }
            }
        });
    }
}
