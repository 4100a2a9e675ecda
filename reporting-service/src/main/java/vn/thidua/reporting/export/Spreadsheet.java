package vn.thidua.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An XLSX workbook of simple tables, the way an office opens it in Excel or LibreOffice: optional title
 * lines above a bold header row that stays in view, numbers as numbers, dates and instants as real
 * date cells (instants in Vietnam time), long texts wrapped, and column widths fitted to the content
 * (measured in characters, so no fonts are needed on the server). Text is stored as Unicode, so
 * Vietnamese diacritics survive whatever the reader's locale.
 */
public final class Spreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Widths in characters: room for a short header, and long texts wrap rather than widen forever. */
    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Set<String> sheetNames = new HashSet<>();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle dateTime;

    public Spreadsheet() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(titleFont);
        header = bordered();
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        text.setWrapText(true);
        number = bordered();
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.##"));
        date = bordered();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        dateTime = bordered();
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
    }

    /**
     * Adds a sheet holding one table.
     *
     * @param name    the tab's name (made safe and unique: at most 31 characters, no []:*?/\)
     * @param titles  lines above the table (may be empty: the header row is then the first row)
     * @param headers the column headers
     * @param rows    the cells: String, Number, LocalDate, Instant, Boolean or null
     */
    public Spreadsheet sheet(String name, List<String> titles, List<String> headers, List<List<Object>> rows) {
        Sheet sheet = workbook.createSheet(uniqueName(name));
        int at = 0;
        for (String line : titles) {
            Cell cell = sheet.createRow(at++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(title);
        }
        if (!titles.isEmpty()) {
            at++;
        }
        int[] widths = new int[headers.size()];
        Row headerRow = sheet.createRow(at);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = headerRow.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(header);
            widths[column] = longestWord(headers.get(column));
        }
        sheet.createFreezePane(0, at + 1);
        for (List<Object> values : rows) {
            Row row = sheet.createRow(++at);
            for (int column = 0; column < values.size() && column < headers.size(); column++) {
                widths[column] = Math.max(widths[column], write(row.createCell(column), values.get(column)));
            }
        }
        for (int column = 0; column < widths.length; column++) {
            int chars = Math.clamp(widths[column] + 2, MIN_WIDTH, MAX_WIDTH);
            sheet.setColumnWidth(column, chars * 256);
        }
        return this;
    }

    public byte[] toBytes() {
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024)) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook", e);
        }
    }

    /** Writes a value; returns the characters it needs on one line (up to the widest allowed). */
    private int write(Cell cell, Object value) {
        switch (value) {
            case null -> {
                cell.setCellStyle(text);
                return 0;
            }
            case Number n -> {
                cell.setCellValue(n.doubleValue());
                cell.setCellStyle(number);
                return String.valueOf(n).length() + 1;
            }
            case LocalDate day -> {
                cell.setCellValue(day);
                cell.setCellStyle(date);
                return 10;
            }
            case Instant instant -> {
                cell.setCellValue(LocalDateTime.ofInstant(instant, VIETNAM));
                cell.setCellStyle(dateTime);
                return 16;
            }
            case Boolean flag -> {
                cell.setCellValue(flag ? "Có" : "Không");
                cell.setCellStyle(text);
                return 5;
            }
            default -> {
                String string = value.toString();
                cell.setCellValue(string);
                cell.setCellStyle(text);
                return string.lines().mapToInt(String::length).max().orElse(0);
            }
        }
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    /** A header's width: its longest word, since headers wrap. */
    private static int longestWord(String header) {
        int longest = 0;
        for (String word : header.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return Math.max(longest, Math.min(header.length(), 14));
    }

    private String uniqueName(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Trang" : wanted.strip());
        String name = safe;
        for (int n = 2; !sheetNames.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
