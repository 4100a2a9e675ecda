package vn.thidua.infra.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;

/**
 * {@code ./thidua restore}: puts a backup back. Everything that can refuse does so before the first
 * write: the archive's checksums and counts, services still running against the target, data in
 * the target (unless overwriting was asked for). Then the databases are replaced, the topics
 * recreated and their records republished, consumer positions set, and the result counted
 * against the manifest.
 */
public final class PlatformRestore {

    private final Stores stores;
    private final Clock clock;

    public PlatformRestore(Stores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    public record Result(Manifest manifest, Duration took) {
    }

    /** Services still using the target: what must be stopped first. */
    public static final class ServicesRunningException extends BackupException {
        private final List<String> signs;

        ServicesRunningException(List<String> signs) {
            super("Các dịch vụ Thi Đua vẫn đang chạy trên đích khôi phục (" + String.join("; ", signs) + ")",
                    "Thi Đua services are still running against the restore target (" + String.join("; ", signs) + ")");
            this.signs = List.copyOf(signs);
        }

        public List<String> signs() {
            return signs;
        }
    }

    /** The target holds data and overwriting was not asked for. */
    public static final class TargetNotEmptyException extends BackupException {
        private final Map<String, Long> contents;

        TargetNotEmptyException(Map<String, Long> contents) {
            super("Đích khôi phục đã có dữ liệu (" + contents.size() + " tập hợp/chủ đề); thêm --yes để xóa và ghi đè",
                    "The restore target is not empty (" + contents.size() + " collections/topics); add --yes to drop and overwrite it");
            this.contents = Map.copyOf(contents);
        }

        public Map<String, Long> contents() {
            return contents;
        }
    }

    /**
     * @param overwrite whether data in the target may be dropped
     * @throws BackupException (or one of the refusals above) before anything was written, unless
     *         the message says the restore is incomplete
     */
    public Result restore(BackupArchive archive, boolean overwrite) {
        Instant started = clock.instant();
        Manifest manifest = archive.verify();
        checkCounts(archive, manifest);
        try (KafkaArchive kafka = new KafkaArchive(stores.kafkaBrokers());
                MongoClient client = stores.mongoClient()) {
            MongoArchive mongo = new MongoArchive(client);
            List<String> running = new ArrayList<>();
            mongo.liveLeases(started).forEach(lease -> running.add("lease " + lease));
            kafka.activeConsumerGroups().forEach(group -> running.add("consumer group " + group));
            if (!running.isEmpty()) {
                throw new ServicesRunningException(running);
            }
            Map<String, Long> contents = new LinkedHashMap<>(mongo.contents());
            contents.putAll(kafka.contents());
            if (!contents.isEmpty() && !overwrite) {
                throw new TargetNotEmptyException(contents);
            }
            try {
                mongo.restore(archive, manifest);
                kafka.restore(archive, manifest);
            } catch (RuntimeException e) {
                throw new BackupException("Khôi phục dở dang, đích không còn nhất quán: " + e.getMessage()
                                + ". Sửa nguyên nhân rồi chạy lại với --yes",
                        "The restore stopped part-way and the target is inconsistent; fix the cause and run it again with --yes", e);
            }
            List<String> differences = new ArrayList<>(mongo.compare(manifest));
            differences.addAll(kafka.compare(manifest));
            if (!differences.isEmpty()) {
                throw new BackupException("Số lượng sau khôi phục không khớp bản kê khai: " + String.join("; ", differences),
                        "Counts after the restore differ from the manifest: " + String.join("; ", differences));
            }
        }
        return new Result(manifest, Duration.between(started, clock.instant()));
    }

    /** Every data file holds as many lines as the manifest counts, so a truncated backup is caught before writing. */
    private static void checkCounts(BackupArchive archive, Manifest manifest) {
        for (Manifest.Database database : manifest.databases()) {
            for (Manifest.Collection collection : database.collections()) {
                expectLines(archive, manifest, collection.file(), collection.documents());
                int indexes = MongoArchive.readIndexes(archive, collection).size();
                if (indexes != collection.indexes()) {
                    throw mismatch(archive, collection.indexFile(), indexes, collection.indexes());
                }
            }
        }
        for (Manifest.Topic topic : manifest.topics()) {
            for (Manifest.Partition partition : topic.partitions()) {
                expectLines(archive, manifest, partition.file(), partition.records());
            }
        }
    }

    private static void expectLines(BackupArchive archive, Manifest manifest, String file, long expected) {
        if (!manifest.files().containsKey(file)) {
            throw new BackupException("Bản kê khai nhắc tới " + file + " nhưng không có tổng kiểm tra của nó",
                    "The manifest names " + file + " without its checksum");
        }
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(archive.file(file), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    lines++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        if (lines != expected) {
            throw mismatch(archive, file, lines, expected);
        }
    }

    private static BackupException mismatch(BackupArchive archive, String file, long found, long expected) {
        return new BackupException("Bản sao lưu " + archive.directory() + " không khớp bản kê khai: " + file + " có " + found
                        + ", cần " + expected + ". Chưa khôi phục gì",
                "Backup " + archive.directory() + " does not match its manifest: " + file + " holds " + found
                        + ", expected " + expected + ". Nothing was restored");
    }
}
