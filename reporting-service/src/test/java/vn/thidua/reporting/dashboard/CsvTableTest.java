package vn.thidua.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void utf8WithABomCrlfAndQuotingWhereNeeded() {
        byte[] csv = new CsvTable(List.of("Đơn vị", "Tỷ lệ đúng hạn (%)"),
                List.of(List.of("Văn phòng Sở, Quảng Ngãi", 66.7), List.of("Trung tâm \"CNTT\"", 100.0))).toBytes();

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFĐơn vị,Tỷ lệ đúng hạn (%)\r\n"
                + "\"Văn phòng Sở, Quảng Ngãi\",66.7\r\n\"Trung tâm \"\"CNTT\"\"\",100.0\r\n");
    }

    @Test
    void csvIsChosenByFormatOrAcceptHeader() {
        assertThat(DashboardController.wantsCsv("csv", null)).isTrue();
        assertThat(DashboardController.wantsCsv("json", "text/csv")).isFalse();
        assertThat(DashboardController.wantsCsv(null, "text/csv")).isTrue();
        assertThat(DashboardController.wantsCsv(null, "text/csv;charset=UTF-8, application/json")).isTrue();
        assertThat(DashboardController.wantsCsv(null, "application/json, text/csv")).isFalse();
        assertThat(DashboardController.wantsCsv(null, "*/*")).isFalse();
        assertThat(DashboardController.wantsCsv(null, null)).isFalse();
    }
}
