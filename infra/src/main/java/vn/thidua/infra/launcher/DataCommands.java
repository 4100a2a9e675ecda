package vn.thidua.infra.launcher;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import vn.thidua.infra.backup.BackupArchive;
import vn.thidua.infra.backup.BackupException;
import vn.thidua.infra.backup.Manifest;
import vn.thidua.infra.backup.PlatformBackup;
import vn.thidua.infra.backup.PlatformRestore;
import vn.thidua.infra.backup.Stores;
import vn.thidua.infra.support.Args;

/**
 * {@code ./thidua backup [--to DIR]} and {@code ./thidua restore <backup> [--yes]}. The stores are
 * the real ones the environment names ({@code SPRING_MONGODB_URI}, {@code KAFKA_BOOTSTRAP_SERVERS}),
 * else those of the running platform, else the embedded stand-ins, started on the data directory
 * for the command's length.
 */
final class DataCommands {

    static final Set<String> BACKUP_OPTIONS = Set.of("root", "run-dir", "data-dir", "to");
    static final Set<String> RESTORE_OPTIONS = Set.of("root", "run-dir", "data-dir", "yes");

    private final LaunchOptions options;
    private final Console console;
    private final Clock clock;

    DataCommands(LaunchOptions options, Console console, Clock clock) {
        this.options = options;
        this.console = console;
        this.clock = clock;
    }

    int backup(Args args) {
        if (!args.positional().isEmpty()) {
            throw new IllegalArgumentException("backup không nhận tham số vị trí / backup takes no positional argument: " + args.positional());
        }
        Path parent = args.option("to").map(Path::of).orElse(options.root().resolve("backups")).toAbsolutePath().normalize();
        try (TemporaryStandIns standIns = new TemporaryStandIns(options, "backup")) {
            Stores stores = stores(standIns);
            console.say("Đang sao lưu từ " + stores.mongoWithoutCredentials() + " và Kafka " + stores.kafkaBrokers(),
                    "Backing up from " + stores.mongoWithoutCredentials() + " and Kafka " + stores.kafkaBrokers());
            PlatformBackup.Result result = new PlatformBackup(stores, clock).backupInto(parent);
            printContents(result.manifest());
            console.say("Đã sao lưu vào " + result.archive().directory() + " (" + seconds(result.took()) + " giây)",
                    "Backup written to " + result.archive().directory() + " (" + seconds(result.took()) + " s)");
            console.line("  Kiểm tra / verify: (cd " + result.archive().directory() + " && sha256sum -c " + BackupArchive.CHECKSUMS + ")");
            return 0;
        } catch (BackupException e) {
            console.line(e.getMessage());
            return 1;
        }
    }

