package vn.thidua.infra.standin;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The server.properties of a single-node Kafka in KRaft combined mode (broker and controller in
 * one process), with every internal topic at replication factor 1 since there is only one node.
 */
public record KafkaBrokerConfig(Path kafkaDir, int port, int controllerPort) {

    public Path propertiesFile() {
        return kafkaDir.resolve("server.properties");
    }

    public Path logDir() {
        return kafkaDir.resolve("log");
    }

    /** Present once the log directory has been formatted; formatting twice would fail. */
    public Path metaProperties() {
        return logDir().resolve("meta.properties");
    }

    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("process.roles", "broker,controller");
        settings.put("node.id", "1");
        settings.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        settings.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        settings.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        settings.put("controller.listener.names", "CONTROLLER");
        settings.put("inter.broker.listener.name", "PLAINTEXT");
        settings.put("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        settings.put("log.dirs", logDir().toString());
        settings.put("num.partitions", "6");
        settings.put("auto.create.topics.enable", "true");
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("offsets.topic.num.partitions", "6");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        settings.put("min.insync.replicas", "1");
        // A local developer broker: consumers join at once instead of waiting for more members.
        settings.put("group.initial.rebalance.delay.ms", "0");
        return settings;
    }

    /** Writes the file afresh on each start, so a changed port offset is picked up. */
    public Path write() throws IOException {
        Files.createDirectories(logDir());
        Properties properties = new Properties();
        properties.putAll(settings());
        try (Writer writer = Files.newBufferedWriter(propertiesFile(), StandardCharsets.UTF_8)) {
            properties.store(writer, "Written by the Thi Đua Kafka stand-in; rewritten on every start");
        }
        return propertiesFile();
    }
}
