package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LetterTextTest {

    @ParameterizedTest
    @CsvSource({
            "2026-02-05, ngày 05 tháng 02 năm 2026",
            "2026-01-31, ngày 31 tháng 01 năm 2026",
            "2026-03-09, ngày 09 tháng 3 năm 2026",
            "2021-10-05, ngày 05 tháng 10 năm 2021",
            "2026-11-15, ngày 15 tháng 11 năm 2026",
            "2026-12-10, ngày 10 tháng 12 năm 2026"})
    void writesDatesAsDecree30Says(LocalDate date, String expected) {
        assertThat(LetterText.dateWords(date, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2021-09-30, 30/9/2021", "2026-02-05, 05/02/2026", "2026-01-15, 15/01/2026",
            "2026-11-03, 03/11/2026"})
    void writesCitedDatesWithTheSameLeadingZeros(LocalDate date, String expected) {
        assertThat(LetterText.numericDate(date)).isEqualTo(expected);
    }

    @Test
    void leavesDayAndMonthBlankWhileUndated() {
        assertThat(LetterText.dateWords(null, Year.of(2026)).replace('\u00A0', ' '))
                .isEqualTo("ngày      tháng      năm 2026");
    }

    @Test
    void placeAndDateLine() {
        assertThat(LetterText.placeAndDate(SeedLetter.numbered())).isEqualTo("Kon Tum, ngày 05 tháng 10 năm 2021");
        OfficialLetter quangNgai = new OfficialLetter("UBND TỈNH QUẢNG NGÃI", "Sở Nông nghiệp và Môi trường", null,
                "SNNMT-VP", "Quảng Ngãi", LocalDate.of(2026, 2, 5), null, "V/v Phát động", List.of("Các phòng"),
                List.of("Nội dung."), List.of("GIÁM ĐỐC"), null, List.of("Lưu: VT, VP"));
        assertThat(LetterText.placeAndDate(quangNgai)).isEqualTo("Quảng Ngãi, ngày 05 tháng 02 năm 2026");
        assertThat(quangNgai.year()).isEqualTo(Year.of(2026));
    }

    @Test
    void numberLineKeepsRoomForTheNumberWhileUnnumbered() {
        assertThat(LetterText.numberLine(SeedLetter.numbered())).isEqualTo("Số: 125/STNMT-VP");
        assertThat(LetterText.numberLine(SeedLetter.draft()).replace('\u00A0', ' ')).isEqualTo("Số:      /STNMT-VP");
    }

    @Test
    void dashListsEndItemsWithSemicolonsAndTheLastWithAFullStop() {
        assertThat(LetterText.dashList(List.of("Như trên;", "Website Sở", "Lưu: VT, VP.")))
                .containsExactly("- Như trên;", "- Website Sở;", "- Lưu: VT, VP.");
    }

    @Test
    void upperCaseKeepsVietnameseLetters() {
        assertThat(LetterText.upper("Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk"))
                .isEqualTo("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐẮK LẮK");
    }

    @Test
    void refusesALetterWithoutNumberOrSymbolOrWithoutYear() {
        assertThatThrownBy(() -> new OfficialLetter(null, "Sở", null, null, "Huế", LocalDate.of(2026, 1, 1), null,
                "V/v", List.of("A"), List.of(), List.of("GIÁM ĐỐC"), null, List.of())).hasMessageContaining("symbol");
        assertThatThrownBy(() -> new OfficialLetter(null, "Sở", "1/S-VP", null, "Huế", null, null, "V/v",
                List.of("A"), List.of(), List.of("GIÁM ĐỐC"), null, List.of())).hasMessageContaining("year");
    }
}
