package vn.thidua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Assertions shared by the PDF and DOCX read-back tests. */
final class Documents {

    private Documents() {
    }

    /** Each part occurs in the text, after the previous one. */
    static void assertInOrder(String text, List<String> parts) {
        int from = 0;
        String previous = "(start)";
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("\"%s\" after \"%s\" in:%n%s", part, previous, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
            previous = part;
        }
    }

    /** The parts of {@link SeedLetter#numbered()} in the order a reader meets them. */
    static List<String> seedParts() {
        List<String> parts = new ArrayList<>(List.of("UBND TỈNH KON TUM", "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 125/STNMT-VP",
                SeedLetter.SUBJECT, "Kon Tum, ngày 05 tháng 10 năm 2021", "Kính gửi:",
                "- Trưởng các phòng, đơn vị trực thuộc Sở;", "- Phòng Tài nguyên và Môi trường các huyện, thành phố."));
        parts.addAll(SeedLetter.BODY);
        parts.addAll(List.of("Nơi nhận:", "- Như trên;", "- Website Sở;", "- Lưu: VT, VP.", "GIÁM ĐỐC",
                "Nguyễn Văn Lộc"));
        return parts;
    }
}
