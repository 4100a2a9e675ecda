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
            @NotBlank(message = "Kết quả thực hiện không được để trống.") @Size(max = 20000) String narrative,
            @Size(max = 50) List<@Valid @NotNull(message = "Số liệu không được để trống.") FigureRequest> figures) {
    }

    /** A figure of the result, e.g. "Số cán bộ được tập huấn" = 120 "người". */
    public record FigureRequest(
            @Schema(example = "Số cán bộ được tập huấn")
            @NotBlank(message = "Cần ghi tên chỉ tiêu.") @Size(max = 300) String name,
            @Schema(example = "120") @NotNull(message = "Cần ghi giá trị của chỉ tiêu.") Double value,
            @Schema(example = "người") @Size(max = 50) String unit) {
    }

    List<ContentResult> toResults() {
        return results.stream().map(r -> new ContentResult(r.contentNumber(), r.narrative(),
                r.figures() == null ? List.of()
                        : r.figures().stream().map(f -> new Figure(f.name(), f.value(), f.unit())).toList()))
                .toList();
    }
}
