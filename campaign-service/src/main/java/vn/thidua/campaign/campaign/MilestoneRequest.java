package vn.thidua.campaign.campaign;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An interim reporting milestone (mốc sơ kết) as the office writes it. */
public record MilestoneRequest(
        @Schema(description = "Mã mốc đã có (INTERIM-1…) để sửa mốc đó; bỏ trống khi thêm mốc mới", example = "INTERIM-1")
        @Size(max = 40) String periodId,
        @Schema(example = "Sơ kết 6 tháng đầu năm") @NotBlank(message = "Tên mốc báo cáo là bắt buộc.") @Size(max = 300)
        String name,
        @NotNull(message = "Ngày bắt đầu kỳ báo cáo là bắt buộc.") LocalDate periodStart,
        @NotNull(message = "Ngày kết thúc kỳ báo cáo là bắt buộc.") LocalDate periodEnd,
        @Schema(description = "Hạn nộp báo cáo sơ kết: từ ngày kết thúc kỳ trở đi, trước hạn báo cáo tổng kết")
        @NotNull(message = "Hạn nộp báo cáo sơ kết là bắt buộc.") LocalDate reportDue) {

    Milestone toMilestone() {
        return Milestone.interim(periodId == null || periodId.isBlank() ? null : periodId.strip(), name.strip(),
                periodStart, periodEnd, reportDue);
    }
}
