package vn.thidua.reporting.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A statistical form as a worksheet laid out like the printed form: the form's code and legal basis
 * with the reporting and receiving units, the title and period, the table with its column marks (A, B,
 * 1, 2…) and row codes, the notes, and the signature block (preparer; head of the unit, signed and
 * sealed). A figure the platform has no data for is an empty cell shaded grey, explained in the notes.
 * Figures are numbers, so the sheet adds up as the form's formulas say.
 */
public final class StatisticsXlsx {

    /** The worksheet's name (Excel allows 31 characters). */
    static final String SHEET = "Biểu thống kê";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String FLAG_LEGEND = "Ô tô xám: chỉ tiêu chưa có dữ liệu trên nền tảng, để trống (xem ghi chú).";

    public byte[] render(StatisticsReport report) {
        FormTable table = report.table();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET);
            int width = (table.unitColumn() ? 3 : 2) + table.columns().size();
            int right = Math.max(2, width - 3);
            int r = 0;
            r = pair(sheet, r, right, "Biểu số: " + table.code(), styles.bold,
                    "Đơn vị báo cáo: " + report.reportingUnit(), styles.bold);
            r = pair(sheet, r, right, table.legalBasis(), styles.italic,
                    "Đơn vị nhận báo cáo: " + report.receivingUnit(), styles.bold);
            r = pair(sheet, r, right, "Kỳ báo cáo: từ " + DAY.format(report.from()) + " đến " + DAY.format(report.to()),
                    styles.plain, report.parentBody() == null ? "" : "Cơ quan chủ quản: " + report.parentBody(),
                    styles.plain);
            r++;
            r = merged(sheet, r, width, table.title(), styles.title);
            r = merged(sheet, r, width, report.periodLabel(), styles.centredItalic);
            if (table.unitOfMeasure() != null) {
                r = merged(sheet, r, width, "Đơn vị tính: " + table.unitOfMeasure(), styles.rightItalic);
            }
            List<String> heads = new ArrayList<>(List.of("", "Mã số"));
            if (table.unitColumn()) {
                heads.add("Đơn vị tính");
            }
            heads.addAll(table.columns());
            r = line(sheet, r, heads, styles.head);
            r = line(sheet, r, table.columnMarks(), styles.head);
            for (FormTable.Row row : table.rows()) {
                Row line = sheet.createRow(r++);
                text(line, 0, row.label(), row.heading() || "01".equals(row.code()) ? styles.boldBox : styles.box);
                text(line, 1, row.code() == null ? "" : row.code(), styles.centredBox);
                int c = 2;
                if (table.unitColumn()) {
                    text(line, c++, row.unit() == null ? "" : row.unit(), styles.centredBox);
                }
                for (int i = 0; i < table.columns().size(); i++, c++) {
                    FormTable.Cell value = i < row.cells().size() ? row.cells().get(i) : FormTable.Cell.BLANK;
                    Cell cell = line.createCell(c);
                    if (value.value() != null) {
                        cell.setCellValue(value.value());
                        cell.setCellStyle(styles.number);
                    } else {
                        cell.setCellStyle(value.unavailable() ? styles.flagged : styles.box);
                    }
                }
            }
            r++;
            r = merged(sheet, r, width, "Ghi chú:", styles.bold);
            r = merged(sheet, r, width, FLAG_LEGEND, styles.wrapped);
            for (String note : table.notes()) {
                r = merged(sheet, r, width, "- " + note, styles.wrapped);
            }
            r++;
            r = pair(sheet, r, right, "", styles.plain, "…………, ngày …… tháng …… năm ……", styles.centredItalic);
            r = pair(sheet, r, right, "Người lập biểu", styles.centredBold, "THỦ TRƯỞNG ĐƠN VỊ", styles.centredBold);
            pair(sheet, r, right, "(Ký, họ tên)", styles.centredItalic, "(Ký, họ tên, đóng dấu)", styles.centredItalic);
            sheet.setColumnWidth(0, 60 * 256);
            for (int c = 1; c < width; c++) {
                sheet.setColumnWidth(c, (c == 1 ? 8 : 16) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text at the left (column A) and at the right (from column {@code right} to the end). */
    private static int pair(Sheet sheet, int r, int right, String left, CellStyle leftStyle, String rightText,
            CellStyle rightStyle) {
        Row row = sheet.createRow(r);
        text(row, 0, left, leftStyle);
        text(row, right, rightText, rightStyle);
        return r + 1;
    }

    private static int merged(Sheet sheet, int r, int width, String value, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, value, style);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        return r + 1;
    }

    private static int line(Sheet sheet, int r, List<String> values, CellStyle style) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.size(); c++) {
            text(row, c, values.get(c), style);
        }
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** The few cell styles of the form. */
    private static final class Styles {

        final CellStyle plain;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle title;
        final CellStyle centredItalic;
        final CellStyle centredBold;
        final CellStyle rightItalic;
        final CellStyle wrapped;
        final CellStyle head;
        final CellStyle box;
        final CellStyle boldBox;
        final CellStyle centredBox;
        final CellStyle number;
        final CellStyle flagged;

        Styles(XSSFWorkbook workbook) {
            Font boldFont = font(workbook, true, false, 12);
            Font italicFont = font(workbook, false, true, 12);
            plain = workbook.createCellStyle();
            bold = style(workbook, boldFont, HorizontalAlignment.LEFT, false);
            italic = style(workbook, italicFont, HorizontalAlignment.LEFT, false);
            title = style(workbook, font(workbook, true, false, 14), HorizontalAlignment.CENTER, false);
            title.setWrapText(true);
            centredItalic = style(workbook, italicFont, HorizontalAlignment.CENTER, false);
            centredBold = style(workbook, boldFont, HorizontalAlignment.CENTER, false);
            rightItalic = style(workbook, italicFont, HorizontalAlignment.RIGHT, false);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            head = style(workbook, boldFont, HorizontalAlignment.CENTER, true);
            head.setWrapText(true);
            box = style(workbook, null, HorizontalAlignment.LEFT, true);
            box.setWrapText(true);
            boldBox = style(workbook, boldFont, HorizontalAlignment.LEFT, true);
            boldBox.setWrapText(true);
            centredBox = style(workbook, null, HorizontalAlignment.CENTER, true);
            number = style(workbook, null, HorizontalAlignment.RIGHT, true);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            flagged = style(workbook, null, HorizontalAlignment.CENTER, true);
            flagged.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            flagged.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
            Font font = workbook.createFont();
            font.setFontName("Times New Roman");
            font.setBold(bold);
            font.setItalic(italic);
            font.setFontHeightInPoints((short) points);
            return font;
        }

        private static CellStyle style(XSSFWorkbook workbook, Font font, HorizontalAlignment alignment,
                boolean bordered) {
            CellStyle style = workbook.createCellStyle();
            if (font != null) {
                style.setFont(font);
            }
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (bordered) {
                style.setBorderTop(BorderStyle.THIN);
                style.setBorderBottom(BorderStyle.THIN);
                style.setBorderLeft(BorderStyle.THIN);
                style.setBorderRight(BorderStyle.THIN);
            }
            return style;
        }
    }
}
