package vn.thidua.campaign.reading;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.format.annotation.DateTimeFormat;

import vn.thidua.campaign.campaign.CampaignKind;

/**
 * What a launch letter does not say but a draft movement needs, given as query parameters of
 * {@code POST /api/campaigns/drafts/from-letter?create=true}; each one left out is filled as the
 * response's {@code assumptions} explain.
 */
public record DraftOptions(
        @Schema(description = "Loại phong trào; mặc định suy từ trích yếu (“thường xuyên”, “hằng năm” → REGULAR, còn lại THEMATIC)")
        CampaignKind kind,
        @Schema(description = "Tên phong trào; mặc định là trích yếu của văn bản") String title,
        @Schema(description = "Ngày bắt đầu; mặc định là ngày ban hành văn bản, không có thì hôm nay")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
        @Schema(description = "Ngày kết thúc; mặc định là 31/12 của năm bắt đầu")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
        @Schema(description = "Hạn báo cáo tổng kết; mặc định là ngày kết thúc")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate finalReportDue,
        @Schema(description = "Hạn đăng ký thi đua (không bắt buộc)")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registrationDeadline,
        @Schema(description = "Mã các đơn vị tham gia, cách nhau bởi dấu phẩy; mặc định mọi đơn vị đang hoạt động của cơ quan")
        List<String> participants) {

    static DraftOptions none() {
        return new DraftOptions(null, null, null, null, null, null, null);
    }
}
