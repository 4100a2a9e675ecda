package vn.thidua.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.TestTokens;

/**
 * The Ministry's statistical forms from a scripted set of events: movements of one department (and one
 * of the province's own) launched in 2097, awards decided (one base-level, one revoked), then each form
 * exported as XLSX is read back cell by cell, for the department's office and for the province (ADMIN).
 */
abstract class StatisticsScenarios extends ScenarioSupport {

    private static final int YEAR = 2097;

    @Test
    void theFormsCountTheScriptedMovementsAndAwardsAndReadBackFromTheSpreadsheet() throws IOException {
        String agency = "ST" + token.toUpperCase(Locale.ROOT);
        String province = "UBND TỈNH THỐNG KÊ " + token.toUpperCase(Locale.ROOT);
        String c1 = launch(agency + "-1", agency, province, CampaignKind.REGULAR, "2097-01-10", "2097-01-01",
                "2097-12-31");
        String c2 = launch(agency + "-2", agency, province, CampaignKind.THEMATIC, "2097-02-20", "2097-03-01",
                "2097-08-31");
        launch(agency + "-3", agency, province, CampaignKind.THEMATIC, "2097-05-05", "2097-05-01", "2099-04-30");
        // The province's own movement: its issuer has no parent body.
        String c4 = launch(agency + "-4", "UB" + token.toUpperCase(Locale.ROOT), null, CampaignKind.REGULAR,
                "2097-03-15", "2097-01-01", "2100-12-31");
        kafka.publish(decided("n1-" + token, c1, NomineeKind.COLLECTIVE, "BANG_KHEN", "2097-03-20"));
        kafka.publish(decided("n2-" + token, c2, NomineeKind.INDIVIDUAL, "CHIEN_SI_THI_DUA_CAP_TINH", "2097-06-10"));
        kafka.publish(decided("n3-" + token, c1, NomineeKind.INDIVIDUAL, "GIAY_KHEN", "2097-03-21"));
        AwardDecided flag = decided("n4-" + token, c2, NomineeKind.COLLECTIVE, "CO_THI_DUA", "2097-11-30");
        kafka.publish(flag);
        kafka.publish(new AwardRevoked(flag.nominationId(), c2, NomineeKind.COLLECTIVE, flag.unitId(),
                flag.nomineeName(), flag.form(), flag.formName(), flag.decisionNumber(), flag.decisionDate(),
                "Kê khai thành tích không trung thực", 0, LocalDate.of(YEAR, 12, 15),
                Instant.parse("2097-12-15T02:00:00Z")));
        kafka.publish(decided("n5-" + token, c4, NomineeKind.INDIVIDUAL, "BANG_KHEN", "2097-04-01"));

        RestApi departmentOffice = api.as(TestTokens.person("vp-" + token, "OFFICE", agency, agency + "-VP").token());
        String provinceQuery = "&province=" + "thống kê " + token;
        // The revocation is the last event of the script: once it shows, everything before it has been applied.
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(admin.get("/api/statistics/forms/0603?year=" + YEAR + provinceQuery).expect(200).body()
                    .at("/table/rows/0/cells/0/value").asInt()).isEqualTo(3);
            assertThat(departmentOffice.get("/api/statistics/forms/0601?year=" + YEAR).expect(200).body()
                    .at("/table/rows/0/cells/0/value").asInt()).isEqualTo(3);
        });

        Sheet movements = sheet(departmentOffice, "/api/statistics/forms/0601?year=" + YEAR + "&format=xlsx");
        assertThat(text(movements, 0, 0)).isEqualTo("Biểu số: 0601.N/BNV-TĐKT");
        assertThat(text(movements, 1, 0)).contains("18/2025/TT-BNV");
        assertThat(allText(movements)).contains("SỐ PHONG TRÀO THI ĐUA", "Năm 2097", "Đơn vị tính: Phong trào",
                "Đơn vị báo cáo: Cơ quan " + agency, "Đơn vị nhận báo cáo: Sở Nội vụ", "Người lập biểu",
                "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, họ tên, đóng dấu)");
        assertThat(figures(movements, "01")).containsExactly(3, null, 0, 3);
        assertThat(flagged(movements, "01")).containsExactly(false, true, false, false);
        assertThat(figures(movements, "05")).containsExactly(3, null, null, 3);
        assertThat(flagged(movements, "04")).containsExactly(true, false, false, true);
        assertThat(figures(movements, "06")).containsExactly(1, null, 0, 1);
        assertThat(figures(movements, "07")).containsExactly(1, null, 0, 1);
        assertThat(figures(movements, "08")).containsExactly(1, null, 0, 1);
        assertThat(figures(movements, "11")).containsExactly(2, null, 0, 2);
        assertThat(figures(movements, "12")).containsExactly(1, null, 0, 1);

        Sheet firstQuarter = sheet(departmentOffice, "/api/statistics/forms/0601?period=QUARTER&number=1&year=" + YEAR
                + "&format=xlsx");
        assertThat(allText(firstQuarter)).contains("Quý I năm 2097");
        assertThat(figures(firstQuarter, "01")).containsExactly(2, null, 0, 2);

        Sheet commendations = sheet(departmentOffice, "/api/statistics/forms/0603?year=" + YEAR + "&format=xlsx");
        assertThat(text(commendations, 0, 0)).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
        assertThat(figures(commendations, "01")).containsExactly(2, 1, 1, 0, null);
        assertThat(figures(commendations, "02")).containsExactly(1, 1, 0, 0, null);
        assertThat(figures(commendations, "05")).containsExactly(1, 0, 1, 0, null);
        assertThat(flagged(commendations, "03")).containsOnly(true);
        assertThat(figures(commendations, "11")).containsExactly(1, 1, 0, 0, null);
        assertThat(figures(commendations, "12")).containsExactly(1, 0, 1, 0, null);

        // The province (ADMIN): every movement and award of the province, the province's own movement in column 3.
        Sheet provinceMovements = sheet(admin, "/api/statistics/forms/0601?year=" + YEAR + provinceQuery
                + "&format=xlsx");
        assertThat(allText(provinceMovements)).contains("Đơn vị nhận báo cáo: Bộ Nội vụ");
        assertThat(figures(provinceMovements, "01")).containsExactly(4, null, 1, 3);
        assertThat(figures(provinceMovements, "03")).containsExactly(1, null, 1, null);
        assertThat(figures(provinceMovements, "09")).containsExactly(1, null, 1, 0);
        Sheet provinceAwards = sheet(admin, "/api/statistics/forms/0603?year=" + YEAR + provinceQuery + "&format=xlsx");
        assertThat(figures(provinceAwards, "01")).containsExactly(3, 2, 1, 0, null);

        RestApi.Download pdf = departmentOffice.download("/api/statistics/forms/0603?year=" + YEAR + "&format=pdf")
                .expect(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.headers().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("bieu-0603-" + agency + "-2097.pdf");

        // Another department's office may not ask for this one; bad input is a problem with a code.
        api.asDemo("office").get("/api/statistics/forms/0601?year=" + YEAR + "&agency=" + agency)
                .expectProblem(403, "forbidden");
        departmentOffice.get("/api/statistics/forms/0601?year=" + YEAR + "&period=QUARTER&number=5")
                .expectProblem(400, "invalid-period");
        departmentOffice.get("/api/statistics/forms/0601").expectProblem(400, "invalid-period");
        departmentOffice.get("/api/statistics/forms/0999?year=" + YEAR).expectProblem(404, "unknown-statistical-form");
        assertThat(departmentOffice.get("/api/statistics/forms").expect(200).body().valueStream()
                .map(form -> form.at("/code").asString())).containsExactly("0601.N/BNV-TĐKT", "0603.N/BNV-TĐKT");
    }

    private String launch(String campaignId, String agency, String parentName, CampaignKind kind, String launchedOn,
            String start, String end) {
        String id = "cmp-stat-" + campaignId.toLowerCase(Locale.ROOT);
        String agencyName = parentName == null ? "Ủy ban nhân dân tỉnh Thống kê " + token : "Cơ quan " + agency;
        kafka.publish(new CampaignLaunched(id, "Phong trào thống kê " + campaignId, kind, null,
                new CampaignLaunched.Agency(agency, agencyName, agency, parentName), null,
                List.of(new CampaignLaunched.Content(1, "Thi đua hoàn thành nhiệm vụ.")), LocalDate.parse(start),
                LocalDate.parse(end), LocalDate.parse(end).minusDays(10),
                List.of(new CampaignLaunched.Participant(agency + "-VP", "Văn phòng", null, null, null)),
                "1/" + agency, Instant.parse(launchedOn + "T02:00:00Z")));
        return id;
    }

    private AwardDecided decided(String nominationId, String campaignId, NomineeKind kind, String form,
            String decisionDate) {
        LocalDate date = LocalDate.parse(decisionDate);
        return new AwardDecided(nominationId, campaignId, kind, "U-" + token, "Người được khen " + nominationId, form,
                form, nominationId + "/QĐ", date, "Nguyễn Văn A", "Giám đốc",
                date.atTime(3, 0).toInstant(ZoneOffset.UTC));
    }

    private static Sheet sheet(RestApi as, String path) throws IOException {
        RestApi.Download download = as.download(path).expect(200);
        assertThat(download.headers().getContentType()).hasToString(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            return workbook.getSheetAt(0);
        }
    }

    private static String text(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static List<String> allText(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }

    /** The figures of the row with this code (column B), left to right; null for an empty cell. */
    private static List<Integer> figures(Sheet sheet, String code) {
        Row row = row(sheet, code);
        List<Integer> figures = new ArrayList<>();
        for (int c = firstFigure(sheet); c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            figures.add(cell == null || cell.getCellType() != CellType.NUMERIC ? null : (int) cell.getNumericCellValue());
        }
        return figures;
    }

    /** Which figures of the row are flagged (empty and shaded: no data on the platform). */
    private static List<Boolean> flagged(Sheet sheet, String code) {
        Row row = row(sheet, code);
        List<Boolean> flags = new ArrayList<>();
        for (int c = firstFigure(sheet); c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            flags.add(cell.getCellType() == CellType.BLANK
                    && cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND);
        }
        return flags;
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && code.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row " + code);
    }

    /** Column C holds each row's unit of measure when the form has one ("Đơn vị tính" in the header row). */
    private static int firstFigure(Sheet sheet) {
        for (Row row : sheet) {
            Cell cell = row.getCell(2);
            if (cell != null && cell.getCellType() == CellType.STRING && "Đơn vị tính".equals(cell.getStringCellValue())) {
                return 3;
            }
        }
        return 2;
    }
}
