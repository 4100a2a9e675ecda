package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** History files as spreadsheets save them: BOM, CRLF, quoted fields, blank lines. */
class CsvLinesTest {

    @Test
    void readsQuotedFieldsAndKeepsPhysicalLineNumbers() {
        List<CsvLines.Line> lines = CsvLines.parse("\uFEFFkind,name\r\n\r\nINDIVIDUAL,\"Lê, Văn \"\"Tư\"\"\"\r\n");

        assertThat(lines).extracting(CsvLines.Line::number).containsExactly(1, 3);
        assertThat(lines.get(0).fields()).containsExactly("kind", "name");
        assertThat(lines.get(1).fields()).containsExactly("INDIVIDUAL", "Lê, Văn \"Tư\"");
        assertThat(lines.get(1).problem()).isNull();
    }

    @Test
    void reportsAQuoteLeftOpen() {
        assertThat(CsvLines.parse("a,\"b\n").getFirst().problem()).isEqualTo("dấu ngoặc kép chưa được đóng");
    }
}
