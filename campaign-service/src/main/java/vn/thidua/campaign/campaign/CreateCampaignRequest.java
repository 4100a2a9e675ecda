package vn.thidua.campaign.campaign;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/campaigns}: a draft movement. */
public record CreateCampaignRequest(
        @Schema(example = "Phong trào thi đua đặc biệt chuyển đổi số năm 2026")
        @NotBlank(message = "Tên phong trào là bắt buộc.") @Size(max = 500) String title,
        @NotNull(message = "Loại phong trào là bắt buộc (REGULAR hoặc THEMATIC).") CampaignKind kind,
        @Schema(description = "Khẩu hiệu, chủ đề của phong trào") @Size(max = 1000) String theme,
        @Schema(example = "SNNMT") @NotBlank(message = "Cơ quan phát động là bắt buộc.") String issuingAgencyCode,
        @Valid ParentPlanRequest parentPlan,
        @NotEmpty(message = "Phong trào cần ít nhất một nội dung thi đua.")
        List<@Valid @NotNull(message = "Nội dung thi đua không được để trống.") ContentRequest> contents,
        @NotNull(message = "Ngày bắt đầu là bắt buộc.") LocalDate periodStart,
        @NotNull(message = "Ngày kết thúc là bắt buộc.") LocalDate periodEnd,
        @NotNull(message = "Hạn nộp báo cáo tổng kết là bắt buộc.") LocalDate finalReportDue,
        @Schema(description = "Hạn đăng ký thi đua (không bắt buộc), trong thời gian thi đua; hết ngày này theo giờ Việt Nam")
        LocalDate registrationDeadline,
        @Schema(description = "Các mốc báo cáo sơ kết (không bắt buộc); không có thì chỉ có báo cáo tổng kết")
        @Size(max = 24, message = "Tối đa 24 mốc sơ kết.")
        List<@Valid @NotNull(message = "Mốc sơ kết không được để trống.") MilestoneRequest> interimMilestones,
        @Schema(example = "[\"SNNMT-VP\"]")
        @NotEmpty(message = "Phong trào cần ít nhất một đơn vị tham gia.")
        List<@NotBlank(message = "Mã đơn vị không được để trống.") String> participantUnitCodes) {

    /** The higher plan the movement implements, e.g. 45/KH-UBND of 2026-01-15 by the provincial People's Committee. */
    public record ParentPlanRequest(
            @Schema(example = "45/KH-UBND") @NotBlank(message = "Số kế hoạch là bắt buộc.") String number,
            @NotNull(message = "Ngày ban hành kế hoạch là bắt buộc.") LocalDate date,
            @Schema(example = "Ủy ban nhân dân tỉnh Quảng Ngãi") @NotBlank(message = "Cơ quan ban hành kế hoạch là bắt buộc.")
            String issuer) {
    }

    /** A numbered content. */
    public record ContentRequest(
            @NotNull(message = "Số thứ tự nội dung là bắt buộc.") @Positive(message = "Số thứ tự nội dung phải từ 1.")
            Integer number,
            @NotBlank(message = "Nội dung thi đua không được để trống.") @Size(max = 4000) String text) {
    }

    CampaignDefinition toDefinition() {
        return new CampaignDefinition(title, kind, theme,
                parentPlan == null ? null
                        : new ParentPlan(parentPlan.number().strip(), parentPlan.date(), parentPlan.issuer().strip()),
                contents.stream().map(c -> new CampaignContent(c.number(), c.text().strip())).toList(),
                periodStart, periodEnd, finalReportDue, registrationDeadline,
                interimMilestones == null ? List.of()
                        : interimMilestones.stream().map(MilestoneRequest::toMilestone).toList());
    }
}
