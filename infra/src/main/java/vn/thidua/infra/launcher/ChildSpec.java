package vn.thidua.infra.launcher;

import java.util.List;

/**
 * A process the launcher starts.
 *
 * @param name the short name used for its log file, in run state and on the console
 * @param command the full command line, java binary first
 * @param port its main port
 * @param healthUrl its actuator health URL, or null for a stand-in
 * @param readiness how to tell it is ready
 */
public record ChildSpec(String name, List<String> command, int port, String healthUrl, ReadinessCheck readiness) {

    public ChildSpec {
        command = List.copyOf(command);
    }
}
