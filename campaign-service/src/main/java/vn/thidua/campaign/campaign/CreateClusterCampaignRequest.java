package vn.thidua.campaign.campaign;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thidua.campaign.campaign.CreateCampaignRequest.ContentRequest;
import vn.thidua.campaign.campaign.CreateCampaignRequest.ParentPlanRequest;

/**
 * Body of {@code POST /api/clusters/{id}/campaigns}: a draft movement of a cluster. The issuing agency
 * is the cluster's organiser and the participants are its members, so neither is asked.
 */
public record CreateClusterCampaignRequest(
        @NotBlank(message = "Tên phong trào là bắt buộc.") @Size(max = 500) String title,
        @NotNull(message = "Loại phong trào là bắt buộc (REGULAR hoặc THEMATIC).") CampaignKind kind,
        @Size(max = 1000) String theme,
        @Valid ParentPlanRequest parentPlan,
        @NotEmpty(message = "Phong trào cần ít nhất một nội dung thi đua.")
        List<@Valid @NotNull(message = "Nội dung thi đua không được để trống.") ContentRequest> contents,
        @NotNull(message = "Ngày bắt đầu là bắt buộc.") LocalDate periodStart,
        @NotNull(message = "Ngày kết thúc là bắt buộc.") LocalDate periodEnd,
        @NotNull(message = "Hạn nộp báo cáo tổng kết là bắt buộc.") LocalDate finalReportDue,
        LocalDate registrationDeadline,
        @Schema(description = "Các mốc báo cáo sơ kết (không bắt buộc)")
        @Size(max = 24, message = "Tối đa 24 mốc sơ kết.")
        List<@Valid @NotNull(message = "Mốc sơ kết không được để trống.") MilestoneRequest> interimMilestones) {

    public CampaignDefinition toDefinition() {
        return new CampaignDefinition(title, kind, theme,
                parentPlan == null ? null
                        : new ParentPlan(parentPlan.number().strip(), parentPlan.date(), parentPlan.issuer().strip()),
                contents.stream().map(c -> new CampaignContent(c.number(), c.text().strip())).toList(),
                periodStart, periodEnd, finalReportDue, registrationDeadline,
                interimMilestones == null ? List.of()
                        : interimMilestones.stream().map(MilestoneRequest::toMilestone).toList());
    }
}
