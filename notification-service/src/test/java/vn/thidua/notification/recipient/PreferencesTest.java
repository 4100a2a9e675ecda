package vn.thidua.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.web.DomainException;

/** A recipient's choices: only languages with templates, normalised; setting the same choices is no change. */
class PreferencesTest {

    static final Recipient VIETNAMESE = new Recipient("U", "Văn phòng Sở", null, "vp@x.vn", null, null, null, null, null,
            "vi", false, null, null);

    @Test
    void aSupportedLanguageIsAcceptedInAnyCase() {
        Preferences english = new Preferences(" EN ", true);

        assertThat(english.language()).isEqualTo("en");
        assertThat(english.unsubscribed()).isTrue();
        assertThat(english.describe())
                .isEqualTo("Ngôn ngữ nhận thông báo: en; nhận thông báo không bắt buộc: không (đã hủy đăng ký).");
    }

    @Test
    void anUnsupportedLanguageIsRefusedAsABadRequest() {
        assertThatThrownBy(() -> new Preferences("fr", false))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("unsupported-language");
                    assertThat(e.status().value()).isEqualTo(400);
                    assertThat(e.getMessage()).isEqualTo("Ngôn ngữ \"fr\" chưa được hỗ trợ; chọn một trong: vi, en.");
                });
        assertThatThrownBy(() -> new Preferences(null, false)).isInstanceOf(DomainException.class);
    }

    @Test
    void theChoicesInForceAreRecognised() {
        assertThat(VIETNAMESE.has(new Preferences("vi", false))).isTrue();
        assertThat(VIETNAMESE.has(new Preferences("vi", true))).isFalse();
        assertThat(VIETNAMESE.has(new Preferences("en", false))).isFalse();
        assertThat(VIETNAMESE.auditTrail()).isEmpty();
    }
}
