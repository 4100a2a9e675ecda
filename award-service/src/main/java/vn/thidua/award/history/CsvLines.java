package vn.thidua.award.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text (RFC 4180 fields: quoted with {@code "}, {@code ""} inside quotes) into numbered
 * lines of fields. A field may not span lines: a history row is one line.
 */
final class CsvLines {

    /** One non-empty line; {@code problem} set when it cannot be read. */
    record Line(int number, List<String> fields, String problem) {
    }

    private CsvLines() {
    }

    static List<Line> parse(String text) {
        String[] raw = text.split("\n", -1);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (!line.isBlank()) {
                lines.add(fields(i + 1, line));
            }
        }
        return lines;
    }

    private static Line fields(int number, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return new Line(number, fields, quoted ? "dấu ngoặc kép chưa được đóng" : null);
    }
}
