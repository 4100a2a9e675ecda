package vn.thidua.reporting.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.thidua.reporting.export.ExportFormat;
import vn.thidua.reporting.export.Spreadsheet;
import vn.thidua.reporting.dashboard.ParticipationView.Grouping;

/**
 * The provincial dashboard: each view as JSON, or as CSV or XLSX for spreadsheets ({@code ?format=csv},
 * {@code ?format=xlsx}, or the matching Accept header), filtered by province, agency, year and
 * movement; and a stream of change notices. Query parameters: {@code province}, {@code agency}, {@code year}, {@code campaignId}.
 */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Bảng điều khiển cấp tỉnh", description = "Provincial dashboard: movements, reporting participation, "
        + "nominations and awards, live from the events of every service")
public class DashboardController {

    private static final Set<ExportFormat> EXPORTS = EnumSet.of(ExportFormat.CSV, ExportFormat.XLSX);
    /** The worksheet's tab, by export name. */
    private static final Map<String, String> SHEET_NAMES = Map.of("phong-trao", "Phong trào", "bao-cao",
            "Nộp báo cáo", "de-nghi-khen-thuong", "Đề nghị khen thưởng", "khen-thuong", "Khen thưởng");

    private final DashboardQueries queries;
    private final DashboardChanges changes;

    public DashboardController(DashboardQueries queries, DashboardChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    @GetMapping("/movements")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = MovementsView.class)), @Content(mediaType = "text/csv"),
            @Content(mediaType = Spreadsheet.CONTENT_TYPE) })
    @Operation(summary = "Phong trào đã phát động theo loại và trạng thái, số lần triển khai và số đơn vị đăng ký")
    public ResponseEntity<?> movements(DashboardFilters filters, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(queries.movements(filters), DashboardCsv::movements, "phong-trao", format, accept);
    }

    @GetMapping("/participation")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ParticipationView.class)), @Content(mediaType = "text/csv"),
            @Content(mediaType = Spreadsheet.CONTENT_TYPE) })
    @Operation(summary = "Tỷ lệ nộp báo cáo và nộp đúng hạn theo phong trào, cơ quan, đơn vị hoặc kỳ báo cáo; "
            + "mặc định chỉ tính báo cáo tổng kết (?period=FINAL), ?period=INTERIM-1 một kỳ sơ kết, ?period=all mọi kỳ")
    public ResponseEntity<?> participation(DashboardFilters filters,
            @Parameter(description = "movement (mặc định), agency, unit hoặc period")
            @RequestParam(required = false) String groupBy,
            @Parameter(description = "FINAL (tổng kết, mặc định), một kỳ sơ kết (INTERIM-1…) hoặc all (mọi kỳ)")
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(queries.participation(filters, Grouping.parse(groupBy), PeriodFilter.parse(period)),
                DashboardCsv::participation,
                "bao-cao", format, accept);
    }

    @GetMapping("/nominations")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = NominationsView.class)), @Content(mediaType = "text/csv"),
            @Content(mediaType = Spreadsheet.CONTENT_TYPE) })
    @Operation(summary = "Đề nghị khen thưởng theo trạng thái (chờ quyết định, đã quyết định)")
    public ResponseEntity<?> nominations(DashboardFilters filters, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(queries.nominations(filters), DashboardCsv::nominations, "de-nghi-khen-thuong", format, accept);
    }

    @GetMapping("/awards")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AwardsView.class)), @Content(mediaType = "text/csv"),
            @Content(mediaType = Spreadsheet.CONTENT_TYPE) })
    @Operation(summary = "Khen thưởng đã quyết định theo năm, danh hiệu / hình thức và đơn vị")
    public ResponseEntity<?> awards(DashboardFilters filters, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(queries.awards(filters), DashboardCsv::awards, "khen-thuong", format, accept);
    }

    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Luồng Server-Sent Events: thông báo khi số liệu của một bảng thay đổi")
    public SseEmitter stream() {
        return changes.subscribe();
    }

    private static <V> ResponseEntity<?> answer(V view, Function<V, CsvTable> table, String name, String format,
            String accept) {
        ExportFormat chosen = ExportFormat.choose(format, accept, EXPORTS);
        if (chosen == ExportFormat.JSON) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
        }
        CsvTable rows = table.apply(view);
        byte[] body = chosen == ExportFormat.CSV ? rows.toBytes()
                : new Spreadsheet().sheet(SHEET_NAMES.getOrDefault(name, name), List.of(), rows.headers(),
                        rows.rows()).toBytes();
        return ResponseEntity.ok()
                .contentType(chosen.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("thidua-" + name + "." + chosen.extension(), StandardCharsets.UTF_8).build()
                        .toString())
                .body(body);
    }
}
