package vn.thidua.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvinceTest {

    @Test
    void theProvinceIsReadFromTheParentBodysName() {
        assertThat(Province.of("UBND TỈNH QUẢNG NGÃI")).contains(new Province("Quảng Ngãi", "quang-ngai"));
        assertThat(Province.of("Ủy ban nhân dân thành phố Cần Thơ")).contains(new Province("Cần Thơ", "can-tho"));
        assertThat(Province.of("UBND TP. HỒ CHÍ MINH")).contains(new Province("Hồ Chí Minh", "ho-chi-minh"));
        assertThat(Province.of("UBND TỈNH ĐẮK LẮK")).contains(new Province("Đắk Lắk", "dak-lak"));
    }

    @Test
    void aProvincialCommitteesOwnMovementTakesItFromTheAgencyName() {
        assertThat(Province.of(null, "Ủy ban nhân dân tỉnh Gia Lai")).contains(new Province("Gia Lai", "gia-lai"));
        assertThat(Province.of("BỘ NỘI VỤ", "Vụ Thi đua – Khen thưởng")).isEmpty();
        assertThat(Province.of("UBND TỈNH")).isEmpty();
    }

    @Test
    void filtersCompareAccentFree() {
        assertThat(Province.key("Quảng Ngãi")).isEqualTo(Province.key("quang ngai")).isEqualTo("quang-ngai");
        assertThat(Province.key("  QUẢNG-NGÃI ")).isEqualTo("quang-ngai");
    }
}
