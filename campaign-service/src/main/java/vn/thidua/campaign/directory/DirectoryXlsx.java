package vn.thidua.campaign.directory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.eventing.web.DomainException;

/**
 * The directory as an Excel workbook: one sheet, a bold frozen header, text cells (codes and phone
 * numbers keep their leading zeros) and real date cells shown as dd/mm/yyyy. Reading takes the first
 * sheet; text cells as written, date cells as dates, other numbers as the spreadsheet shows them.
 */
final class DirectoryXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int[] WIDTHS = { 14, 40, 14, 30, 18, 40, 26, 32, 18, 16, 16 };

    private DirectoryXlsx() {
    }

    static byte[] write(List<DirectoryRow> rows) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh bạ");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            DirectoryColumn[] columns = DirectoryColumn.values();
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns[c].header());
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < columns.length; c++) {
                    Object value = rows.get(r).value(columns[c]);
                    if (value instanceof LocalDate day) {
                        Cell cell = row.createCell(c);
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DirectoryTable read(byte[] content) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw DomainException.invalid("unreadable-import", "Tệp Excel không có trang tính nào.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            List<String> header = new ArrayList<>();
            List<DirectoryTable.Row> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                if (row.getRowNum() == sheet.getFirstRowNum() && header.isEmpty()) {
                    header = cells;
                } else {
                    rows.add(new DirectoryTable.Row(row.getRowNum() + 1, cells));
                }
            }
            if (header.isEmpty()) {
                throw DomainException.invalid("unreadable-import", "Tệp Excel trống: cần dòng tiêu đề và các dòng dữ liệu.");
            }
            return new DirectoryTable(header, rows);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof DomainException refusal) {
                throw refusal;
            }
            throw DomainException.invalid("unreadable-import",
                    "Không đọc được tệp Excel (.xlsx): tệp bị hỏng hoặc không đúng định dạng.");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (cell.getCellType() == CellType.FORMULA) {
            // The value the spreadsheet last computed; formulas are not evaluated here.
            return switch (type) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell).strip();
    }
}
