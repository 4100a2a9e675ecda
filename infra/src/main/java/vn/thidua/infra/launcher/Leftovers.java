package vn.thidua.infra.launcher;

import java.util.List;

/**
 * Children of a launcher that died without stopping them (killed with SIGKILL, a machine crash):
 * the previous state.json still names them. Only processes whose pid and start time both match
 * are touched, so a recycled pid is never killed.
 */
final class Leftovers {

    private Leftovers() {
    }

    static List<RunState.Entry> alive(RunState state) {
        return state.processes().stream().filter(entry -> entry.liveProcess().isPresent()).toList();
    }

    /** Stops the leftovers of a previous launcher (not of this one), applications first. */
    static void stop(RunState previous, Console console) {
        if (previous.launcherPid() == ProcessHandle.current().pid()) {
            return;
        }
        List<RunState.Entry> alive = alive(previous);
        if (alive.isEmpty()) {
            return;
        }
        console.say("Dừng các tiến trình còn sót từ lần chạy trước",
                "Stopping processes left over from a previous run");
        // state.json lists stand-ins first: stopping in reverse stops the applications first.
        for (RunState.Entry entry : alive.reversed()) {
            entry.liveProcess().ifPresent(process -> {
                Processes.terminate(process, Platform.STOP_GRACE);
                console.line("  ■ " + entry.name() + " (pid " + entry.pid() + ")");
            });
        }
    }
}
