package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.reporting.report.UnitReport;

/**
 * Aggregate reports (báo cáo tổng hợp) of a movement and of a department's year: who reported on time,
 * late, or not at all, each content's results with the figures added up, as JSON, as an XLSX workbook
 * read back with POI, and as a Decree 30-style PDF read back with PDFBox. One movement of SNNMT with
 * three units: VP hands in on time, TT after the deadline, PT never.
 */
abstract class AggregateScenarios extends ScenarioSupport {

    @Autowired
    MovableClock clock;

    @Test
    void aMovementsAggregateCountsWhoReportedAndAddsUpTheResultsInJsonXlsxAndPdf() throws Exception {
        LocalDate due = LocalDate.ofInstant(clock.instant(), UnitReport.VIETNAM).plusDays(1);
        String campaignId = launch(due, "VP", "TT", "PT");
        officer("VP").post(finalReport(campaignId, "VP"), results(
                "Đã số hóa 100% hồ sơ công việc; tập huấn kỹ năng số.", 120, "Áp dụng 2 sáng kiến cải tiến.")).expect(200);
        office.post(finalReport(campaignId, "VP") + "/accept").expect(200);
        clock.moveTo(UnitReport.deadlineOf(due).plusSeconds(60));
        officer("TT").post(finalReport(campaignId, "TT"), results(
                "Triển khai chữ ký số cho lãnh đạo đơn vị.", 80.5, "Đề xuất 1 sáng kiến.")).expect(200);
        String path = "/api/campaigns/" + campaignId + "/aggregate";

        JsonNode aggregate = office.get(path).expect(200).body();
        assertThat(aggregate.at("/totals").toString()).isEqualTo("{\"expected\":3,\"submitted\":2,\"onTime\":1,"
                + "\"late\":1,\"notSubmitted\":1,\"overdue\":1}");
        assertThat(aggregate.at("/issuer/agencyName").asString()).isEqualTo("Sở Nông nghiệp và Môi trường");
        assertThat(aggregate.at("/issuer/place").asString()).isEqualTo("Quảng Ngãi");
        JsonNode movement = aggregate.at("/movements/0");
        assertThat(movement.at("/units").valueStream().map(u -> u.at("/unitId").asString() + " "
                + u.at("/outcome").asString() + " " + u.at("/status").asString())).containsExactly(
                        unit("VP") + " ON_TIME ACCEPTED", unit("TT") + " LATE SUBMITTED", unit("PT") + " OVERDUE EXPECTED");
        JsonNode first = movement.at("/contents/0");
        assertThat(first.at("/text").asString()).isEqualTo("Thi đua thực hiện tốt chuyển đổi số.");
        assertThat(first.at("/results").valueStream().map(r -> r.at("/unitName").asString()))
                .containsExactly("Đơn vị VP " + token, "Đơn vị TT " + token);
        assertThat(first.at("/totals/0").toString()).isEqualTo("{\"name\":\"Số cán bộ được tập huấn\","
                + "\"unit\":\"người\",\"total\":200.5,\"units\":2}");
        assertThat(movement.at("/contents/1/results/1/narrative").asString()).isEqualTo("Đề xuất 1 sáng kiến.");

        assertWorkbook(api.asDemo("leader").download(path + "?format=xlsx"), due);
        assertPdf(admin.download(path + "?format=pdf"), campaignId);

        office.get(path + "?format=csv").expectProblem(400, "unsupported-format");
        office.get("/api/campaigns/cmp-none-" + token + "/aggregate").expectProblem(404, "campaign-not-found");
    }