    int restore(Args args) {
        if (args.positional().size() != 1) {
            throw new IllegalArgumentException("Cần đúng một bản sao lưu / Give exactly one backup: ./thidua restore backups/thidua-backup-… [--yes]");
        }
        BackupArchive archive = new BackupArchive(Path.of(args.positional().getFirst()));
        Optional<Long> launcher = RunDirectory.runningLauncher(options.runDir());
        if (launcher.isPresent()) {
            console.say("Thi Đua đang chạy (launcher pid " + launcher.get() + "): các dịch vụ sẽ ghi đè dữ liệu đang khôi phục. "
                            + "Hãy dừng bằng ./thidua down, chạy lại lệnh này (nó tự khởi động MongoDB và Kafka nhúng), rồi ./thidua up",
                    "Thi Đua is running (launcher pid " + launcher.get() + ") and its services would write over the restore. "
                            + "Stop it with ./thidua down, run this again (it starts the embedded MongoDB and Kafka itself), then ./thidua up");
            return 1;
        }
        try (TemporaryStandIns standIns = new TemporaryStandIns(options, "restore")) {
            // Checked before any stand-in starts: a corrupted backup costs nothing.
            Manifest manifest = archive.verify();
            console.say("Bản sao lưu nguyên vẹn (" + manifest.createdAt() + ", phiên bản " + manifest.platformVersion() + ")",
                    "Backup is intact (" + manifest.createdAt() + ", version " + manifest.platformVersion() + ")");
            Stores stores = stores(standIns);
            console.say("Đang khôi phục vào " + stores.mongoWithoutCredentials() + " và Kafka " + stores.kafkaBrokers(),
                    "Restoring into " + stores.mongoWithoutCredentials() + " and Kafka " + stores.kafkaBrokers());
            PlatformRestore.Result result = new PlatformRestore(stores, clock).restore(archive, args.flag("yes"));
            printContents(result.manifest());
            console.say("Đã khôi phục và đối chiếu với bản kê khai: " + result.manifest().documentCount() + " tài liệu, "
                            + result.manifest().recordCount() + " bản ghi sự kiện (" + seconds(result.took()) + " giây). Khởi động: ./thidua up",
                    "Restored and checked against the manifest: " + result.manifest().documentCount() + " documents, "
                            + result.manifest().recordCount() + " event records (" + seconds(result.took()) + " s). Start with ./thidua up");
            return 0;
        } catch (PlatformRestore.ServicesRunningException e) {
            console.line(e.getMessage());
            console.say("Hãy dừng mọi bản sao (replica) của các dịch vụ đang dùng MongoDB/Kafka này (ví dụ kubectl scale --replicas=0, "
                            + "docker compose stop), đợi các lease hết hạn (vài giây) rồi chạy lại",
                    "Stop every replica of the services using this MongoDB/Kafka (e.g. kubectl scale --replicas=0, docker compose stop), "
                            + "let the leases expire (a few seconds) and run this again");
            return 1;
        } catch (PlatformRestore.TargetNotEmptyException e) {
            console.line(e.getMessage());
            e.contents().forEach((name, count) -> console.line(String.format("    %-52s %d", name, count)));
            return 1;
        } catch (BackupException e) {
            console.line(e.getMessage());
            return 1;
        }
    }

    /** Real stores from the environment first, then the running platform's, else temporary stand-ins. */
    private Stores stores(TemporaryStandIns standIns) {
        ExternalInfrastructure external = options.external();
        Optional<RunState> running = RunDirectory.runningLauncher(options.runDir()).flatMap(pid -> RunDirectory.readState(options.runDir()));
        String mongo = external.mongoUri()
                .or(() -> port(running, ChildSpecs.MONGO).map(port -> "mongodb://localhost:" + port))
                .orElseGet(standIns::startMongo);
        String kafka = external.kafkaBrokers()
                .or(() -> port(running, ChildSpecs.KAFKA).map(port -> "localhost:" + port))
                .orElseGet(standIns::startKafka);
        return new Stores(mongo, kafka);
    }

    private static Optional<Integer> port(Optional<RunState> state, String name) {
        return state.flatMap(s -> s.processes().stream().filter(entry -> entry.name().equals(name)).findFirst()).map(RunState.Entry::port);
    }

    private void printContents(Manifest manifest) {
        for (Manifest.Database database : manifest.databases()) {
            long documents = database.collections().stream().mapToLong(Manifest.Collection::documents).sum();
            console.line(String.format("  %-48s %3d tập hợp / collections, %d tài liệu / documents",
                    database.name(), database.collections().size(), documents));
        }
        for (Manifest.Topic topic : manifest.topics()) {
            long records = topic.partitions().stream().mapToLong(Manifest.Partition::records).sum();
            console.line(String.format("  %-48s %3d phân vùng / partitions, %d bản ghi / records",
                    topic.name(), topic.partitions().size(), records));
        }
        if (!manifest.consumerGroups().isEmpty()) {
            console.line("  Vị trí nhóm tiêu thụ / consumer group positions: "
                    + String.join(", ", manifest.consumerGroups().stream().map(Manifest.ConsumerGroup::group).toList()));
        }
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f", duration.toMillis() / 1000.0);
    }
}
