package vn.thidua.notification.recipient;

import java.util.Locale;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.notification.mail.MailComposer;

/**
 * A recipient's choices: the language of their notices (one the templates exist in) and whether they
 * unsubscribed from non-mandatory notices.
 */
public record Preferences(String language, boolean unsubscribed) {

    public Preferences {
        String code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!MailComposer.LANGUAGES.contains(code)) {
            throw DomainException.invalid("unsupported-language", "Ngôn ngữ \"" + (language == null ? "" : language.strip())
                    + "\" chưa được hỗ trợ; chọn một trong: " + String.join(", ", MailComposer.LANGUAGES) + ".");
        }
        language = code;
    }

    /** Short, for an audit entry's before and after: "vi; nhận mọi thông báo". */
    static String summary(String language, boolean unsubscribed) {
        return language + "; " + (unsubscribed ? "hủy nhận thông báo không bắt buộc" : "nhận mọi thông báo");
    }

    String summary() {
        return summary(language, unsubscribed);
    }

    /** The audit line: "Ngôn ngữ nhận thông báo: en; nhận thông báo không bắt buộc: không." */
    String describe() {
        return "Ngôn ngữ nhận thông báo: " + language + "; nhận thông báo không bắt buộc: "
                + (unsubscribed ? "không (đã hủy đăng ký)" : "có") + ".";
    }
}
