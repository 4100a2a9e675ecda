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

/**
 * Body of {@code POST /api/campaigns/{parentId}/cascade}: the lower agency, its participating units,
 * and what it changes from the parent movement (everything else is copied).
 */
public record CascadeRequest(
        @Schema(example = "SGDDT") @NotBlank(message = "Cơ quan triển khai là bắt buộc.") String issuingAgencyCode,
        @Schema(example = "[\"SGDDT-VP\"]")
        @NotEmpty(message = "Phong trào cần ít nhất một đơn vị tham gia.")
        List<@NotBlank(message = "Mã đơn vị không được để trống.") String> participantUnitCodes,
        @Schema(description = "Để trống thì dùng tên phong trào cấp trên") @Size(max = 500) String title,
        @Size(max = 1000) String theme,
        List<@Valid @NotNull(message = "Nội dung thi đua không được để trống.") ContentRequest> contents,
        LocalDate periodStart,
        LocalDate periodEnd,
        LocalDate finalReportDue,
        @Schema(description = "Hạn đăng ký thi đua của phong trào cấp dưới (không bắt buộc, không chép từ cấp trên)")
        LocalDate registrationDeadline) {

    CascadeOverrides toOverrides() {
        return new CascadeOverrides(blankToNull(title), blankToNull(theme),
                contents == null ? null
                        : contents.stream().map(c -> new CampaignContent(c.number(), c.text().strip())).toList(),
                periodStart, periodEnd, finalReportDue, registrationDeadline);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
