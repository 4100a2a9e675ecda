package vn.thidua.award.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.web.DomainException;

/** The catalogue data file lists the titles and forms of the Law on Emulation and Commendation. */
class CommendationCatalogueTest {

    final CommendationCatalogue catalogue = new CatalogueConfiguration()
            .commendationCatalogue(new ClassPathResource("catalogue/commendation-forms.json"));

    @Test
    void listsEveryFormWithItsVietnameseNameAndWhomItAppliesTo() {
        assertThat(catalogue.forms()).extracting(CommendationForm::code, CommendationForm::name,
                CommendationForm::nomineeKinds).containsExactly(
                        tuple("GIAY_KHEN", "Giấy khen", both()),
                        tuple("BANG_KHEN", "Bằng khen", both()),
                        tuple("LAO_DONG_TIEN_TIEN", "Lao động tiên tiến", individual()),
                        tuple("CHIEN_SI_THI_DUA_CO_SO", "Chiến sĩ thi đua cơ sở", individual()),
                        tuple("CHIEN_SI_THI_DUA_CAP_TINH", "Chiến sĩ thi đua cấp tỉnh", individual()),
                        tuple("TAP_THE_LAO_DONG_TIEN_TIEN", "Tập thể lao động tiên tiến", collective()),
                        tuple("TAP_THE_LAO_DONG_XUAT_SAC", "Tập thể lao động xuất sắc", collective()),
                        tuple("CO_THI_DUA", "Cờ thi đua", collective()),
                        tuple("BANG_KHEN_THU_TUONG", "Bằng khen của Thủ tướng Chính phủ", both()),
                        tuple("CHIEN_SI_THI_DUA_TOAN_QUOC", "Chiến sĩ thi đua toàn quốc", individual()),
                        tuple("CO_THI_DUA_CHINH_PHU", "Cờ thi đua của Chính phủ", collective()),
                        tuple("HUAN_CHUONG_LAO_DONG_HANG_BA", "Huân chương Lao động hạng Ba", both()));
        // High honours: the agency only proposes them; a superior confers them.
        assertThat(catalogue.forms()).filteredOn(CommendationForm::conferredAbove)
                .extracting(CommendationForm::code, CommendationForm::conferredBy).containsExactly(
                        tuple("BANG_KHEN_THU_TUONG", "Thủ tướng Chính phủ"),
                        tuple("CHIEN_SI_THI_DUA_TOAN_QUOC", "Thủ tướng Chính phủ"),
                        tuple("CO_THI_DUA_CHINH_PHU", "Thủ tướng Chính phủ"),
                        tuple("HUAN_CHUONG_LAO_DONG_HANG_BA", "Chủ tịch nước"));
        assertThat(catalogue.legalBasis()).contains("98/2023/NĐ-CP");
    }

    @Test
    void refusesAnUnknownCode() {
        assertThatThrownBy(() -> catalogue.require("HUAN_CHUONG_VANG"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("form-unknown"));
    }

    @Test
    void refusesACatalogueListingACodeTwice() {
        CommendationForm form = catalogue.require("GIAY_KHEN");
        assertThatThrownBy(() -> new CommendationCatalogue("x", List.of(form, form)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<NomineeKind> both() {
        return Set.of(NomineeKind.COLLECTIVE, NomineeKind.INDIVIDUAL);
    }

    private static Set<NomineeKind> individual() {
        return Set.of(NomineeKind.INDIVIDUAL);
    }

    private static Set<NomineeKind> collective() {
        return Set.of(NomineeKind.COLLECTIVE);
    }
}
