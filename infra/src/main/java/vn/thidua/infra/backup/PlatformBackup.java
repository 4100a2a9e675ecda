package vn.thidua.infra.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.mongodb.client.MongoClient;

/**
 * {@code ./thidua backup}: the platform's databases and topics into one dated directory.
 *
 * <p>The order is what makes a restore safe without a global snapshot. Consumer positions are read
 * first, so they never run ahead of the databases (a consumer commits after its write): a restored
 * consumer re-reads at most what it had applied, and skips it by event id. The databases come
 * next, one collection at a time. The topics' end offsets are taken last, so every event a
 * restored document no longer holds in its outbox is on a restored topic; events still in an
 * outbox are published again after the restore, and consumers skip the duplicates.
 */
public final class PlatformBackup {

    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'thidua-backup-'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Stores stores;
    private final Clock clock;

    public PlatformBackup(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public record Result(BackupArchive archive, Manifest manifest, Duration took) {
    }

    /** Writes a new backup under {@code parent}; it only gets its final name once complete. */
    public Result backupInto(Path parent) {
        Instant started = clock.instant();
        Path target = uniqueName(parent, NAME.format(started));
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            Files.createDirectories(partial);
            BackupArchive archive = new BackupArchive(partial);
            Map<String, String> files = new TreeMap<>();
            Manifest manifest;
            try (KafkaArchive kafka = new KafkaArchive(stores.kafkaBrokers());
                    MongoClient client = stores.mongoClient()) {
                List<Manifest.ConsumerGroup> groups = kafka.consumerGroups();
                List<Manifest.Database> databases = new MongoArchive(client).dump(archive, files);
                List<Manifest.Topic> topics = kafka.dump(archive, files);
                manifest = new Manifest(Manifest.FORMAT, PlatformVersion.current(), started,
                        new Manifest.Source(stores.mongoWithoutCredentials(), stores.kafkaBrokers()),
                        databases, topics, groups, files);
            }
            archive.seal(manifest);
            Files.move(partial, target);
            return new Result(new BackupArchive(target), manifest, Duration.between(started, clock.instant()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup under " + parent, e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static Path uniqueName(Path parent, String name) {
        Path candidate = parent.resolve(name).toAbsolutePath().normalize();
        for (int n = 2; Files.exists(candidate) || Files.exists(candidate.resolveSibling(candidate.getFileName() + ".partial")); n++) {
            candidate = parent.resolve(name + "-" + n).toAbsolutePath().normalize();
        }
        return candidate;
    }

    private static void deleteQuietly(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // An unfinished backup keeps its .partial name: it is never mistaken for a complete one.
        }
    }
}
