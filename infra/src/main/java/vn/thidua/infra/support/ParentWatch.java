package vn.thidua.infra.support;

import java.util.concurrent.CompletableFuture;

/**
 * Ends a stand-in when the launcher that started it is gone, so a launcher killed without its
 * shutdown hook (SIGKILL, a crashed test JVM) leaves no broker or database behind. Exiting through
 * {@link System#exit} still runs the stand-in's own shutdown hooks, so its data is closed cleanly.
 */
public final class ParentWatch {

    /** System property carrying the launcher's pid; absent when a stand-in is started by hand. */
    public static final String PARENT_PID_PROPERTY = "thidua.parent-pid";

    private ParentWatch() {
    }

    public static void startIfConfigured() {
        String parentPid = System.getProperty(PARENT_PID_PROPERTY);
        if (parentPid == null || parentPid.isBlank()) {
            return;
        }
        CompletableFuture<?> parentGone = ProcessHandle.of(Long.parseLong(parentPid.trim()))
                .<CompletableFuture<?>>map(ProcessHandle::onExit)
                .orElseGet(() -> CompletableFuture.completedFuture(null));
        parentGone.thenRun(() -> System.exit(0));
    }
}
