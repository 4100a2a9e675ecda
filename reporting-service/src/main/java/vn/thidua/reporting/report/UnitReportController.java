package vn.thidua.reporting.report;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.web.CurrentActor;

@RestController
@RequestMapping("/api")
@Tag(name = "Báo cáo của đơn vị", description = "Unit reports per reporting period (interim, final): submit, return for revision, accept")
public class UnitReportController {

    private static final String FINAL = "/campaigns/{campaignId}/reports/{unitId}/final";
    /** A report of any period of the movement's milestones; {@code .../periods/FINAL} is the final one. */
    private static final String PERIOD = "/campaigns/{campaignId}/reports/{unitId}/periods/{periodId}";

    private final UnitReportService reports;
    private final CurrentActor actor;
    private final Clock clock;

    public UnitReportController(UnitReportService reports, CurrentActor actor, Clock clock) {
        this.reports = reports;
        this.actor = actor;
        this.clock = clock;
    }

    @PostMapping(FINAL)
    @Operation(summary = "Đơn vị nộp (hoặc nộp lại) báo cáo tổng kết", description = "Cán bộ (UNIT) của chính đơn vị; ADMIN.")
    public UnitReportView submitFinal(@PathVariable String campaignId, @PathVariable String unitId,
            @Valid @RequestBody SubmitReportRequest request) {
        return view(reports.submit(campaignId, unitId, UnitReport.FINAL_PERIOD, request.toResults(), request.summary(),
                actor.actor(), actor.who()));
    }

    @PostMapping(FINAL + "/return")
    @Operation(summary = "Văn phòng trả lại báo cáo tổng kết để đơn vị bổ sung", description = "Văn phòng (OFFICE) của cơ quan phát động phong trào; ADMIN.")
    public UnitReportView returnFinal(@PathVariable String campaignId, @PathVariable String unitId,
            @Valid @RequestBody ReturnReportRequest request) {
        return view(reports.returnForRevision(campaignId, unitId, UnitReport.FINAL_PERIOD, request.comment(), actor.actor(),
                actor.who()));
    }

    @PostMapping(FINAL + "/accept")
    @Operation(summary = "Văn phòng chấp nhận báo cáo tổng kết", description = "Văn phòng (OFFICE) của cơ quan phát động phong trào; ADMIN.")
    public UnitReportView acceptFinal(@PathVariable String campaignId, @PathVariable String unitId) {
        return view(reports.accept(campaignId, unitId, UnitReport.FINAL_PERIOD, actor.actor(), actor.who()));
    }

    @GetMapping(FINAL)
    @Operation(summary = "Báo cáo tổng kết của một đơn vị, với mọi phiên bản đã nộp", description = "Cán bộ của đơn vị; Văn phòng, lãnh đạo cơ quan phát động; ADMIN.")
    public UnitReportView finalReport(@PathVariable String campaignId, @PathVariable String unitId) {
        return view(reports.get(campaignId, unitId, UnitReport.FINAL_PERIOD, actor.actor()));
    }

    @PostMapping(PERIOD)
    @Operation(summary = "Đơn vị nộp (hoặc nộp lại) báo cáo của một kỳ (sơ kết INTERIM-1…, hoặc FINAL)",
            description = "Cán bộ (UNIT) của chính đơn vị; ADMIN.")
    public UnitReportView submit(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId, @Valid @RequestBody SubmitReportRequest request) {
        return view(reports.submit(campaignId, unitId, periodId, request.toResults(), request.summary(), actor.actor(),
                actor.who()));
    }

    @PostMapping(PERIOD + "/return")
    @Operation(summary = "Văn phòng trả lại báo cáo của một kỳ để đơn vị bổ sung",
            description = "Văn phòng (OFFICE) của cơ quan phát động phong trào; ADMIN.")
    public UnitReportView returnForRevision(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId, @Valid @RequestBody ReturnReportRequest request) {
        return view(reports.returnForRevision(campaignId, unitId, periodId, request.comment(), actor.actor(),
                actor.who()));
    }

    @PostMapping(PERIOD + "/accept")
    @Operation(summary = "Văn phòng chấp nhận báo cáo của một kỳ",
            description = "Văn phòng (OFFICE) của cơ quan phát động phong trào; ADMIN.")
    public UnitReportView accept(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId) {
        return view(reports.accept(campaignId, unitId, periodId, actor.actor(), actor.who()));
    }

    @GetMapping(PERIOD)
    @Operation(summary = "Báo cáo của một đơn vị cho một kỳ, với mọi phiên bản đã nộp",
            description = "Cán bộ của đơn vị; Văn phòng, lãnh đạo cơ quan phát động; ADMIN.")
    public UnitReportView periodReport(@PathVariable String campaignId, @PathVariable String unitId,
            @PathVariable String periodId) {
        return view(reports.get(campaignId, unitId, periodId, actor.actor()));
    }

    @GetMapping("/campaigns/{campaignId}/reports")
    @Operation(summary = "Các báo cáo của một phong trào", description = "ADMIN, Văn phòng và lãnh đạo cơ quan phát động: mọi đơn vị; cán bộ đơn vị: chỉ báo cáo của đơn vị mình.")
    public List<UnitReportView> ofCampaign(@PathVariable String campaignId) {
        return reports.ofCampaign(campaignId, actor.actor()).stream().map(this::view).toList();
    }

    @GetMapping("/units/{unitId}/reports")
    @Operation(summary = "Các báo cáo của một đơn vị qua các phong trào", description = "Cán bộ của đơn vị; Văn phòng, lãnh đạo cơ quan quản lý đơn vị; ADMIN.")
    public List<UnitReportView> ofUnit(@PathVariable String unitId) {
        return reports.ofUnit(unitId, actor.actor()).stream().map(this::view).toList();
    }

    private UnitReportView view(UnitReport report) {
        return UnitReportView.of(report, clock.instant());
    }
}
