package vn.thidua.eventing.migration;

/** A data migration failed or could not run: the service does not start, and the migration is not recorded. */
public class MigrationFailedException extends RuntimeException {

    private final String migrationId;

    public MigrationFailedException(String migrationId, String message, Throwable cause) {
        super(message, cause);
        this.migrationId = migrationId;
    }

    /** The migration that failed; null when none could start (e.g. the lease was not obtained). */
    public String migrationId() {
        return migrationId;
    }
}
