package vn.thidua.reporting.report;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST .../final/return}: why the office sends the report back. */
public record ReturnReportRequest(
        @Schema(example = "Bổ sung số liệu cho nội dung 2.")
        @NotBlank(message = "Cần ghi rõ lý do trả lại báo cáo.") @Size(max = 4000) String comment) {
}