    @Test
    void aDepartmentsAggregateHoldsItsMovementsOfTheYearForItsOfficeAndLeadersOnly() throws Exception {
        String campaignId = launch(DUE, "VP", "TT");
        officer("VP").post(finalReport(campaignId, "VP"), resultsJson(1, 2)).expect(200);
        int year = DUE.minusMonths(10).getYear();
        String path = "/api/agencies/" + AGENCY + "/aggregate?year=" + year;

        JsonNode aggregate = office.get(path).expect(200).body();
        assertThat(aggregate.at("/scope/kind").asString()).isEqualTo("AGENCY");
        assertThat(aggregate.at("/scope/year").asInt()).isEqualTo(year);
        JsonNode ours = aggregate.at("/movements").valueStream()
                .filter(m -> m.at("/campaignId").asString().equals(campaignId)).findFirst().orElseThrow();
        assertThat(ours.at("/counts").toString()).isEqualTo("{\"expected\":2,\"submitted\":1,\"onTime\":1,"
                + "\"late\":0,\"notSubmitted\":1,\"overdue\":0}");
        assertThat(aggregate.at("/movements").valueStream().map(m -> m.at("/campaignId").asString()))
                .allMatch(id -> id.startsWith("cmp-"));
        assertThat(office.get("/api/agencies/" + AGENCY + "/aggregate?year=" + (year - 1)).expect(200).body()
                .at("/movements").valueStream().map(m -> m.at("/campaignId").asString())).doesNotContain(campaignId);

        RestApi.Download xlsx = api.asDemo("leader").download(path + "&format=xlsx").expect(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(headers(workbook.getSheet("Tổng quan"), 4)).startsWith("Mã phong trào", "Phong trào", "STT");
            assertThat(workbook.getSheetName(1)).startsWith("PT 1 - ND 1");
        }
        try (PDDocument pdf = Loader.loadPDF(admin.download(path + "&format=pdf").expect(200).body())) {
            assertThat(flowing(pdf)).contains("Tổng hợp kết quả thực hiện các phong trào thi đua năm " + year
                    + " của Sở Nông nghiệp và Môi trường");
        }

        api.asDemo("office2").get(path).expectProblem(403, "forbidden");
        api.asDemo("unit").get(path).expectProblem(403, "forbidden");
        viewer.get(path).expectProblem(403, "forbidden");
        api.get(path).expectProblem(401, "unauthorized");
        api.asDemo("office2").get("/api/campaigns/" + campaignId + "/aggregate").expectProblem(403, "forbidden");
        assertThat(api.asDemo("office2").get("/api/agencies/SNV/aggregate?year=" + year).expect(200).body()
                .at("/movements").valueStream().map(m -> m.at("/campaignId").asString())).doesNotContain(campaignId);
    }

    // --- reading the exports back ----------------------------------------------------------------

