package vn.thidua.notification.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * A recipient's choices: only languages with templates, normalised; setting the same choices is no
 * change. And who may see a recipient (it holds personal data) and change its choices.
 */
class PreferencesTest {

    static final Recipient VIETNAMESE = new Recipient("U", "Văn phòng Sở", null, "vp@x.vn", null, null, null, null, null,
            "vi", false, null, null);

    @Test
    void aSupportedLanguageIsAcceptedInAnyCase() {
        Preferences english = new Preferences(" EN ", true);

        assertThat(english.language()).isEqualTo("en");
        assertThat(english.unsubscribed()).isTrue();
        assertThat(english.describe())
                .isEqualTo("Ngôn ngữ nhận thông báo: en; nhận thông báo không bắt buộc: không (đã hủy đăng ký); kênh: EMAIL; "
                        + "SMS không dấu; giờ không nhận SMS: mặc định.");
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

    @Test
    void aRecipientIsSeenByItsUnitItsAgencysOfficeAndLeadersAndAdmin() {
        Recipient recipient = new Recipient("SNNMT-VP", "Văn phòng Sở", null, "vp@x.vn", "0255 3822 001", "SNNMT",
                "Sở Nông nghiệp và Môi trường", null, null, "vi", false, null, null);

        assertThat(recipient.isVisibleTo(actor(Role.ADMIN, "SNV", null))).isTrue();
        assertThat(recipient.isVisibleTo(actor(Role.OFFICE, "SNNMT", "SNNMT-KHTC"))).isTrue();
        assertThat(recipient.isVisibleTo(actor(Role.LEADER, "SNNMT", "SNNMT-KHTC"))).isTrue();
        assertThat(recipient.isVisibleTo(actor(Role.UNIT, "SNNMT", "SNNMT-VP"))).isTrue();
        assertThat(recipient.isVisibleTo(actor(Role.UNIT, "SNNMT", "SNNMT-KHTC"))).isFalse();
        assertThat(recipient.isVisibleTo(actor(Role.OFFICE, "SNV", "SNV-VP"))).isFalse();
        assertThat(recipient.isVisibleTo(actor(Role.COUNCIL, "SNNMT", "SNNMT-VP"))).isFalse();
        assertThat(recipient.isVisibleTo(actor(Role.VIEWER, "SNNMT", "SNNMT-VP"))).isFalse();
    }

    @Test
    void itsChoicesAreChangedByItsUnitItsAgencysOfficeAndAdminButNotByLeaders() {
        Recipient recipient = new Recipient("SNNMT-VP", "Văn phòng Sở", null, "vp@x.vn", null, "SNNMT", null, null,
                null, "vi", false, null, null);

        assertThat(recipient.mayChangePreferences(actor(Role.ADMIN, null, null))).isTrue();
        assertThat(recipient.mayChangePreferences(actor(Role.OFFICE, "SNNMT", "SNNMT-KHTC"))).isTrue();
        assertThat(recipient.mayChangePreferences(actor(Role.UNIT, "SNNMT", "SNNMT-VP"))).isTrue();
        assertThat(recipient.mayChangePreferences(actor(Role.LEADER, "SNNMT", "SNNMT-VP"))).isFalse();
        assertThat(recipient.mayChangePreferences(actor(Role.OFFICE, "SNV", "SNV-VP"))).isFalse();
        assertThat(recipient.mayChangePreferences(actor(Role.UNIT, "SNNMT", "SNNMT-KHTC"))).isFalse();
    }

    @Test
    void aRecipientKnownOnlyFromALaunchIsSeenByAdminAndItsUnitUntilTheDirectoryNamesItsAgency() {
        Recipient fromLaunch = new Recipient("SNNMT-VP", "Văn phòng Sở", null, "vp@x.vn", null, null, null, null, null,
                "vi", false, null, null);

        assertThat(fromLaunch.isVisibleTo(actor(Role.ADMIN, "SNNMT", null))).isTrue();
        assertThat(fromLaunch.isVisibleTo(actor(Role.UNIT, "SNNMT", "SNNMT-VP"))).isTrue();
        assertThat(fromLaunch.isVisibleTo(actor(Role.OFFICE, "SNNMT", "SNNMT-VP"))).isFalse();
        assertThat(fromLaunch.mayChangePreferences(actor(Role.OFFICE, "SNNMT", "SNNMT-VP"))).isFalse();
    }

    static Actor actor(Role role, String agency, String unit) {
        return new Actor("someone", null, Set.of(role), agency, unit, "thidua-portal", Set.of());
    }
}
