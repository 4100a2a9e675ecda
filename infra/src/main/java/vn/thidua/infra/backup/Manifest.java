package vn.thidua.infra.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}: what a backup holds, how much of it, and the SHA-256 of every data file.
 * Restore checks the files against it before it changes anything, and the target against its
 * counts after.
 *
 * @param format the archive layout version; a restore refuses a format it does not know
 * @param platformVersion the Thi Đua version that wrote it
 * @param createdAt when the backup started
 * @param source where it was read from (credentials removed)
 * @param databases every {@code thidua_*} database
 * @param topics every {@code thidua.*} topic, dead-letter topics included
 * @param consumerGroups committed positions on those topics, read before anything else
 * @param files data file (relative path) → SHA-256, hex
 */
public record Manifest(
        int format,
        String platformVersion,
        Instant createdAt,
        Source source,
        List<Database> databases,
        List<Topic> topics,
        List<ConsumerGroup> consumerGroups,
        Map<String, String> files) {

    public static final int FORMAT = 1;

    public Manifest {
        databases = List.copyOf(databases);
        topics = List.copyOf(topics);
        consumerGroups = List.copyOf(consumerGroups);
        files = Map.copyOf(files);
    }

    public long documentCount() {
        return databases.stream().flatMap(db -> db.collections().stream()).mapToLong(Collection::documents).sum();
    }

    public long recordCount() {
        return topics.stream().flatMap(topic -> topic.partitions().stream()).mapToLong(Partition::records).sum();
    }

    public record Source(String mongo, String kafka) {
    }

    public record Database(String name, List<Collection> collections) {
        public Database {
            collections = List.copyOf(collections);
        }
    }

    /**
     * @param options the collection's creation options (capped, validator…), canonical Extended JSON
     * @param file the documents, one canonical Extended JSON document per line
     * @param indexFile the index specifications, a JSON array, {@code _id_} included
     */
    public record Collection(String name, String options, long documents, int indexes, String file, String indexFile) {
    }

    /** @param configs the settings made on the topic itself (retention.ms…), not the broker defaults */
    public record Topic(String name, int replicationFactor, Map<String, String> configs, List<Partition> partitions) {
        public Topic {
            configs = Map.copyOf(configs);
            partitions = List.copyOf(partitions);
        }
    }

    /** @param startOffset the first offset read; records are {@code startOffset..endOffset-1} less any gaps */
    public record Partition(int partition, long startOffset, long endOffset, long records, String file) {
    }

    public record ConsumerGroup(String group, List<Position> positions) {
        public ConsumerGroup {
            positions = List.copyOf(positions);
        }
    }

    public record Position(String topic, int partition, long offset, String metadata) {
    }
}
