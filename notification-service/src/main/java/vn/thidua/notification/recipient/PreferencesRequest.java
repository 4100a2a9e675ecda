package vn.thidua.notification.recipient;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code PUT /api/recipients/{unitId}/preferences}: both choices, as they should be from now on. */
record PreferencesRequest(
        @Schema(description = "language of the notices: vi or en", example = "vi")
        @NotBlank(message = "Chưa chọn ngôn ngữ nhận thông báo.")
        @Size(max = 16, message = "Mã ngôn ngữ quá dài.")
        String language,
        @Schema(description = "true to stop non-mandatory notices; operational ones (launches, reminders, decisions) are still sent")
        @NotNull(message = "Chưa cho biết có hủy nhận thông báo không bắt buộc hay không.")
        Boolean unsubscribed) {

    Preferences toPreferences() {
        return new Preferences(language, unsubscribed);
    }
}
