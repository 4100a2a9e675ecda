package vn.thidua.reporting.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A table as CSV for spreadsheets: UTF-8 with a byte order mark (so Excel shows Vietnamese rather
 * than guessing a code page), comma-separated, CRLF line ends, fields quoted when they need it (RFC 4180).
 */
public record CsvTable(List<String> headers, List<List<Object>> rows) {

    private static final String BOM = "\uFEFF";

    public byte[] toBytes() {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, headers);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> fields) {
        csv.append(fields.stream().map(CsvTable::field).collect(Collectors.joining(","))).append("\r\n");
    }

    private static String field(Object value) {
        String text = value == null ? "" : value.toString();
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
