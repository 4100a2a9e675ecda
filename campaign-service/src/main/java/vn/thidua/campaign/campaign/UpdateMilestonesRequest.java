package vn.thidua.campaign.campaign;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/campaigns/{id}/milestones}: the whole list of interim milestones (an empty
 * list removes them all) and, optionally, the final report's new due date.
 */
public record UpdateMilestonesRequest(
        @NotNull(message = "Danh sách mốc sơ kết là bắt buộc (có thể rỗng).")
        @Size(max = 24, message = "Tối đa 24 mốc sơ kết.")
        List<@Valid @NotNull(message = "Mốc sơ kết không được để trống.") MilestoneRequest> interimMilestones,
        @Schema(description = "Hạn nộp báo cáo tổng kết mới; bỏ trống để giữ nguyên") LocalDate finalReportDue) {

    List<Milestone> toMilestones() {
        return interimMilestones.stream().map(MilestoneRequest::toMilestone).toList();
    }
}
