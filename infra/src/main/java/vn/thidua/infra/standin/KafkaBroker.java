package vn.thidua.infra.standin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.thidua.infra.support.Args;
import vn.thidua.infra.support.ParentWatch;

/**
 * A real Apache Kafka broker, single node, KRaft combined mode, run from the Kafka jars in this
 * module's classpath. Data lives under {@code <data-dir>/kafka} and survives restarts: the log
 * directory is formatted only the first time.
 *
 * <p>Usage: {@code KafkaBroker --data-dir DIR [--port 9092] [--controller-port 9093]}
 */
public final class KafkaBroker {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private KafkaBroker() {
    }

    public static void main(String[] args) throws Exception {
        Args options = Args.parse(args);
        KafkaBrokerConfig config = new KafkaBrokerConfig(
                options.requiredPath("data-dir").resolve("kafka"),
                options.intOption("port", 9092),
                options.intOption("controller-port", 9093));
        Path properties = config.write();
        formatOnce(config);
        ParentWatch.startIfConfigured();
        log.info("Starting Kafka on localhost:{} (controller {}), data in {}",
                config.port(), config.controllerPort(), config.logDir());
        // kafka.Kafka installs its own shutdown hook: SIGTERM gives a controlled shutdown.
        kafka.Kafka.main(new String[] {properties.toString()});
    }

    static void formatOnce(KafkaBrokerConfig config) {
        if (Files.exists(config.metaProperties())) {
            log.info("Log directory already formatted, reusing {}", config.logDir());
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting {} for new cluster {}", config.logDir(), clusterId);
        ByteArrayOutputStream toolOutput = new ByteArrayOutputStream();
        int exitCode = StorageTool.execute(
                new String[] {"format", "-t", clusterId, "-c", config.propertiesFile().toString()},
                new PrintStream(toolOutput, true, StandardCharsets.UTF_8));
        String output = toolOutput.toString(StandardCharsets.UTF_8).strip();
        if (exitCode != 0) {
            throw new IllegalStateException("kafka-storage format failed (exit " + exitCode + "): " + output);
        }
        log.debug("{}", output);
    }
}
