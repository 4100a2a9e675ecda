package vn.thidua.campaign.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A year's ranking as an Excel workbook: a title line, a bold frozen header, one row per member with
 * its scores as numbers (so the sheet can be summed), and the tie-break rule under the table.
 */
final class RankingXlsx {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String[] HEADER = { "Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm tiêu chí", "Điểm thưởng", "Điểm trừ",
            "Tổng điểm", "Đề nghị khen thưởng", "Ghi chú" };
    private static final int[] WIDTHS = { 8, 16, 44, 14, 14, 12, 12, 20, 70 };

    private RankingXlsx() {
    }

    static byte[] write(RankingView ranking) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Xếp hạng " + ranking.year());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Kết quả xếp hạng thi đua năm " + ranking.year() + " – "
                    + ranking.clusterName() + (ranking.published() ? "" : " (tạm tính, chưa công bố)"));
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 3);
            int rowIndex = 3;
            for (RankingEntry entry : ranking.entries()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(0).setCellValue(entry.rank());
                row.createCell(1).setCellValue(entry.unitId());
                row.createCell(2).setCellValue(entry.unitName());
                row.createCell(3).setCellValue(entry.base().doubleValue());
                row.createCell(4).setCellValue(entry.bonus().doubleValue());
                row.createCell(5).setCellValue(entry.penalty().doubleValue());
                row.createCell(6).setCellValue(entry.total().doubleValue());
                row.createCell(7).setCellValue(entry.proposed() ? "Có" : "");
                row.createCell(8).setCellValue(entry.tieBreak() == null ? "" : entry.tieBreak());
            }
            sheet.createRow(rowIndex + 1).createCell(0).setCellValue(ranking.tieBreakRule());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the ranking workbook", e);
        }
    }
}
