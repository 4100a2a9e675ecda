package vn.thidua.reporting.aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;
import vn.thidua.reporting.export.ExportFormat;
import vn.thidua.reporting.export.Spreadsheet;
import vn.thidua.reporting.report.UnitReport;

/**
 * Aggregate reports (báo cáo tổng hợp) of a movement or of a department's year, as JSON, as an XLSX
 * workbook or as a Decree 30-style PDF report ({@code ?format=xlsx|pdf}, or the Accept header).
 */
@RestController
@Tag(name = "Báo cáo tổng hợp", description = "Aggregate reports per movement and per department: who reported, "
        + "on time or late, who is missing, results per numbered content; JSON, XLSX, PDF")
public class AggregateController {

    private static final String PERIOD = "Kỳ báo cáo: FINAL (tổng kết, mặc định), INTERIM-1, INTERIM-2… (sơ kết)";
    private static final Set<ExportFormat> EXPORTS = EnumSet.of(ExportFormat.XLSX, ExportFormat.PDF);

    private final AggregateService aggregates;
    private final CurrentActor actor;
    private final Clock clock;
    private final AggregatePdf pdf = new AggregatePdf();

    public AggregateController(AggregateService aggregates, CurrentActor actor, Clock clock) {
        this.aggregates = aggregates;
        this.actor = actor;
        this.clock = clock;
    }

    @GetMapping("/api/campaigns/{campaignId}/aggregate")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AggregateReport.class)),
            @Content(mediaType = Spreadsheet.CONTENT_TYPE), @Content(mediaType = MediaType.APPLICATION_PDF_VALUE) })
    @Operation(summary = "Báo cáo tổng hợp kết quả thực hiện một phong trào thi đua",
            description = "ADMIN; Văn phòng và lãnh đạo cơ quan phát động phong trào.")
    public ResponseEntity<?> ofCampaign(@PathVariable String campaignId,
            @Parameter(description = "json (mặc định), xlsx hoặc pdf") @RequestParam(required = false) String format,
            @Parameter(description = PERIOD) @RequestParam(name = "period", defaultValue = "FINAL") String period,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept, EXPORTS);
        String periodId = period.strip();
        return answer(aggregates.ofCampaign(campaignId, periodId, actor.actor()), chosen,
                "bao-cao-tong-hop-" + campaignId + (UnitReport.FINAL_PERIOD.equals(periodId) ? "" : "-" + periodId));
    }

    @GetMapping("/api/agencies/{agencyCode}/aggregate")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AggregateReport.class)),
            @Content(mediaType = Spreadsheet.CONTENT_TYPE), @Content(mediaType = MediaType.APPLICATION_PDF_VALUE) })
    @Operation(summary = "Báo cáo tổng hợp các phong trào thi đua của một cơ quan trong năm",
            description = "ADMIN; Văn phòng và lãnh đạo của cơ quan đó. Năm mặc định là năm hiện tại.")
    public ResponseEntity<?> ofAgency(@PathVariable String agencyCode,
            @Parameter(description = "năm thi đua của phong trào (năm bắt đầu)") @RequestParam(required = false)
            Integer year,
            @Parameter(description = "json (mặc định), xlsx hoặc pdf") @RequestParam(required = false) String format,
            @Parameter(description = PERIOD) @RequestParam(name = "period", defaultValue = "FINAL") String period,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept, EXPORTS);
        AggregateReport report = aggregates.ofAgency(agencyCode, year, period.strip(), actor.actor());
        return answer(report, chosen, "bao-cao-tong-hop-" + agencyCode + "-" + report.scope().year());
    }

    private ResponseEntity<?> answer(AggregateReport report, ExportFormat format, String name) {
        byte[] body = switch (format) {
            case JSON -> null;
            case XLSX -> AggregateXlsx.render(report);
            case PDF -> pdf.render(report, clock.instant().atZone(UnitReport.VIETNAM).toLocalDate());
            case CSV -> throw new IllegalStateException("CSV is not offered for aggregates");
        };
        if (body == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
        }
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
