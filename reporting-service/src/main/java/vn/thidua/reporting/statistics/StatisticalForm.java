package vn.thidua.reporting.statistics;

import java.util.Arrays;

import vn.thidua.eventing.web.DomainException;

/**
 * The forms of the Ministry of Home Affairs' statistical reporting regime (chế độ báo cáo thống kê
 * ngành Nội vụ) on emulation and commendation that this platform's data can fill. The regime in force
 * in 2026 is Thông tư số 18/2025/TT-BNV ngày 08/10/2025 of the Minister of Home Affairs, which replaced
 * the earlier regimes (Thông tư số 03/2018/TT-BNV, then Thông tư số 02/2023/TT-BNV). The rows and
 * columns here follow the emulation and commendation forms as laid out under Thông tư số 02/2023/TT-BNV
 * (biểu 0601.N "Số phong trào thi đua", 0603.N "Số lượng khen thưởng cấp bộ, ban, ngành, đoàn thể
 * Trung ương và tỉnh"); the printed code and legal-basis line are configuration
 * ({@code thidua.reporting.statistics.*}), so the office aligns them with the annex of the circular in
 * force without a release. Biểu 0602.N (state-level commendations: orders, medals, national titles) is
 * not offered: they are decided outside this platform and no event carries them.
 */
public enum StatisticalForm {

    /** Biểu 0601.N/BNV-TĐKT: the number of emulation movements launched. */
    MOVEMENTS("0601", "0601.N/BNV-TĐKT", "SỐ PHONG TRÀO THI ĐUA", "Phong trào"),
    /** Biểu 0603.N/BNV-TĐKT: commendations at ministry / province level, by form, nominee and method. */
    COMMENDATIONS("0603", "0603.N/BNV-TĐKT",
            "SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG",
            null);

    private final String key;
    private final String defaultCode;
    private final String title;
    private final String unitOfMeasure;

    StatisticalForm(String key, String defaultCode, String title, String unitOfMeasure) {
        this.key = key;
        this.defaultCode = defaultCode;
        this.title = title;
        this.unitOfMeasure = unitOfMeasure;
    }

    /** How the API names the form: {@code /api/statistics/forms/0601}. */
    public String key() {
        return key;
    }

    public String defaultCode() {
        return defaultCode;
    }

    public String title() {
        return title;
    }

    /** The form's overall unit of measure ("Đơn vị tính"); null when each row gives its own (column C). */
    public String unitOfMeasure() {
        return unitOfMeasure;
    }

    public static StatisticalForm byKey(String key) {
        return Arrays.stream(values()).filter(form -> form.key.equalsIgnoreCase(key.strip())).findFirst()
                .orElseThrow(() -> DomainException.notFound("unknown-statistical-form", "Không có biểu mẫu thống kê "
                        + key + "; các biểu có: 0601 (số phong trào thi đua), 0603 (số lượng khen thưởng cấp tỉnh)."));
    }
}
