package vn.thidua.reporting.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.Topics;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.inbound.EventReader;
import vn.thidua.eventing.inbound.InboundEvent;
import vn.thidua.eventing.inbound.MalformedEventException;
import vn.thidua.eventing.store.Lease;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.config.ReportingProperties;

/**
 * Rebuilds the dashboard from the topics while the live one keeps serving. A rebuild opens a fresh
 * generation of the documents as the shadow ({@link DashboardGenerations}: from then on the live
 * consumers write each event to it too), notes the end offsets of every partition of the topics the
 * dashboard reads, reads them from the beginning up to those offsets with a plain Kafka consumer
 * (assigned partitions, no consumer group, nothing committed) into the shadow, and then makes the
 * shadow the live generation in one write. Events after the noted offsets reach the shadow through the
 * live consumers; events before them through the replay; one reaching it both ways is applied once.
 * Malformed events are skipped (the live consumers sent them to the dead-letter topics). One rebuild
 * runs at a time across replicas (a lease); its progress is kept in {@code dashboard_rebuilds}, whose
 * documents keep an audit trail (who asked, how it ended).
 */
@Service
public class DashboardRebuilds {

    static final String REBUILDS = "dashboard_rebuilds";
    private static final Who SYSTEM = Who.system("reporting-service");
    private static final Logger log = LoggerFactory.getLogger(DashboardRebuilds.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** Where a rebuild stands. ABANDONED: its replica stopped renewing the lease (it stopped or crashed). */
    public enum Status {
        RUNNING, COMPLETED, FAILED, ABANDONED
    }

    /** A rebuild as the API shows it; {@code percent} of the events to replay that were read. */
    public record RebuildView(String id, Status status, int generation, String requestedBy, Instant requestedAt,
            Instant finishedAt, long eventsToReplay, long eventsRead, long eventsApplied, long eventsSkipped,
            double percent, String error) {
    }

    private final MongoTemplate mongo;
    private final DashboardGenerations generations;
    private final DashboardProjection projection;
    private final DashboardChanges changes;
    private final EventReader reader;
    private final Clock clock;
    private final Lease lease;
    private final Duration leaseDuration;
    private final String brokers;
    private final List<String> topics;
    private final Map<String, String> consumerProperties;
    private final AtomicBoolean running = new AtomicBoolean();

    public DashboardRebuilds(MongoTemplate mongo, DashboardGenerations generations, DashboardProjection projection,
            DashboardChanges changes, EventReader reader, Clock clock, ReportingProperties properties,
            @Value("${spring.cloud.stream.kafka.binder.brokers}") String brokers,
            @Value("${spring.cloud.stream.bindings.campaignEvents-in-0.destination:" + Topics.CAMPAIGN + "}")
            String campaignTopic,
            @Value("${spring.cloud.stream.bindings.reportingEvents-in-0.destination:" + Topics.REPORTING + "}")
            String reportingTopic,
            @Value("${spring.cloud.stream.bindings.awardEvents-in-0.destination:" + Topics.AWARD + "}")
            String awardTopic) {
        this.mongo = mongo;
        this.generations = generations;
        this.projection = projection;
        this.changes = changes;
        this.reader = reader;
        this.clock = clock;
        this.leaseDuration = properties.dashboard().rebuildLease();
        // Wall-clock time for the lease: it is about replicas being alive, not about business dates.
        this.lease = new Lease(mongo, Clock.systemUTC(), "scheduler_leases", "dashboard-rebuild", leaseDuration);
        this.brokers = brokers;
        this.topics = List.of(campaignTopic, reportingTopic, awardTopic);
        this.consumerProperties = properties.dashboard().rebuildConsumer();
    }

    /** Starts a rebuild in the background; 409 while another one runs (here or on another replica). */
    public RebuildView start(Who who) {
        if (!running.compareAndSet(false, true)) {
            throw alreadyRunning();
        }
        try {
            if (!lease.hold()) {
                throw alreadyRunning();
            }
            String id = "rebuild-" + UUID.randomUUID();
            Instant now = clock.instant();
            DashboardCollections shadow = generations.openShadow();
            Map<String, Object> rebuild = new HashMap<>();
            rebuild.put("_id", id);
            rebuild.put("status", Status.RUNNING.name());
            rebuild.put("generation", shadow.generation());
            rebuild.put("requestedBy", who.subject());
            rebuild.put("requestedAt", Date.from(now));
            rebuild.put("heartbeatAt", new Date());
            rebuild.put("eventsToReplay", 0L);
            rebuild.put("eventsRead", 0L);
            rebuild.put("eventsApplied", 0L);
            rebuild.put("eventsSkipped", 0L);
            rebuild.put("auditTrail", List.of(mongo.getConverter().convertToMongoType(AuditEntry.of(who, now,
                    "DASHBOARD_REBUILD_REQUESTED", "Yêu cầu dựng lại bảng điều khiển từ đầu các luồng sự kiện (thế hệ "
                            + shadow.generation() + ").").change(null, "Đang dựng lại"))));
            mongo.insert(new org.bson.Document(rebuild), REBUILDS);
            Thread.ofVirtual().name("dashboard-" + id).start(() -> run(id, shadow));
            return find(id);
        } catch (RuntimeException e) {
            running.set(false);
            lease.release();
            throw e;
        }
    }

    public RebuildView get(String id) {
        RebuildView view = find(id);
        if (view == null) {
            throw DomainException.notFound("rebuild-not-found", "Không tìm thấy lần dựng lại bảng điều khiển " + id
                    + ".");
        }
        return view;
    }

    private void run(String id, DashboardCollections shadow) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = partitions(consumer);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> start = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long toReplay = partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
            progress(id, new Update().set("eventsToReplay", toReplay));
            Counts counts = new Counts();
            List<TopicPartition> open = new ArrayList<>(partitions.stream()
                    .filter(p -> end.get(p) > start.get(p)).toList());
            while (!open.isEmpty()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition)) {
                        replay(record, shadow, counts);
                    }
                }
                open.removeIf(p -> consumer.position(p) >= end.get(p));
                if (!lease.hold()) {
                    throw new IllegalStateException("Another replica took over the rebuild lease");
                }
                progress(id, counts.update());
            }
            if (!generations.promote(shadow)) {
                throw new IllegalStateException("The shadow generation " + shadow.generation()
                        + " was replaced by another rebuild");
            }
            finish(id, counts.update().set("status", Status.COMPLETED.name()), "DASHBOARD_REBUILD_COMPLETED",
                    "Đã dựng lại bảng điều khiển: " + counts.read + " sự kiện đã đọc, " + counts.applied
                            + " làm thay đổi số liệu, " + counts.skipped + " bị bỏ qua.", "Hoàn tất");
            changes.publish(new ChangeNotice(EnumSet.allOf(DashboardView.class), Map.of(), id, "DashboardRebuilt"));
            log.info("Dashboard rebuilt ({}): generation {} live, {} events replayed", id, shadow.generation(),
                    counts.read);
        } catch (RuntimeException e) {
            log.error("Dashboard rebuild {} failed", id, e);
            generations.abandon(shadow);
            finish(id, new Update().set("status", Status.FAILED.name()).set("error", String.valueOf(e.getMessage())),
                    "DASHBOARD_REBUILD_FAILED", "Dựng lại bảng điều khiển thất bại: " + e.getMessage(), "Thất bại");
        } finally {
            lease.release();
            running.set(false);
        }
    }

    /** One record into the shadow; unreadable or incomplete ones are skipped as the live consumers skipped them. */
    private void replay(ConsumerRecord<byte[], byte[]> record, DashboardCollections shadow, Counts counts) {
        counts.read++;
        if (record.value() == null) {
            counts.skipped++;
            return;
        }
        try {
            Optional<InboundEvent> inbound = reader.read(message(record));
            if (inbound.isEmpty()) {
                counts.skipped++;
            } else if (!projection.applyTo(shadow, inbound.get().id(), inbound.get().data()).isEmpty()) {
                counts.applied++;
            }
        } catch (MalformedEventException e) {
            counts.skipped++;
            log.debug("Rebuild skips malformed record {}-{}@{}: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
        }
    }

    private static Message<byte[]> message(ConsumerRecord<byte[], byte[]> record) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value())
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, record.topic());
        for (Header header : record.headers()) {
            message.setHeader(header.key(), header.value());
        }
        return message.build();
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer) {
        var existing = consumer.listTopics(Duration.ofSeconds(30));
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            existing.getOrDefault(topic, List.of())
                    .forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return partitions;
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-dashboard-rebuild");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.putAll(consumerProperties);
        return config;
    }

    private void progress(String id, Update update) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(id)), update.set("heartbeatAt", Instant.now()), REBUILDS);
    }

    private void finish(String id, Update update, String action, String detail, String after) {
        Instant now = clock.instant();
        update.set("finishedAt", now).push("auditTrail", mongo.getConverter().convertToMongoType(
                AuditEntry.of(SYSTEM, now, action, detail).change("Đang dựng lại", after)));
        progress(id, update);
    }

    private RebuildView find(String id) {
        org.bson.Document doc = mongo.findById(id, org.bson.Document.class, REBUILDS);
        if (doc == null) {
            return null;
        }
        Status status = Status.valueOf(doc.getString("status"));
        Instant heartbeat = instant(doc.get("heartbeatAt"));
        if (status == Status.RUNNING && heartbeat != null
                && heartbeat.plus(leaseDuration).isBefore(Instant.now())) {
            status = Status.ABANDONED;
        }
        long toReplay = number(doc, "eventsToReplay");
        long read = number(doc, "eventsRead");
        double percent = status == Status.COMPLETED ? 100.0
                : toReplay == 0 ? 0.0 : Math.min(100.0, Math.floor(read * 1000.0 / toReplay) / 10.0);
        return new RebuildView(id, status, doc.getInteger("generation", 0), doc.getString("requestedBy"),
                instant(doc.get("requestedAt")), instant(doc.get("finishedAt")), toReplay, read,
                number(doc, "eventsApplied"), number(doc, "eventsSkipped"), percent, doc.getString("error"));
    }

    private static long number(org.bson.Document doc, String field) {
        Object value = doc.get(field);
        return value instanceof Number n ? n.longValue() : 0L;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            default -> Instant.parse(value.toString());
        };
    }

    private static DomainException alreadyRunning() {
        return DomainException.conflict("rebuild-running", "Bảng điều khiển đang được dựng lại; chờ lần dựng lại "
                + "hiện tại hoàn tất.");
    }

    /** What one rebuild has read so far. */
    private static final class Counts {
        long read;
        long applied;
        long skipped;

        Update update() {
            return new Update().set("eventsRead", read).set("eventsApplied", applied).set("eventsSkipped", skipped);
        }
    }
}
