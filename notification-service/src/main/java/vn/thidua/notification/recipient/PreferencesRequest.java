package vn.thidua.notification.recipient;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.sms.text.QuietHours;

/**
 * {@code PUT /api/recipients/{unitId}/preferences}: the language and the unsubscribe, as they should
 * be from now on; the SMS choices (channels, unicodeSms, quietHours) when given, else kept as they are.
 */
record PreferencesRequest(
        @Schema(description = "language of the notices: vi or en", example = "vi")
        @NotBlank(message = "Chưa chọn ngôn ngữ nhận thông báo.")
        @Size(max = 16, message = "Mã ngôn ngữ quá dài.")
        String language,
        @Schema(description = "true to stop non-mandatory notices; operational ones (launches, reminders, decisions) are still sent")
        @NotNull(message = "Chưa cho biết có hủy nhận thông báo không bắt buộc hay không.")
        Boolean unsubscribed,
        @Schema(description = "channels of the notices: EMAIL and/or SMS; absent keeps the current ones", example = "[\"EMAIL\", \"SMS\"]")
        @Size(max = 4, message = "Quá nhiều kênh.")
        List<@Size(max = 16) String> channels,
        @Schema(description = "true to keep Vietnamese diacritics in SMS (Unicode: 70 characters a segment instead of 160); absent keeps the current choice")
        Boolean unicodeSms,
        @Schema(description = "hours without SMS, e.g. {\"start\":\"21:00\",\"end\":\"07:00\"}; equal start and end: none; absent keeps the current ones")
        @Valid
        Hours quietHours) {

    record Hours(@NotBlank(message = "Thiếu giờ bắt đầu.") @Size(max = 5) String start,
            @NotBlank(message = "Thiếu giờ kết thúc.") @Size(max = 5) String end) {
    }

    Preferences toPreferences(Recipient current) {
        Set<Channel> chosen = channels == null ? current.channelSet() : parseChannels(channels);
        boolean unicode = unicodeSms == null ? current.unicodeSms() : unicodeSms;
        QuietHours quiet = quietHours == null ? current.quietHours() : parse(quietHours);
        return new Preferences(language, unsubscribed, chosen, unicode, quiet);
    }

    private static Set<Channel> parseChannels(List<String> names) {
        Set<Channel> parsed = EnumSet.noneOf(Channel.class);
        for (String name : names) {
            try {
                parsed.add(Channel.valueOf(name == null ? "" : name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw DomainException.invalid("unsupported-channel", "Kênh nhận thông báo \"" + name
                        + "\" không có; chọn EMAIL hoặc SMS.");
            }
        }
        return parsed;
    }

    private static QuietHours parse(Hours hours) {
        try {
            return new QuietHours(LocalTime.parse(hours.start().strip()), LocalTime.parse(hours.end().strip()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid-quiet-hours", "Giờ không nhận SMS phải có dạng HH:mm, ví dụ 21:00.");
        }
    }
}
