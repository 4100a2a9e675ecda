package vn.thidua.infra.launcher;

import java.io.PrintStream;
import java.util.List;

/** The launcher's user-facing output: Vietnamese first, English after. */
final class Console {

    private final PrintStream out;

    Console(PrintStream out) {
        this.out = out;
    }

    void say(String vietnamese, String english) {
        out.println(vietnamese + " / " + english);
        out.flush();
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void indented(List<String> lines) {
        lines.forEach(line -> out.println("    │ " + line));
        out.flush();
    }
}
