package vn.thidua.reporting.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
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

import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.dashboard.ParticipationView.Grouping;

/**
 * The provincial dashboard: each view as JSON, or as CSV for spreadsheets ({@code Accept: text/csv}
 * or {@code ?format=csv}), filtered by province, agency, year and movement; and a stream of change
 * notices. Query parameters: {@code province}, {@code agency}, {@code year}, {@code campaignId}.
 */
@RestController
@RequestMapping("/api/dashboard")
@Tag(name = "Bảng điều khiển cấp tỉnh", description = "Provincial dashboard: movements, reporting participation, "
        + "nominations and awards, live from the events of every service")
public class DashboardController {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final DashboardQueries queries;
    private final DashboardChanges changes;

    public DashboardController(DashboardQueries queries, DashboardChanges changes) {
        this.queries = queries;
        this.changes = changes;
    }

    @GetMapping("/movements")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = MovementsView.class)), @Content(mediaType = "text/csv") })
    @Operation(summary = "Phong trào đã phát động theo loại và trạng thái, số lần triển khai và số đơn vị đăng ký")
    public ResponseEntity<?> movements(DashboardFilters filters, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(queries.movements(filters), DashboardCsv::movements, "phong-trao", format, accept);
    }

    @GetMapping("/participation")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ParticipationView.class)), @Content(mediaType = "text/csv") })
    @Operation(summary = "Tỷ lệ nộp báo cáo và nộp đúng hạn theo phong trào, cơ quan hoặc đơn vị")
    public ResponseEntity<?> participation(DashboardFilters filters,
            @Parameter(description = "movement (mặc định), agency hoặc unit")
            @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(queries.participation(filters, Grouping.parse(groupBy)), DashboardCsv::participation,
                "bao-cao", format, accept);
    }

    @GetMapping("/nominations")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = NominationsView.class)), @Content(mediaType = "text/csv") })
    @Operation(summary = "Đề nghị khen thưởng theo trạng thái (chờ quyết định, đã quyết định)")
    public ResponseEntity<?> nominations(DashboardFilters filters, @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        return answer(queries.nominations(filters), DashboardCsv::nominations, "de-nghi-khen-thuong", format, accept);
    }

    @GetMapping("/awards")
    @ApiResponse(responseCode = "200", content = { @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = AwardsView.class)), @Content(mediaType = "text/csv") })
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
        if (!wantsCsv(format, accept)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("thidua-" + name + ".csv", StandardCharsets.UTF_8).build().toString())
                .body(table.apply(view).toBytes());
    }

    /** CSV when asked by {@code ?format=csv}, or by an Accept header naming text/csv (and not JSON first). */
    static boolean wantsCsv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw DomainException.invalid("unsupported-format", "Không hỗ trợ định dạng \""
                        + format.strip() + "\"; chọn json hoặc csv.");
            };
        }
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return MediaType.parseMediaTypes(accept).stream()
                .filter(type -> type.isCompatibleWith(CSV) || type.isCompatibleWith(MediaType.APPLICATION_JSON))
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .findFirst()
                .map(type -> type.isCompatibleWith(CSV))
                .orElse(false);
    }
}
