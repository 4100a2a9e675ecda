package vn.thidua.campaign.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;

/** Optional body of {@code POST /api/campaigns/{id}/launch}. */
public record LaunchRequest(
        @Schema(example = "12/SNNMT-VP", description = "Số, ký hiệu công văn; để trống thì hệ thống cấp số tiếp theo trong năm")
        @Pattern(regexp = "\\s*[0-9]+/\\S+\\s*", message = "Số, ký hiệu công văn có dạng <số>/<ký hiệu>, ví dụ 12/SNNMT-VP.")
        String letterNumber) {
}
