package vn.thidua.infra.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** {@code ./thidua down}: asks the running launcher to stop everything, and waits for it. */
final class DownCommand {

    static final Duration WAIT = Duration.ofSeconds(60);

    private final Path runDir;
    private final Console console;

    DownCommand(Path runDir, Console console) {
        this.runDir = runDir;
        this.console = console;
    }

    int run() throws IOException {
        Optional<ProcessHandle> launcher = RunDirectory.runningLauncher(runDir).flatMap(ProcessHandle::of);
        if (launcher.isPresent()) {
            long pid = launcher.get().pid();
            console.say("Đang dừng Thi Đua (pid " + pid + ")…", "Stopping Thi Đua (pid " + pid + ")…");
            // SIGTERM: the launcher's shutdown hook stops the children in order.
            launcher.get().destroy();
            if (!Processes.awaitExit(launcher.get(), WAIT)) {
                console.say("Launcher chưa dừng sau " + WAIT.toSeconds() + " giây (pid " + pid + ")",
                        "The launcher did not stop within " + WAIT.toSeconds() + " s (pid " + pid + ")");
                return 1;
            }
        } else {
            console.say("Thi Đua không chạy", "Thi Đua is not running");
        }
        // Whatever a dead launcher left behind (state.json still names it) is stopped too.
        RunDirectory.readState(runDir).ifPresent(state -> Leftovers.stop(state, console));
        RunDirectory.forgetState(runDir);
        if (launcher.isPresent()) {
            console.say("Đã dừng", "Stopped");
        }
        return 0;
    }
}