    private void assertWorkbook(RestApi.Download download, LocalDate due) throws Exception {
        download.expect(200);
        assertThat(download.headers().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.headers().getFirst("Content-Disposition")).startsWith("attachment").contains(".xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Tổng quan", "Nội dung 1", "Nội dung 2");
            Sheet overview = workbook.getSheet("Tổng quan");
            assertThat(overview.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Sở Nông nghiệp và Môi trường");
            assertThat(overview.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Tổng hợp kết quả thực hiện phong trào thi đua \u201CPhong trào thi đua chuyển đổi số "
                            + token + "\u201D");
            assertThat(headers(overview, 4)).containsExactly("STT", "Mã đơn vị", "Đơn vị", "Hạn nộp", "Ngày giờ nộp",
                    "Lần nộp", "Tình trạng", "Trạng thái xem xét");
            assertThat(texts(overview.getRow(5))).containsExactly("1", unit("VP"), "Đơn vị VP " + token,
                    "date", "date", "1", "Đúng hạn", "Đã được chấp nhận");
            assertThat(texts(overview.getRow(7))).containsExactly("3", unit("PT"), "Đơn vị PT " + token, "date", "",
                    "", "Quá hạn, chưa nộp", "Chưa nộp");
            Cell dueCell = overview.getRow(5).getCell(3);
            assertThat(DateUtil.isCellDateFormatted(dueCell)).isTrue();
            assertThat(dueCell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(due);
            assertThat(overview.getColumnWidth(2)).as("unit names fit").isGreaterThan(("Đơn vị VP " + token).length()
                    * 256);

            Sheet first = workbook.getSheet("Nội dung 1");
            assertThat(first.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Nội dung 1. Thi đua thực hiện tốt chuyển đổi số.");
            assertThat(headers(first, 3)).containsExactly("Mã đơn vị", "Đơn vị", "Kết quả thực hiện", "Chỉ tiêu",
                    "Giá trị", "Đơn vị tính");
            assertThat(texts(first.getRow(4))).containsExactly(unit("VP"), "Đơn vị VP " + token,
                    "Đã số hóa 100% hồ sơ công việc; tập huấn kỹ năng số.", "Số cán bộ được tập huấn", "120",
                    "người");
            Row total = first.getRow(6);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("Tổng cộng (2 đơn vị)");
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(200.5);
        }
    }

    private void assertPdf(RestApi.Download download, String campaignId) throws Exception {
        download.expect(200);
        assertThat(download.headers().getContentType()).hasToString("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            PDPage page = pdf.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), offset(1f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), offset(1f));
            String text = flowing(pdf);
            List<String> parts = List.of("UBND TỈNH QUẢNG NGÃI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/BC-SNNMT",
                    "Quảng Ngãi, ngày", "BÁO CÁO",
                    "Tổng hợp kết quả thực hiện phong trào thi đua \u201CPhong trào thi đua chuyển đổi số " + token,
                    "I. TÌNH HÌNH NỘP BÁO CÁO CỦA CÁC ĐƠN VỊ",
                    "Số đơn vị phải báo cáo: 3; đã nộp: 2 (đúng hạn: 1, nộp muộn: 1); chưa nộp: 1 (quá hạn: 1).",
                    "Đơn vị VP " + token, "Đúng hạn", "Đơn vị TT " + token, "Nộp muộn", "Đơn vị PT " + token,
                    "Quá hạn, chưa nộp",
                    "II. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA", "1. Thi đua thực hiện tốt chuyển đổi số.",
                    "- Đơn vị VP " + token + ": Đã số hóa 100% hồ sơ công việc; tập huấn kỹ năng số. (Số cán bộ được "
                            + "tập huấn: 120 người)",
                    "Số cán bộ được tập huấn người 200,5 2", "2. Thi đua phát huy sáng kiến.",
                    "III. ĐƠN VỊ CHƯA NỘP BÁO CÁO", "- Đơn vị PT " + token + ": quá hạn, chưa nộp.", "Nơi nhận:",
                    "Lưu: VT, VP.", "GIÁM ĐỐC");
            int at = -1;
            for (String part : parts) {
                int next = text.indexOf(part, at + 1);
                assertThat(next).as("\"%s\" after position %d in %s", part, at, text).isGreaterThan(at);
                at = next;
            }
        }
    }

    private static String flowing(PDDocument pdf) throws Exception {
        return new PDFTextStripper().getText(pdf).replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    private static List<String> headers(Sheet sheet, int row) {
        return texts(sheet.getRow(row));
    }

    /** Cells as text; a date cell reads "date" (its value is checked apart). */
    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < row.getLastCellNum(); column++) {
            Cell cell = row.getCell(column);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                texts.add("");
            } else if (cell.getCellType() == CellType.NUMERIC) {
                double value = cell.getNumericCellValue();
                texts.add(DateUtil.isCellDateFormatted(cell) ? "date"
                        : value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value));
            } else {
                texts.add(cell.getStringCellValue());
            }
        }
        return texts;
    }

    /** Results for both contents; content 1 carries a figure. */
    private static String results(String first, double trained, String second) {
        return "{\"results\":[{\"contentNumber\":1,\"narrative\":\"" + first + "\",\"figures\":[{\"name\":"
                + "\"Số cán bộ được tập huấn\",\"value\":" + trained + ",\"unit\":\"người\"}]},"
                + "{\"contentNumber\":2,\"narrative\":\"" + second + "\"}],\"summary\":\"Hoàn thành.\"}";
    }
}
