package vn.thidua.infra.launcher;

import java.io.PrintStream;
import java.util.List;

/** The launcher's user-facing output: Vietnamese first, English after. */
public final class Console {

    private final PrintStream out;

    public Console(PrintStream out) {
        this.out = out;
    }

    public void say(String vietnamese, String english) {
        out.println(vietnamese + " / " + english);
        out.flush();
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    void indented(List<String> lines) {
        lines.forEach(line -> out.println("    │ " + line));
        out.flush();
    }
}
