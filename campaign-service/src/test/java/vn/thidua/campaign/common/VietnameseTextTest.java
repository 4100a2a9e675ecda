package vn.thidua.campaign.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void stripsDiacriticsIncludingDAndLowersCase() {
        assertThat(VietnameseText.normalise("Phong trào THI ĐUA đặc biệt")).isEqualTo("phong trao thi dua dac biet");
        assertThat(VietnameseText.normalise("Ủy ban nhân dân tỉnh Quảng Ngãi")).isEqualTo("uy ban nhan dan tinh quang ngai");
        assertThat(VietnameseText.normalise("  Sở   Nông nghiệp\tvà Môi trường ")).isEqualTo("so nong nghiep va moi truong");
    }

    @Test
    void treatsPrecomposedAndDecomposedTextAlike() {
        String decomposed = java.text.Normalizer.normalize("Khen thưởng", java.text.Normalizer.Form.NFD);
        assertThat(VietnameseText.normalise(decomposed)).isEqualTo(VietnameseText.normalise("Khen thưởng"))
                .isEqualTo("khen thuong");
    }

    @Test
    void punctuationSeparatesWords() {
        assertThat(VietnameseText.normalise("Phòng Thi đua – Khen thưởng (TĐKT)")).isEqualTo("phong thi dua khen thuong tdkt");
        assertThat(VietnameseText.normalise("SNNMT-VP")).isEqualTo("snnmt vp");
    }

    @Test
    void nothingNormalisesToEmpty() {
        assertThat(VietnameseText.normalise(null)).isEmpty();
        assertThat(VietnameseText.searchKey(null, "  ")).isEmpty();
    }

    @Test
    void searchPatternMatchesTheQueryLiterally() {
        assertThat(VietnameseText.searchKey("Tiết kiệm (năm 2026)", "Chuyển đổi số"))
                .isEqualTo("tiet kiem nam 2026 | chuyen doi so")
                .containsPattern(VietnameseText.containsPattern("KIEM (NAM"))
                .containsPattern(VietnameseText.containsPattern("chuyển đổi"));
        assertThat(VietnameseText.containsPattern("a.*b")).isEqualTo(java.util.regex.Pattern.quote("a b"));
    }
}
