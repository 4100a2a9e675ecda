package vn.thidua.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.export.ExportFormat;
import vn.thidua.reporting.export.Spreadsheet;

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
    void theFormatIsChosenByTheFormatParameterOrTheAcceptHeader() {
        Set<ExportFormat> offered = EnumSet.of(ExportFormat.CSV, ExportFormat.XLSX);
        assertThat(ExportFormat.choose("csv", null, offered)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.choose(" XLSX ", null, offered)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.choose("json", "text/csv", offered)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.choose(null, "text/csv", offered)).isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.choose(null, "text/csv;charset=UTF-8, application/json", offered))
                .isEqualTo(ExportFormat.CSV);
        assertThat(ExportFormat.choose(null, "application/json, text/csv", offered)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.choose(null, Spreadsheet.CONTENT_TYPE, offered)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportFormat.choose(null, "application/pdf", offered)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.choose(null, "*/*", offered)).isEqualTo(ExportFormat.JSON);
        assertThat(ExportFormat.choose(null, null, offered)).isEqualTo(ExportFormat.JSON);
        assertThatThrownBy(() -> ExportFormat.choose("pdf", null, offered))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("unsupported-format");
                    assertThat(e.getMessage()).contains("json, csv, xlsx");
                });
    }
}
