package vn.thidua.campaign.directory;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import vn.thidua.eventing.web.DomainException;

/**
 * The directory as CSV (RFC 4180): UTF-8 with a byte order mark so that Excel shows the
 * diacritics, comma separated, CRLF line ends, dates as 2025-07-01 (unambiguous in every locale).
 * Reading also accepts a semicolon or tab separator (as Excel saves in some locales), dates written
 * 01/07/2025, and no byte order mark.
 */
final class DirectoryCsv {

    static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    /**
     * A cell that a spreadsheet would run as a formula is written with a leading apostrophe, which
     * reading removes again; phone numbers such as +84 255 3822 001 are left as they are.
     */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@].*", Pattern.DOTALL);
    private static final Pattern PHONE_LIKE = Pattern.compile("^[+\\-]?[0-9 ().-]*$");

    private DirectoryCsv() {
    }

    static byte[] write(List<DirectoryRow> rows) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>();
        for (DirectoryColumn column : DirectoryColumn.values()) {
            header.add(column.header());
        }
        line(csv, header);
        for (DirectoryRow row : rows) {
            List<String> cells = new ArrayList<>();
            for (DirectoryColumn column : DirectoryColumn.values()) {
                Object value = row.value(column);
                cells.add(value == null ? "" : value instanceof LocalDate day ? day.toString() : guard(value.toString()));
            }
            line(csv, cells);
        }
        byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static String guard(String value) {
        return FORMULA.matcher(value).matches() && !PHONE_LIKE.matcher(value).matches() ? "'" + value : value;
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            String cell = cells.get(i);
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || cell.indexOf(';') >= 0 || !cell.equals(cell.strip());
            csv.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        csv.append("\r\n");
    }

    /** Reads a CSV file; refuses text that is not UTF-8 or whose quotes do not close. */
    static DirectoryTable read(byte[] content) {
        String text;
        try {
            int skip = content.length >= 3 && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2] ? 3 : 0;
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("unreadable-import", "Tệp CSV không phải văn bản UTF-8. Trong Excel, hãy lưu "
                    + "bằng “CSV UTF-8 (Comma delimited)”.");
        }
        char separator = separator(text);
        List<List<String>> records = parse(text, separator);
        if (records.isEmpty()) {
            throw DomainException.invalid("unreadable-import", "Tệp CSV trống: cần dòng tiêu đề và các dòng dữ liệu.");
        }
        List<DirectoryTable.Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new DirectoryTable.Row(i + 1, records.get(i).stream().map(DirectoryCsv::unguard).toList()));
        }
        return new DirectoryTable(records.getFirst(), rows);
    }

    private static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA.matcher(cell.substring(1)).matches()
                ? cell.substring(1) : cell;
    }

    /** The separator the header uses most: comma, semicolon or tab. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] { ';', '\t' }) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    private static List<List<String>> parse(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                record.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw DomainException.invalid("unreadable-import",
                    "Tệp CSV sai cú pháp: có dấu ngoặc kép mở mà không đóng (dòng " + (records.size() + 1) + ").");
        }
        if (any) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
