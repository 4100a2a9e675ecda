package vn.thidua.reporting.report;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/campaigns/{campaignId}/reports/{unitId}/final}. */
public record SubmitReportRequest(
        @NotEmpty(message = "Báo cáo cần ít nhất một kết quả theo nội dung thi đua.")
        List<@Valid @NotNull(message = "Kết quả không được để trống.") ResultRequest> results,
        @Schema(example = "Hoàn thành xuất sắc các nội dung thi đua.") @Size(max = 20000) String summary) {

    /** The result for one numbered content of the movement. */
    public record ResultRequest(
            @NotNull(message = "Cần ghi số thứ tự nội dung thi đua.")
            @Positive(message = "Số thứ tự nội dung thi đua phải từ 1.") Integer contentNumber,
            @Schema(example = "Đã triển khai hệ thống một cửa điện tử tại 100% bộ phận.")
            @NotBlank(message = "Kết quả thực hiện không được để trống.") @Size(max = 20000) String narrative) {
    }

    List<ContentResult> toResults() {
        return results.stream().map(r -> new ContentResult(r.contentNumber(), r.narrative())).toList();
    }
}
