package vn.thidua.eventing.relay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.messaging.Message;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.contracts.notification.NotificationSent;
import vn.thidua.eventing.inbound.AppliedEvents;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;

/**
 * A minimal service for eventing's own tests: a "probe" aggregate that raises an event through the
 * outbox, and a consumer that counts what it receives behind the applied-events guard, noting the
 * trace it ran in and the event id in its logging context.
 */
@SpringBootApplication
public class ProbeApplication {

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

    @Bean
    Consumer<Message<byte[]>> notificationEvents(EventReader reader, MongoTemplate mongo, Tracer tracer) {
        return message -> reader.read(message).ifPresent(inbound -> {
            if (inbound.data() instanceof NotificationSent sent) {
                Span span = tracer.currentSpan();
                Update update = new Update().inc("received", 1)
                        .set("traceId", span == null ? null : span.context().traceId())
                        .set("loggedEventId", MDC.get("eventId"));
                mongo.upsert(new Query(AppliedEvents.notYetApplied(Criteria.where("_id").is(sent.recipient()), inbound.id())),
                        AppliedEvents.markApplied(update, inbound.id()), "received");
            }
        });
    }
}
