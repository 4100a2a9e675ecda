package vn.thidua.eventing.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A versioned change to a service's data, declared as a {@code @Bean} and applied once, at start, by
 * {@link MigrationRunner}, across restarts and replicas. Ids sort in the order the migrations must run: a date, a
 * sequence number and a few words, e.g. {@code 2026-11-23-001-add-agency-to-registrations}. Never change or
 * remove one that ran; write a new one.
 *
 * <p>Without multi-document transactions a migration may be stopped half-way (a crash, a failure) and run again:
 * write it so that running it twice does the same as once (guarded updates, upserts, {@code $exists} filters).
 */
public interface Migration {

    /** Unique, sortable, stable: the order of ids is the order of application. */
    String id();

    /** What it does, for people reading {@code schema_migrations}. */
    String description();

    /** Changes the data; an exception stops start-up and the migration is not recorded as applied. */
    void apply(MongoTemplate mongo);

    /**
     * Recorded with the migration when it is applied; a different value later means its declaration was edited after
     * it ran (logged as a warning). Defaults to a SHA-256 of the id and description; override it to cover more.
     */
    default String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((id() + "\n" + description()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** A migration from a lambda: {@code Migration.of("2026-11-23-001-…", "Thêm…", mongo -> …)}. */
    static Migration of(String id, String description, Consumer<MongoTemplate> change) {
        return new Migration() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String description() {
                return description;
            }

            @Override
            public void apply(MongoTemplate mongo) {
                change.accept(mongo);
            }

            @Override
            public String toString() {
                return "Migration " + id;
            }
        };
    }
}
