package vn.thidua.reporting.statistics;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.reporting.config.ReportingProperties;
import vn.thidua.reporting.export.ExportFormat;

@RestController
@RequestMapping("/api/statistics/forms")
@Tag(name = "Biểu mẫu thống kê thi đua, khen thưởng", description = "The Ministry of Home Affairs' periodic "
        + "statistical forms on emulation and commendation, for a department or the province, as JSON, XLSX or PDF")
public class StatisticsController {

    private static final Set<ExportFormat> FORMATS = EnumSet.of(ExportFormat.XLSX, ExportFormat.PDF);

    private final StatisticsService statistics;
    private final ReportingProperties.Statistics settings;
    private final CurrentActor actor;

    public StatisticsController(StatisticsService statistics, ReportingProperties properties, CurrentActor actor) {
        this.statistics = statistics;
        this.settings = properties.statistics();
        this.actor = actor;
    }

    /** A form the API offers: its key in the path, its printed code and title. */
    public record FormSummary(String key, String code, String title) {
    }

    @GetMapping
    @Operation(summary = "Các biểu mẫu thống kê có thể lập", description = "Văn phòng, lãnh đạo cơ quan; ADMIN.")
    public List<FormSummary> forms() {
        return Arrays.stream(StatisticalForm.values()).map(form -> new FormSummary(form.key(),
                form == StatisticalForm.MOVEMENTS ? settings.movementsCode() : settings.commendationsCode(),
                form.title())).toList();
    }

    @GetMapping("/{form}")
    @Operation(summary = "Lập một biểu thống kê cho một kỳ (tháng, quý, 6 tháng, năm): JSON, ?format=xlsx hoặc pdf",
            description = "Văn phòng và lãnh đạo: biểu của cơ quan mình (mặc định); ADMIN: của một cơ quan (?agency=) "
                    + "hoặc toàn tỉnh (không ghi agency).")
    public ResponseEntity<?> form(@PathVariable String form,
            @Parameter(description = "Mã cơ quan (vd. SNNMT); bỏ trống: cơ quan của người gọi, hoặc toàn tỉnh với ADMIN")
            @RequestParam(required = false) String agency,
            @Parameter(description = "Với biểu toàn tỉnh: tên tỉnh (khi nền tảng phục vụ nhiều tỉnh)")
            @RequestParam(required = false) String province,
            @Parameter(description = "YEAR (mặc định), HALF_YEAR, QUARTER hoặc MONTH")
            @RequestParam(required = false) String period,
            @RequestParam(required = false) Integer year,
            @Parameter(description = "Số thứ tự của tháng (1–12), quý (1–4) hoặc nửa năm (1–2)")
            @RequestParam(required = false) Integer number,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        StatisticsReport report = statistics.report(StatisticalForm.byKey(form), agency, province,
                StatisticsPeriod.parse(period, year, number), actor.actor());
        ExportFormat chosen = ExportFormat.choose(format, accept, FORMATS);
        if (chosen == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        byte[] body = chosen == ExportFormat.PDF ? new StatisticsPdf().render(report)
                : new StatisticsXlsx().render(report);
        return ResponseEntity.ok()
                .contentType(chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(report.fileStem() + "." + chosen.extension(), StandardCharsets.UTF_8).build()
                        .toString())
                .body(body);
    }
}
