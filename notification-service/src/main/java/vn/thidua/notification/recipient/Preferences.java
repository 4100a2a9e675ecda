package vn.thidua.notification.recipient;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.thidua.contracts.notification.Channel;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.mail.MailComposer;
import vn.thidua.notification.sms.text.QuietHours;

/**
 * A recipient's choices: the language of their notices (one the templates exist in), whether they
 * unsubscribed from non-mandatory notices, the channels they get notices by (email, SMS), whether
 * their SMS keep Vietnamese diacritics (Unicode, dearer) and their SMS quiet hours (null: the
 * service's default).
 */
public record Preferences(String language, boolean unsubscribed, Set<Channel> channels, boolean unicodeSms,
        QuietHours quietHours) {

    /** The channels notices can be chosen to go by. */
    public static final Set<Channel> SUPPORTED_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.SMS);
    /** Email only, as before anyone chose. */
    public static final Set<Channel> DEFAULT_CHANNELS = EnumSet.of(Channel.EMAIL);

    public Preferences {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!MailComposer.LANGUAGES.contains(code)) {
            throw DomainException.invalid("unsupported-language", "Ngôn ngữ \"" + (language == null ? "" : language.strip())
                    + "\" chưa được hỗ trợ; chọn một trong: " + String.join(", ", MailComposer.LANGUAGES) + ".");
        }
        language = code;
        if (channels == null || channels.isEmpty()) {
            throw DomainException.invalid("unsupported-channel", "Cần chọn ít nhất một kênh nhận thông báo (EMAIL, SMS).");
        }
        if (!SUPPORTED_CHANNELS.containsAll(channels)) {
            throw DomainException.invalid("unsupported-channel", "Kênh nhận thông báo chỉ có thể là EMAIL hoặc SMS.");
        }
        channels = Set.copyOf(EnumSet.copyOf(channels));
    }

    /** Language and unsubscribe; email only, SMS without diacritics, the default quiet hours. */
    public Preferences(String language, boolean unsubscribed) {
        this(language, unsubscribed, DEFAULT_CHANNELS, false, null);
    }

    /** The channels in a stable order, as stored. */
    List<Channel> channelList() {
        return EnumSet.copyOf(channels).stream().toList();
    }

    /**
     * Short, for an audit entry's before and after: "vi; nhận mọi thông báo", followed by the SMS
     * choices only where they differ from the defaults: "; kênh: EMAIL, SMS; SMS có dấu; không nhận SMS 22:00–06:00".
     */
    static String summary(String language, boolean unsubscribed, Set<Channel> channels, boolean unicodeSms,
            QuietHours quietHours) {
        StringBuilder text = new StringBuilder(language).append("; ")
                .append(unsubscribed ? "hủy nhận thông báo không bắt buộc" : "nhận mọi thông báo");
        if (!DEFAULT_CHANNELS.equals(channels)) {
            text.append("; kênh: ").append(String.join(", ", EnumSet.copyOf(channels).stream().map(Enum::name).toList()));
        }
        if (unicodeSms) {
            text.append("; SMS có dấu");
        }
        if (quietHours != null) {
            text.append("; không nhận SMS ").append(quietHours);
        }
        return text.toString();
    }

    String summary() {
        return summary(language, unsubscribed, channels, unicodeSms, quietHours);
    }

    /** The audit line: "Ngôn ngữ nhận thông báo: en; nhận thông báo không bắt buộc: không; kênh: EMAIL, SMS; …". */
    String describe() {
        return "Ngôn ngữ nhận thông báo: " + language + "; nhận thông báo không bắt buộc: "
                + (unsubscribed ? "không (đã hủy đăng ký)" : "có") + "; kênh: "
                + String.join(", ", channelList().stream().map(Enum::name).toList()) + "; SMS "
                + (unicodeSms ? "có dấu (Unicode)" : "không dấu") + "; giờ không nhận SMS: "
                + (quietHours == null ? "mặc định" : quietHours.toString()) + ".";
    }
}
