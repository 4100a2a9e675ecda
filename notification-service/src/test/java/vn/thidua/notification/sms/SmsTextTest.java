package vn.thidua.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import vn.thidua.notification.sms.text.GsmAlphabet;
import vn.thidua.notification.sms.text.PhoneNumbers;
import vn.thidua.notification.sms.text.QuietHours;
import vn.thidua.notification.sms.text.SmsEncoding;
import vn.thidua.notification.sms.text.SmsText;
import vn.thidua.notification.sms.text.VietnameseText;

/** SMS text without Spring: diacritics, encoding choice, segments, quiet hours, numbers. */
class SmsTextTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void everyVietnameseToneAndTheDBarAreStripped() {
        assertThat(VietnameseText.stripDiacritics("Đảng ủy đôn đốc thi đua – “Độc lập – Tự do – Hạnh phúc”"))
                .isEqualTo("Dang uy don doc thi dua - \"Doc lap - Tu do - Hanh phuc\"");
        assertThat(VietnameseText.stripDiacritics("àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ"))
                .isEqualTo("aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy");
        assertThat(VietnameseText.stripDiacritics("ÀÁẢÃẠ ĂÂÊÔƠƯ Đđ")).isEqualTo("AAAAA AAEOOU Dd");
    }

    @Test
    void aStrippedTextGoesAsGsm7AndOneWithDiacriticsAsUcs2() {
        SmsText plain = SmsText.of("Nhắc hạn gửi báo cáo: còn 3 ngày", false);
        assertThat(plain.encoding()).isEqualTo(SmsEncoding.GSM7);
        assertThat(plain.text()).isEqualTo("Nhac han gui bao cao: con 3 ngay");
        assertThat(plain.segments()).isOne();
        assertThat(plain.shortMessages(1).getFirst()).hasSize(plain.text().length());

        SmsText unicode = SmsText.of("Nhắc hạn gửi báo cáo: còn 3 ngày", true);
        assertThat(unicode.encoding()).isEqualTo(SmsEncoding.UCS2);
        assertThat(new String(unicode.shortMessages(1).getFirst(), StandardCharsets.UTF_16BE)).isEqualTo(unicode.text());
        // Unicode chosen, but nothing outside the GSM alphabet: GSM-7 is enough.
        assertThat(SmsText.of("Hop giao ban 8h", true).encoding()).isEqualTo(SmsEncoding.GSM7);
    }

    @Test
    void longTextsAreSplitAt153SeptetsOr67CharactersWithAUserDataHeader() {
        assertThat(SmsText.of("a".repeat(160), false).segments()).isOne();
        SmsText gsm = SmsText.of("a".repeat(161), false);
        assertThat(gsm.segments()).isEqualTo(2);
        assertThat(gsm.parts()).extracting(String::length).containsExactly(153, 8);
        byte[] first = gsm.shortMessages(0x2A).getFirst();
        assertThat(first).startsWith(0x05, 0x00, 0x03, 0x2A, 0x02, 0x01).hasSize(6 + 153);
        // An extension character takes two septets and is never split from its escape.
        assertThat(SmsText.of("€".repeat(80), false).segments()).isOne();
        SmsText euros = SmsText.of("€".repeat(81), false);
        assertThat(euros.segments()).isEqualTo(2);
        assertThat(euros.parts()).extracting(String::length).containsExactly(76, 5);
        assertThat(GsmAlphabet.decode(GsmAlphabet.encode("{x}€"), 0, 7)).isEqualTo("{x}€");

        assertThat(SmsText.of("đ".repeat(70), true).segments()).isOne();
        SmsText ucs = SmsText.of("đ".repeat(71), true);
        assertThat(ucs.parts()).extracting(String::length).containsExactly(67, 4);
    }

    @Test
    void quietHoursAcrossMidnightMoveAnSmsToTheirEnd() {
        QuietHours night = QuietHours.DEFAULT;
        Instant evening = ZonedDateTime.of(2026, 6, 10, 22, 15, 0, 0, VIETNAM).toInstant();
        assertThat(night.nextAllowed(evening, VIETNAM))
                .isEqualTo(ZonedDateTime.of(2026, 6, 11, 7, 0, 0, 0, VIETNAM).toInstant());
        Instant earlyMorning = ZonedDateTime.of(2026, 6, 11, 5, 0, 0, 0, VIETNAM).toInstant();
        assertThat(night.nextAllowed(earlyMorning, VIETNAM))
                .isEqualTo(ZonedDateTime.of(2026, 6, 11, 7, 0, 0, 0, VIETNAM).toInstant());
        Instant day = ZonedDateTime.of(2026, 6, 11, 7, 0, 0, 0, VIETNAM).toInstant();
        assertThat(night.nextAllowed(day, VIETNAM)).isEqualTo(day);
        QuietHours lunch = new QuietHours(LocalTime.NOON, LocalTime.of(13, 30));
        assertThat(lunch.contains(LocalTime.of(12, 45))).isTrue();
        assertThat(lunch.contains(LocalTime.of(13, 30))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void vietnamesePhoneNumbersAreWrittenInternationally() {
        assertThat(PhoneNumbers.international("0912 345 678")).contains("84912345678");
        assertThat(PhoneNumbers.international("+84 912.345.678")).contains("84912345678");
        assertThat(PhoneNumbers.international("84912345678")).contains("84912345678");
        assertThat(PhoneNumbers.international("không có")).isEmpty();
        assertThat(PhoneNumbers.international(null)).isEmpty();
    }
}
