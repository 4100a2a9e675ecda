package vn.thidua.e2e.hostile;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for hostile bodies. Not Jackson: a hostile body must be able to hold what a well-behaved
 * writer refuses to produce, namely nesting thousands deep and lone surrogate escapes ({@code "\ud800"}).
 */
public final class JsonText {

    /** A fragment written as it is. */
    public record Raw(String json) {
    }

    public static final Raw NULL = new Raw("null");

    private JsonText() {
    }

    public static Raw deepArray(int depth) {
        return new Raw("[".repeat(depth) + "]".repeat(depth));
    }

    public static Raw deepObject(int depth) {
        return new Raw("{\"a\":".repeat(depth) + "{}" + "}".repeat(depth));
    }

    /** Maps (keys in their order), lists, strings, numbers, booleans, {@link Raw} fragments and null. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case Raw raw -> out.append(raw.json());
            case String text -> string(text, out);
            case Number number -> out.append(number);
            case Boolean bool -> out.append(bool);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    string(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            }
            case List<?> list -> {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(list.get(i), out);
                }
                out.append(']');
            }
            default -> string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        String escaped = escape(text)
                .replace(HostileValues.LONE_HIGH_SURROGATE, "\\ud800")
                .replace(HostileValues.LONE_LOW_SURROGATE, "\\udc00");
        out.append('"').append(escaped).append('"');
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
