package vn.thidua.infra.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.thidua.infra.launcher.ReadinessCheck;
import vn.thidua.infra.standin.KafkaBroker;
import vn.thidua.infra.standin.MongoStandIn;
import vn.thidua.infra.testing.JavaProcess;

/**
 * Backup and restore against the real embedded stand-ins (mongo-java-server on H2, a KRaft
 * broker), each its own JVM as the launcher runs them.
 */
class BackupRestoreTest {

    private static final String EVENTS = "thidua.campaign.events";
    private static final String DLQ = EVENTS + ".notification-service.dlq";
    private static final String GROUP = "reporting-service";
    private static final Instant EVENT_TIME = Instant.parse("2026-03-01T01:30:00Z");

    @TempDir
    static Path standInData;

    @TempDir
    Path backups;

    private static JavaProcess mongo;
    private static JavaProcess kafka;
    private static Stores stores;
    private static MongoClient client;
    private static Admin admin;

    @BeforeAll
    static void startStandIns() throws Exception {
        int mongoPort = JavaProcess.freePort();
        int kafkaPort = JavaProcess.freePort();
        mongo = JavaProcess.start(MongoStandIn.class, standInData.resolve("mongo.log"),
                        "--data-dir", standInData.toString(), "--port", Integer.toString(mongoPort))
                .awaitReady(Duration.ofSeconds(30), ReadinessCheck.tcp(mongoPort)::isReady);
        kafka = JavaProcess.start(KafkaBroker.class, standInData.resolve("kafka.log"),
                        "--data-dir", standInData.toString(), "--port", Integer.toString(kafkaPort),
                        "--controller-port", Integer.toString(JavaProcess.freePort()))
                .awaitReady(Duration.ofSeconds(60), ReadinessCheck.kafka(kafkaPort)::isReady);
        stores = new Stores("mongodb://localhost:" + mongoPort, "localhost:" + kafkaPort);
        client = MongoClients.create(stores.mongoUri());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stores.kafkaBrokers()));
    }

    @AfterAll
    static void stopStandIns() throws Exception {
        admin.close();
        client.close();
        kafka.close();
        mongo.close();
    }

    @BeforeEach
    void wipe() throws Exception {
        for (String name : client.listDatabaseNames()) {
            if (name.startsWith("thidua_") || name.equals("unrelated")) {
                client.getDatabase(name).drop();
            }
        }
        List<String> topics = admin.listTopics().names().get().stream().filter(name -> name.startsWith("thidua.")).toList();
        if (!topics.isEmpty()) {
            admin.deleteTopics(topics).all().get();
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> admin.listTopics().names().get().stream().noneMatch(topics::contains));
        }
        List<String> groups = admin.listGroups().all().get().stream().map(listing -> listing.groupId()).toList();
        if (!groups.isEmpty()) {
            admin.deleteConsumerGroups(groups).all().get();
        }
    }

    @Test
    void restoresDocumentsIndexesRecordsAndConsumerPositionsExactly() throws Exception {
        seed();
        client.getDatabase("unrelated").getCollection("things").insertOne(new Document("_id", "not ours"));
        Map<String, List<BsonDocument>> documents = allDocuments();
        Map<String, List<BsonDocument>> indexes = allIndexes();
        Map<TopicPartition, List<String>> records = allRecords();

        PlatformBackup.Result backup = new PlatformBackup(stores, Clock.systemUTC()).backupInto(backups);

        Manifest manifest = backup.manifest();
        assertThat(manifest.databases()).extracting(Manifest.Database::name).containsExactly("thidua_campaign", "thidua_reporting");
        assertThat(manifest.documentCount()).isEqualTo(5);
        assertThat(manifest.topics()).extracting(Manifest.Topic::name).containsExactly(EVENTS, DLQ);
        assertThat(manifest.recordCount()).isEqualTo(7);
        assertThat(manifest.topics().getFirst().configs()).containsEntry("retention.ms", "-1");
        assertThat(manifest.consumerGroups()).singleElement().satisfies(group -> assertThat(group.group()).isEqualTo(GROUP));
        assertThat(manifest.platformVersion()).isNotBlank();
        assertThat(backup.archive().directory().getFileName().toString()).startsWith("thidua-backup-");
        assertThat(backup.archive().file(BackupArchive.CHECKSUMS)).content().contains("  manifest.json");

        wipe();
        assertThat(allDocuments()).isEmpty();

        PlatformRestore.Result restored = new PlatformRestore(stores, Clock.systemUTC()).restore(backup.archive(), false);

        assertThat(restored.manifest().documentCount()).isEqualTo(5);
        assertThat(allDocuments()).isEqualTo(documents);
        assertThat(allIndexes()).isEqualTo(indexes);
        assertThat(allRecords()).isEqualTo(records);
        assertThat(admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get())
                .containsEntry(new TopicPartition(EVENTS, 0), new OffsetAndMetadata(2, ""));
        Map<String, String> restoredConfig = new HashMap<>();
        admin.describeConfigs(List.of(new org.apache.kafka.common.config.ConfigResource(
                        org.apache.kafka.common.config.ConfigResource.Type.TOPIC, EVENTS))).all().get()
                .values().forEach(config -> config.entries().forEach(entry -> restoredConfig.put(entry.name(), entry.value())));
        assertThat(restoredConfig).containsEntry("retention.ms", "-1");
    }

    @Test
    void refusesANonEmptyTargetWithoutYesAndReplacesItWithYes() throws Exception {
        seed();
        BackupArchive archive = new PlatformBackup(stores, Clock.systemUTC()).backupInto(backups).archive();
        Map<String, List<BsonDocument>> documents = allDocuments();
        client.getDatabase("thidua_campaign").getCollection("campaigns").insertOne(new Document("_id", "cmp-after-backup"));

        assertThatThrownBy(() -> new PlatformRestore(stores, Clock.systemUTC()).restore(archive, false))
                .isInstanceOf(PlatformRestore.TargetNotEmptyException.class)
                .hasMessageContaining("--yes")
                .satisfies(e -> assertThat(((PlatformRestore.TargetNotEmptyException) e).contents())
                        .containsEntry("thidua_campaign.campaigns", 4L)
                        .containsEntry(EVENTS, 6L));
        assertThat(client.getDatabase("thidua_campaign").getCollection("campaigns").countDocuments()).as("untouched").isEqualTo(4);

        new PlatformRestore(stores, Clock.systemUTC()).restore(archive, true);

        assertThat(allDocuments()).isEqualTo(documents);
        assertThat(allRecords().values().stream().mapToInt(List::size).sum()).as("republished once, not appended").isEqualTo(7);
    }

    @Test
    void refusesACorruptedArchiveBeforeWritingAnything() throws Exception {
        seed();
        BackupArchive archive = new PlatformBackup(stores, Clock.systemUTC()).backupInto(backups).archive();
        wipe();
        Path campaigns = archive.file("mongo/thidua_campaign/campaigns.ejson");
        byte[] bytes = Files.readAllBytes(campaigns);
        bytes[10] = (byte) (bytes[10] == 'x' ? 'y' : 'x');
        Files.write(campaigns, bytes);

        assertThatThrownBy(() -> new PlatformRestore(stores, Clock.systemUTC()).restore(archive, true))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("checksum mismatch for mongo/thidua_campaign/campaigns.ejson")
                .hasMessageContaining("Nothing was restored");
        assertThat(allDocuments()).as("no database half-restored").isEmpty();
        assertThat(admin.listTopics().names().get()).noneMatch(name -> name.startsWith("thidua."));
    }

    @Test
    void refusesWhileAServiceHoldsALeaseOrConsumes() throws Exception {
        seed();
        BackupArchive archive = new PlatformBackup(stores, Clock.systemUTC()).backupInto(backups).archive();
        client.getDatabase("thidua_campaign").getCollection("outbox_leases").insertOne(new Document("_id", "outbox-relay")
                .append("owner", "replica-1").append("expiresAt", Date.from(Instant.now().plusSeconds(60))));

        assertThatThrownBy(() -> new PlatformRestore(stores, Clock.systemUTC()).restore(archive, true))
                .isInstanceOf(PlatformRestore.ServicesRunningException.class)
                .hasMessageContaining("thidua_campaign.outbox_leases 'outbox-relay'");
        assertThat(client.getDatabase("thidua_campaign").getCollection("outbox_leases").countDocuments()).isEqualTo(1);

        client.getDatabase("thidua_campaign").getCollection("outbox_leases").deleteMany(new Document());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stores.kafkaBrokers(),
                        ConsumerConfig.GROUP_ID_CONFIG, "notification-service"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(EVENTS));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200));
                return !consumer.assignment().isEmpty();
            });
            assertThatThrownBy(() -> new PlatformRestore(stores, Clock.systemUTC()).restore(archive, true))
                    .isInstanceOf(PlatformRestore.ServicesRunningException.class)
                    .hasMessageContaining("consumer group notification-service");
        }
    }

    @Test
    void movesCommittedPositionsOntoTheRepublishedOffsets() {
        long[] original = {3, 4, 7, 8};
        assertThat(KafkaArchive.newOffset(original, 0)).isZero();
        assertThat(KafkaArchive.newOffset(original, 4)).isEqualTo(1);
        assertThat(KafkaArchive.newOffset(original, 5)).isEqualTo(2);
        assertThat(KafkaArchive.newOffset(original, 9)).isEqualTo(4);
    }

    @Test
    void keepsTextReadableAndBinaryExact() {
        byte[] text = "Sở Nông nghiệp".getBytes(StandardCharsets.UTF_8);
        byte[] binary = {(byte) 0xC3, 0x28, 0, (byte) 0xFF};
        assertThat(KafkaArchive.bytesNode(text).has("text")).isTrue();
        assertThat(KafkaArchive.bytes(KafkaArchive.bytesNode(text))).isEqualTo(text);
        assertThat(KafkaArchive.bytesNode(binary).has("base64")).isTrue();
        assertThat(KafkaArchive.bytes(KafkaArchive.bytesNode(binary))).isEqualTo(binary);
        assertThat(KafkaArchive.bytes(KafkaArchive.bytesNode(null))).isNull();
    }

    private static void seed() throws Exception {
        MongoDatabase campaign = client.getDatabase("thidua_campaign");
        ObjectId letter = new ObjectId();
        campaign.getCollection("campaigns").insertMany(List.of(
                new Document("_id", "cmp-2026-0001")
                        .append("title", "Phong trào thi đua cải cách hành chính năm 2026")
                        .append("theme", "Kỷ cương, trách nhiệm, phục vụ Nhân dân")
                        .append("letterId", letter)
                        .append("periodStart", Date.from(Instant.parse("2026-03-01T00:00:00Z")))
                        .append("revision", 7L)
                        .append("budget", Decimal128.parse("1250000000.50"))
                        .append("contents", List.of(
                                new Document("number", 1).append("text", "Thi đua đơn giản hóa thủ tục hành chính.")
                                        .append("units", List.of("SNNMT-VP", "SNNMT-TTCNTT")),
                                new Document("number", 2).append("text", "Nâng cao chỉ số hài lòng của người dân.")
                                        .append("units", List.of())))
                        .append("pendingEvents", List.of(new Document("eventId", "evt-9").append("type", "thidua.CampaignUpdated.v1")))
                        .append("closedAt", null),
                new Document("_id", "cmp-2026-0002").append("title", "Thi đua “Dân vận khéo”").append("number", 2),
                new Document("_id", "cmp-2026-0003").append("title", "Đợt thi đua đặc biệt").append("number", 3)));
        campaign.getCollection("campaigns").createIndex(Indexes.ascending("number"), new IndexOptions().unique(true).sparse(true).name("number_unique"));
        campaign.getCollection("campaigns").createIndex(Indexes.compoundIndex(Indexes.ascending("title"), Indexes.descending("periodStart")));
        campaign.getCollection("agencies").insertOne(new Document("_id", new ObjectId()).append("name", "Sở Nông nghiệp và Môi trường"));
        MongoDatabase reporting = client.getDatabase("thidua_reporting");
        reporting.getCollection("unit_reports").insertOne(new Document("_id", "rpt-1").append("appliedEventIds", List.of("evt-1", "evt-2")));
        reporting.createCollection("dashboard_rows");
        reporting.getCollection("dashboard_rows").createIndex(Indexes.ascending("campaignId"));

        admin.createTopics(List.of(
                new NewTopic(EVENTS, 3, (short) 1).configs(Map.of("retention.ms", "-1")),
                new NewTopic(DLQ, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stores.kafkaBrokers(), ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 6; i++) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("ce_id", ("evt-" + i).getBytes(StandardCharsets.UTF_8));
                headers.add("ce_type", "thidua.CampaignLaunched.v1".getBytes(StandardCharsets.UTF_8));
                headers.add("traceparent", new byte[] {0, (byte) 0xFF, (byte) i});
                headers.add("ce_id", ("duplicate-header-" + i).getBytes(StandardCharsets.UTF_8));
                byte[] value = i == 5 ? null : ("{\"title\":\"Phát động phong trào " + i + "\"}").getBytes(StandardCharsets.UTF_8);
                producer.send(new ProducerRecord<>(EVENTS, i % 2, EVENT_TIME.toEpochMilli() + i,
                        ("cmp-2026-000" + (i % 2)).getBytes(StandardCharsets.UTF_8), value, headers)).get();
            }
            RecordHeaders failure = new RecordHeaders();
            failure.add("x-exception-message", "Không gửi được thư".getBytes(StandardCharsets.UTF_8));
            producer.send(new ProducerRecord<>(DLQ, 0, EVENT_TIME.toEpochMilli(), "cmp-2026-0001".getBytes(StandardCharsets.UTF_8),
                    "{}".getBytes(StandardCharsets.UTF_8), failure)).get();
        }
        admin.alterConsumerGroupOffsets(GROUP, Map.of(new TopicPartition(EVENTS, 0), new OffsetAndMetadata(2, ""))).all().get();
    }

    /** {@code db.collection → documents by _id} for the platform's databases. */
    private static Map<String, List<BsonDocument>> allDocuments() {
        Map<String, List<BsonDocument>> all = new LinkedHashMap<>();
        for (String db : new java.util.TreeSet<>(client.listDatabaseNames().into(new ArrayList<>()))) {
            if (!db.startsWith("thidua_")) {
                continue;
            }
            for (String collection : new java.util.TreeSet<>(client.getDatabase(db).listCollectionNames().into(new ArrayList<>()))) {
                all.put(db + "." + collection, client.getDatabase(db).getCollection(collection, BsonDocument.class)
                        .find().sort(new Document("_id", 1)).into(new ArrayList<>()));
            }
        }
        return all;
    }

    private static Map<String, List<BsonDocument>> allIndexes() {
        Map<String, List<BsonDocument>> all = new LinkedHashMap<>();
        for (String key : allDocuments().keySet()) {
            String[] names = key.split("\\.", 2);
            List<BsonDocument> indexes = new ArrayList<>();
            for (BsonDocument index : client.getDatabase(names[0]).getCollection(names[1]).listIndexes(BsonDocument.class)) {
                index.remove("v");
                index.remove("ns");
                indexes.add(index);
            }
            indexes.sort((a, b) -> a.getString("name").getValue().compareTo(b.getString("name").getValue()));
            all.put(key, indexes);
        }
        return all;
    }

    /** Every record of the platform's topics per partition, in offset order, as comparable text. */
    private static Map<TopicPartition, List<String>> allRecords() throws Exception {
        Map<TopicPartition, List<String>> all = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stores.kafkaBrokers()), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            for (String topic : new java.util.TreeSet<>(admin.listTopics().names().get())) {
                if (!topic.startsWith("thidua.")) {
                    continue;
                }
                List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                partitions.forEach(tp -> all.put(tp, new ArrayList<>()));
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                        all.get(new TopicPartition(record.topic(), record.partition())).add(describe(record));
                    }
                    return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
                });
            }
        }
        return all;
    }

    private static String describe(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder text = new StringBuilder()
                .append(record.offset()).append(' ').append(record.timestamp()).append(' ')
                .append(KafkaArchive.bytesNode(record.key())).append(' ').append(KafkaArchive.bytesNode(record.value()));
        for (Header header : record.headers()) {
            text.append(' ').append(header.key()).append('=').append(KafkaArchive.bytesNode(header.value()));
        }
        return text.toString();
    }

}
