package vn.thidua.campaign.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import vn.thidua.campaign.Actors;
import vn.thidua.campaign.directory.DirectoryImport.AgencyPlan;
import vn.thidua.campaign.directory.ImportRejected.RowError;
import vn.thidua.eventing.web.DomainException;

/** Directory files without Spring: CSV and XLSX both ways, and the row checks of an import. */
class DirectoryFilesTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private final Agency agency = Agency.register("SNV", new AgencyDetails("Sở Nội vụ", "SNV", "UBND TỈNH QUẢNG NGÃI",
            List.of(Unit.of("SNV-VP", "Văn phòng Sở, \"Thường trực\" Hội đồng", "Trần Thị Hồng", "vp@snv.demo.vn",
                            "+84 255 3822 001", LocalDate.of(2025, 7, 1), null),
                    Unit.of("SNV-TDKT", "=Phòng Thi đua\nKhen thưởng", null, null, null, null, LocalDate.of(2025, 6, 30)))),
            Instant.parse("2025-07-01T00:00:00Z"), Actors.who("admin"));
    private final Agency empty = Agency.register("BTDKT", new AgencyDetails("Ban Thi đua - Khen thưởng", "BTDKT", null,
            List.of()), Instant.parse("2025-07-01T00:00:00Z"), Actors.who("admin"));

    @Test
    void csvKeepsQuotesCommasLineBreaksAndDiacriticsAndGuardsFormulas() {
        byte[] csv = DirectoryCsv.write(DirectoryRow.of(List.of(agency, empty)));

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).contains("\"Văn phòng Sở, \"\"Thường trực\"\" Hội đồng\"").contains("+84 255 3822 001")
                .contains("\"'=Phòng Thi đua\nKhen thưởng\"").contains("BTDKT,Ban Thi đua - Khen thưởng,BTDKT,,,,,,,,\r\n");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();

        DirectoryTable table = DirectoryCsv.read(csv);
        assertThat(table.header().getFirst()).isEqualTo("Mã cơ quan");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).cells().get(5)).isEqualTo("Văn phòng Sở, \"Thường trực\" Hội đồng");
        assertThat(table.rows().get(1).cells().get(5)).isEqualTo("=Phòng Thi đua\nKhen thưởng");
        assertThat(table.rows().get(1).number()).isEqualTo(3);
        assertThat(plan(table)).extracting(AgencyPlan::changesNothing).containsExactly(true, true);
    }

    @Test
    void xlsxRoundTripsTextAndDates() {
        DirectoryTable table = DirectoryXlsx.read(DirectoryXlsx.write(DirectoryRow.of(List.of(agency, empty))));

        assertThat(table.header()).hasSize(DirectoryColumn.values().length);
        assertThat(table.rows().get(0).cells()).containsExactly("SNV", "Sở Nội vụ", "SNV", "UBND TỈNH QUẢNG NGÃI",
                "SNV-VP", "Văn phòng Sở, \"Thường trực\" Hội đồng", "Trần Thị Hồng", "vp@snv.demo.vn",
                "+84 255 3822 001", "2025-07-01");
        assertThat(table.rows().get(1).cell(10)).isEqualTo("2025-06-30");
        assertThat(plan(table)).extracting(AgencyPlan::changesNothing).containsExactly(true, true);
    }

    @Test
    void headersAreRecognisedWithoutDiacriticsOrInEnglishAndInAnyOrder() {
        String csv = "unit_code;agency_code;Ten don vi;EMAIL\r\nSNV-KH;SNV;Phòng Kế hoạch;kh@snv.demo.vn\r\n";
        List<AgencyPlan> plans = plan(DirectoryCsv.read(csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(plans).singleElement().satisfies(plan -> {
            assertThat(plan.details().name()).isEqualTo("Sở Nội vụ");
            assertThat(plan.details().units()).extracting(Unit::code).containsExactly("SNV-VP", "SNV-TDKT", "SNV-KH");
        });
    }

    @Test
    void rowErrorsNameRowAndColumnAndAllAreReportedAtOnce() {
        String csv = """
                Mã cơ quan,Tên cơ quan,Tên viết tắt,Mã đơn vị,Tên đơn vị,Email,Điện thoại,Hiệu lực từ ngày,Hiệu lực đến ngày
                SNV,Sở Nội vụ mới,,SNV-KH,Phòng Kế hoạch,,,,
                ,,,,,,,,
                BTDKT,,btdkt,BTDKT-VP,,,abc,01/07/2025,30/06/2025
                SNV,Sở Nội vụ cũ,,SNV-VP,Văn phòng,,,,
                """;
        assertThatThrownBy(() -> plan(DirectoryCsv.read(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.errors())
                        .extracting(RowError::message).containsExactly(
                                "Dòng 4, cột “Tên viết tắt”: tên viết tắt chỉ gồm chữ in hoa và chữ số, tối đa 20 ký "
                                        + "tự (“btdkt”).",
                                "Dòng 4, cột “Tên đơn vị”: tên đơn vị là bắt buộc.",
                                "Dòng 4, cột “Điện thoại”: số điện thoại không hợp lệ (“abc”).",
                                "Dòng 4, cột “Hiệu lực đến ngày”: ngày hết hiệu lực 30/06/2025 trước ngày bắt đầu "
                                        + "hiệu lực 01/07/2025.",
                                "Dòng 5, cột “Tên cơ quan”: “Sở Nội vụ cũ” khác với “Sở Nội vụ mới” ở dòng 2 của cùng "
                                        + "cơ quan; mỗi cơ quan chỉ có một giá trị."));
    }

    @Test
    void aFileWithoutTheAgencyCodeColumnOrWithBrokenQuotesIsRefused() {
        assertThatThrownBy(() -> plan(DirectoryCsv.read("Tên cơ quan\r\nSở\r\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(ImportRejected.class, rejected -> assertThat(rejected.errors().getFirst()
                        .message()).startsWith("Dòng 1, cột “Mã cơ quan”: thiếu cột này"));
        assertThatThrownBy(() -> DirectoryCsv.read("Mã cơ quan\r\n\"SNV\r\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("unreadable-import"));
        assertThatThrownBy(() -> DirectoryCsv.read(new byte[] { 'M', (byte) 0xE3, ',', 'x' }))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getMessage()).contains("UTF-8"));
    }

    private List<AgencyPlan> plan(DirectoryTable table) {
        return new DirectoryImport(VALIDATOR, List.of(agency, empty), 100).plan(table);
    }
}
