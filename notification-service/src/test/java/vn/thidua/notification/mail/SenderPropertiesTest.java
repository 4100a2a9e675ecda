package vn.thidua.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SenderPropertiesTest {

    @Test
    void theDisplayNameIsEncodedAsUtf8() {
        var from = new SenderProperties("Thi Đua <no-reply@thidua.local>").fromAddress();

        assertThat(from.getAddress()).isEqualTo("no-reply@thidua.local");
        assertThat(from.getPersonal()).isEqualTo("Thi Đua");
        assertThat(from.toString()).isEqualTo("=?UTF-8?Q?Thi_=C4=90ua?= <no-reply@thidua.local>");
    }

    @Test
    void aBareOrQuotedAddressIsAccepted() {
        assertThat(new SenderProperties("no-reply@thidua.local").fromAddress().getPersonal()).isNull();
        assertThat(new SenderProperties("\"Văn phòng Sở\" <vp@x.vn>").fromAddress().getPersonal()).isEqualTo("Văn phòng Sở");
    }

    @Test
    void anInvalidSenderStopsTheStart() {
        assertThatThrownBy(() -> new SenderProperties("Thi Đua <not an address>"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thidua.mail.from");
    }
}
