package vn.thidua.infra.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What {@code <runDir>/state.json} records about a running platform, for {@code status} and
 * {@code down} (which run in another JVM).
 */
public record RunState(long launcherPid, Instant startedAt, String root, int portOffset, List<Entry> processes) {

    public RunState {
        processes = List.copyOf(processes);
    }

    /**
     * One child process.
     *
     * @param healthUrl the actuator health URL of an application; null for a stand-in
     * @param startedAt the process start time, so a recycled pid is not mistaken for the child
     */
    public record Entry(String name, long pid, int port, String healthUrl, String log, Instant startedAt) {

        static Entry of(ChildProcess child) {
            return new Entry(child.name(), child.pid(), child.port(), child.healthUrl(),
                    child.logFile().toString(), child.startedAt());
        }

        /** The very process that was started, if it still runs. */
        public Optional<ProcessHandle> liveProcess() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().startInstant()
                            .map(actual -> Duration.between(actual, startedAt).abs().toSeconds() < 2)
                            .orElse(true));
        }
    }
}
