package vn.thidua.eventing.migration;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in the start-up failure report which data migration failed and what to do, instead of a bare stack trace. */
public class MigrationFailureAnalyzer extends AbstractFailureAnalyzer<MigrationFailedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationFailedException cause) {
        String action = cause.migrationId() == null
                ? "Find the instance holding the lease in migration_leases (or wait for it to expire) and start again."
                : "Fix migration " + cause.migrationId() + " (or the data it stumbled on) and start again; it will run "
                        + "again, so it must be safe to repeat. Migrations before it stay applied (see schema_migrations).";
        return new FailureAnalysis(cause.getMessage(), action, cause);
    }
}
