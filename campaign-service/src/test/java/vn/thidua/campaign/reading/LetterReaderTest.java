package vn.thidua.campaign.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.campaign.reading.LetterReading.Content;
import vn.thidua.campaign.reading.LetterReading.Field;
import vn.thidua.campaign.reading.LetterReading.Item;
import vn.thidua.campaign.reading.LetterReading.PlanReference;

/** Reading real and realistic launch letters: every field, found or flagged, never invented. */
class LetterReaderTest {

    private final LetterReader reader = new LetterReader();

    static String letter(String name) {
        try (InputStream in = LetterReaderTest.class.getResourceAsStream("/letters/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void readsEveryPartOfTheKonTumSeedLetter() {
        LetterReading reading = reader.read(letter("kon-tum-2021-cong-van-phat-dong.txt"));
        assertKonTum(reading);
    }

    /** The seed as a Windows editor or a Mac might save it: decomposed diacritics, CRLF, odd spaces. */
    @Test
    void readsTheSeedLetterWithDecomposedDiacriticsCrLfAndNonBreakingSpaces() {
        String oldStyle = letter("kon-tum-2021-cong-van-phat-dong.txt").replace("Ủy ban", "Uỷ ban")
                .replace("Kính gửi:", "Kính\u00A0gửi :").replace("Số: ", "Số:\t").replace("\n", "\r\n");
        String decomposed = Normalizer.normalize(oldStyle, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(Normalizer.normalize(decomposed, Normalizer.Form.NFC));
        LetterReading reading = reader.read(decomposed);
        assertThat(reading.issuer().value()).isEqualTo("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG");
        assertThat(reading.symbol().value()).isEqualTo("STNMT-VP");
        assertThat(reading.addressees().value()).hasSize(2);
        assertThat(reading.parentPlans().value()).singleElement()
                .satisfies(plan -> assertThat(plan.issuer()).isEqualTo("Uỷ ban nhân dân tỉnh"));
        assertThat(reading.contents().value()).hasSize(7);
        assertThat(reading.signerName().value()).isEqualTo("Nguyễn Văn Lộc");
    }

    private static void assertKonTum(LetterReading reading) {
        assertThat(reading.parentBody()).isEqualTo(found("UBND TỈNH KON TUM"));
        assertThat(reading.issuer()).isEqualTo(found("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG"));
        assertThat(reading.documentType()).isEqualTo(found("Công văn"));
        // "Số: /STNMT-VP": the draft has not been numbered yet, the symbol is there.
        assertThat(reading.number().found()).isFalse();
        assertThat(reading.number().value()).isNull();
        assertThat(reading.number().note()).isEqualTo("Số văn bản để trống (văn bản chưa được cấp số).");
        assertThat(reading.symbol()).isEqualTo(found("STNMT-VP"));
        assertThat(reading.place()).isEqualTo(found("Kon Tum"));
        // "ngày tháng năm 2021": day and month left for the signing date.
        assertThat(reading.date().found()).isFalse();
        assertThat(reading.date().value()).isNull();
        assertThat(reading.date().note()).contains("Ngày, tháng ban hành để trống").contains("2021");
        assertThat(reading.year()).isEqualTo(found(2021));
        assertThat(reading.subject()).isEqualTo(found("Phát động phong trào thi đua đặc biệt theo Kế hoạch số "
                + "3510/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh"));
        assertThat(reading.addressees()).isEqualTo(found(List.of("Trưởng các phòng, đơn vị trực thuộc Sở",
                "Phòng Tài nguyên và Môi trường các huyện, thành phố")));
        assertThat(reading.parentPlans()).isEqualTo(found(List.of(new PlanReference("Kế hoạch", "3510/KH-UBND",
                LocalDate.of(2021, 9, 30), "Ủy ban nhân dân tỉnh",
                "Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh"))));
        assertThat(reading.theme()).isEqualTo(found("Nhân dân tỉnh Kon Tum đoàn kết, chung sức, đồng lòng cùng "
                + "Nhân dân cả nước thi đua phòng, chống và chiến thắng đại dịch COVID-19"));
        List<Content> contents = reading.contents().value();
        assertThat(reading.contents().found()).isTrue();
        assertThat(contents).extracting(Content::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(contents).allSatisfy(content -> assertThat(content.items()).isEmpty());
        assertThat(contents.get(0).text()).startsWith("Trưởng các phòng, đơn vị thuộc Sở; Trưởng phòng Tài nguyên")
                .endsWith("đáp ứng yêu cầu cấp bách của công tác phòng, chống đại dịch.");
        assertThat(contents.get(1).text()).isEqualTo("Thi đua phát huy sáng kiến, giải pháp hỗ trợ doanh nghiệp, người "
                + "dân ổn định sản xuất kinh doanh, cung ứng hàng hóa... thúc đẩy tăng năng suất lao động và hiệu quả "
                + "công tác; huy động các nguồn lực phục vụ công tác phòng, chống đại dịch, góp phần phục hồi sản xuất "
                + "kinh doanh, phát triển kinh tế - xã hội của tỉnh.");
        // The page break inside content 3 ("hỗ trợ" / "cho người dân") is joined back into one sentence.
        assertThat(contents.get(2).text()).contains("cụ thể hỗ trợ cho người dân, người lao động")
                .endsWith("vượt qua khó khăn trong đại dịch.").doesNotContain("\n");
        assertThat(contents.get(3).text()).startsWith("Thi đua giữ vững ổn định chính trị").endsWith("chống phá.");
        assertThat(contents.get(4).text()).isEqualTo("Thi đua tuyên truyền triển khai kịp thời, hiệu quả, an toàn "
                + "Chiến lược tiêm vắc xin phòng COVID-19 nhằm đạt tỷ lệ miễn dịch cộng đồng.");
        assertThat(contents.get(5).text()).startsWith("Thi đua đẩy mạnh ứng dụng công nghệ thông tin")
                .endsWith("chính quyền các cấp triển khai.");
        assertThat(contents.get(6).text()).startsWith("Giao Văn phòng Sở Tài nguyên và Môi trường (cơ quan thường trực "
                + "của Hội đồng Thi đua - Khen thưởng Sở) chủ trì")
                .endsWith("phong trào thi đua đặc biệt này.");
        assertThat(reading.recipients()).isEqualTo(found(List.of("Như trên", "Website Sở", "Lưu: VT, VP")));
        assertThat(reading.signerAuthority()).isEqualTo(found(List.of("GIÁM ĐỐC")));
        assertThat(reading.signerTitle()).isEqualTo(found("GIÁM ĐỐC"));
        assertThat(reading.signerName()).isEqualTo(found("Nguyễn Văn Lộc"));
    }

    @Test
    void readsAProvincialPlanWithRomanSectionsAndTheSignerAboveTheRecipients() {
        LetterReading reading = reader.read(letter("quang-ngai-2026-ke-hoach-ubnd-tinh.txt"));

        assertThat(reading.parentBody().found()).isFalse();
        assertThat(reading.parentBody().note()).contains("cơ quan cấp trên cùng");
        assertThat(reading.issuer()).isEqualTo(found("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"));
        assertThat(reading.documentType()).isEqualTo(found("Kế hoạch"));
        assertThat(reading.number()).isEqualTo(found("45"));
        assertThat(reading.symbol()).isEqualTo(found("KH-UBND"));
        assertThat(reading.place()).isEqualTo(found("Quảng Ngãi"));
        assertThat(reading.date()).isEqualTo(found(LocalDate.of(2026, 1, 15)));
        assertThat(reading.year()).isEqualTo(found(2026));
        assertThat(reading.subject()).isEqualTo(found("Phát động phong trào thi đua \"Chuyển đổi số, xây dựng chính "
                + "quyền số phục vụ Nhân dân\" giai đoạn 2026 - 2030"));
        assertThat(reading.addressees().found()).isFalse();
        assertThat(reading.addressees().note()).contains("Kính gửi");
        // The legal bases ("Căn cứ … Nghị định, Quyết định …") are not plans being implemented.
        assertThat(reading.parentPlans()).isEqualTo(found(List.of(
                new PlanReference("Chỉ thị", "05/CT-TTg", LocalDate.of(2025, 2, 14), "Thủ tướng Chính phủ",
                        "Chỉ thị số 05/CT-TTg ngày 14/02/2025 của Thủ tướng Chính phủ"),
                new PlanReference("Kế hoạch", "112/KH-HĐTĐKT", LocalDate.of(2025, 12, 20),
                        "Hội đồng Thi đua - Khen thưởng Trung ương", "Kế hoạch số 112/KH-HĐTĐKT ngày 20 tháng 12 năm "
                                + "2025 của Hội đồng Thi đua - Khen thưởng Trung ương"))));
        assertThat(reading.theme()).isEqualTo(found("Chuyển đổi số, xây dựng chính quyền số phục vụ Nhân dân"));
        assertThat(reading.contents().note()).isEqualTo("Lấy từ mục “II. NỘI DUNG THI ĐUA”.");
        assertThat(reading.contents().value()).containsExactly(
                new Content(1, "Thi đua hoàn thành cung cấp dịch vụ công trực tuyến toàn trình, cụ thể:", List.of(
                        new Item("a", "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải quyết trực tuyến toàn "
                                + "trình đạt từ 80% trở lên"),
                        new Item("b", "100% kết quả giải quyết thủ tục hành chính được số hóa và lưu trữ điện tử."))),
                new Content(2, "Thi đua xây dựng, kết nối và chia sẻ cơ sở dữ liệu chuyên ngành, bảo đảm dữ liệu "
                        + "\"đúng, đủ, sạch, sống\".", List.of()),
                new Content(3, "Thi đua nâng cao kỹ năng số cho cán bộ, công chức, viên chức và người dân; phát huy "
                        + "vai trò của Tổ công nghệ số cộng đồng tại các xã, phường, đặc khu.", List.of()),
                new Content(4, "Thi đua bảo đảm an toàn, an ninh mạng trong hoạt động của các cơ quan nhà nước.",
                        List.of()));
        assertThat(reading.recipients()).isEqualTo(found(List.of("Hội đồng TĐKT Trung ương",
                "Thường trực Tỉnh ủy, HĐND tỉnh", "CT, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh",
                "UBND các xã, phường, đặc khu", "Lưu: VT, NC")));
        assertThat(reading.signerAuthority())
                .isEqualTo(found(List.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")));
        assertThat(reading.signerTitle()).isEqualTo(found("PHÓ CHỦ TỊCH"));
        assertThat(reading.signerName()).isEqualTo(found("Trần Hoàng Tuấn"));
    }

    @Test
    void readsADepartmentLetterAfterTheMergerWithLetteredItemsAndAClosingParagraph() {
        LetterReading reading = reader.read(letter("quang-ngai-2026-cong-van-so-noi-vu.txt"));

        assertThat(reading.parentBody()).isEqualTo(found("UBND TỈNH QUẢNG NGÃI"));
        assertThat(reading.issuer()).isEqualTo(found("SỞ NỘI VỤ"));
        assertThat(reading.documentType()).isEqualTo(found("Công văn"));
        assertThat(reading.number()).isEqualTo(found("1234"));
        assertThat(reading.symbol()).isEqualTo(found("SNV-TĐKT"));
        assertThat(reading.place()).isEqualTo(found("Quảng Ngãi"));
        assertThat(reading.date()).isEqualTo(found(LocalDate.of(2026, 3, 5)));
        assertThat(reading.year()).isEqualTo(found(2026));
        assertThat(reading.subject())
                .isEqualTo(found("phát động phong trào thi đua thực hiện nhiệm vụ chính trị năm 2026"));
        assertThat(reading.addressees()).isEqualTo(found(List.of("Các phòng, đơn vị thuộc và trực thuộc Sở",
                "Phòng Văn hóa - Xã hội các xã, phường, đặc khu")));
        assertThat(reading.parentPlans()).isEqualTo(found(List.of(
                new PlanReference("Kế hoạch", "45/KH-UBND", LocalDate.of(2026, 1, 15), "UBND tỉnh",
                        "Kế hoạch số 45/KH-UBND ngày 15/01/2026 của UBND tỉnh"),
                new PlanReference("Công văn", "210/HĐTĐKT", LocalDate.of(2026, 1, 20),
                        "Hội đồng Thi đua - Khen thưởng tỉnh",
                        "Công văn số 210/HĐTĐKT ngày 20/01/2026 của Hội đồng Thi đua - Khen thưởng tỉnh"))));
        // The department's own theme ("với chủ đề …"), not the provincial movement it cites.
        assertThat(reading.theme()).isEqualTo(found("Kỷ cương, trách nhiệm, đổi mới, hiệu quả"));
        assertThat(reading.contents()).isEqualTo(found(List.of(
                new Content(1, "Thi đua hoàn thành xuất sắc nhiệm vụ chính trị được giao năm 2026, trọng tâm là:",
                        List.of(new Item("a", "Hoàn thiện tổ chức bộ máy sau sắp xếp, bảo đảm hoạt động thông suốt, "
                                + "hiệu lực, hiệu quả"),
                                new Item("b", "Nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức cấp xã sau khi "
                                        + "không tổ chức cấp huyện."))),
                new Content(2, "Thi đua đẩy mạnh cải cách hành chính, chuyển đổi số; 100% hồ sơ công việc tại Sở được "
                        + "xử lý trên môi trường mạng (trừ hồ sơ mật).", List.of()),
                new Content(3, "Thi đua thực hiện tốt công tác thi đua, khen thưởng, phát hiện, bồi dưỡng và nhân rộng "
                        + "các điển hình tiên tiến.", List.of()))));
        assertThat(reading.recipients()).isEqualTo(found(List.of("Như trên", "Hội đồng TĐKT tỉnh (b/c)",
                "Giám đốc, các Phó Giám đốc Sở", "Cổng thông tin điện tử Sở", "Lưu: VT, TĐKT")));
        assertThat(reading.signerAuthority()).isEqualTo(found(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")));
        assertThat(reading.signerTitle()).isEqualTo(found("PHÓ GIÁM ĐỐC"));
        assertThat(reading.signerName()).isEqualTo(found("Nguyễn Thị Thu Hà"));
    }

    @Test
    void flagsWhatALetterPastedWithoutItsHeaderDoesNotSayAndInventsNothing() {
        LetterReading reading = reader.read(letter("thieu-thong-tin-van-ban-dan-tu-email.txt"));

        for (Field<?> missing : List.of(reading.parentBody(), reading.issuer(), reading.number(), reading.symbol(),
                reading.place(), reading.date(), reading.year(), reading.parentPlans(), reading.theme(),
                reading.recipients(), reading.signerName())) {
            assertThat(missing.found()).isFalse();
            assertThat(missing.value()).isNull();
            assertThat(missing.note()).isNotBlank();
        }
        assertThat(reading.recipients().note()).isEqualTo("Không thấy phần “Nơi nhận:”.");
        assertThat(reading.signerName().note()).contains("chưa có họ tên");
        assertThat(reading.documentType()).isEqualTo(found("Công văn"));
        assertThat(reading.subject())
                .isEqualTo(found("hưởng ứng phong trào thi đua bảo đảm trật tự, an toàn giao thông"));
        assertThat(reading.addressees()).isEqualTo(found(List.of("Các đơn vị trực thuộc")));
        assertThat(reading.contents().value()).extracting(Content::number).containsExactly(1, 2, 3);
        assertThat(reading.contents().value().get(2).text()).isEqualTo("Phối hợp với chính quyền địa phương ra quân "
                + "bảo đảm an toàn giao thông trong dịp Tết Nguyên đán.");
        assertThat(reading.signerAuthority()).isEqualTo(found(List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC")));
        assertThat(reading.signerTitle()).isEqualTo(found("PHÓ GIÁM ĐỐC"));
    }

    /**
     * A two-column layout flattened into tab-separated lines (header, number and date, "Nơi nhận:" and
     * the signer's title), old-style tone marks ("HOÀ", "Uỷ"), "+" bullets, "1)" numbering, straight quotes.
     */
    @Test
    void readsALetterWhoseTwoColumnLayoutWasFlattenedIntoSharedLines() {
        LetterReading reading = reader.read(letter("can-tho-2025-cong-van-so-y-te.txt"));

        assertThat(reading.parentBody()).isEqualTo(found("UBND THÀNH PHỐ CẦN THƠ"));
        assertThat(reading.issuer()).isEqualTo(found("SỞ Y TẾ"));
        assertThat(reading.documentType()).isEqualTo(found("Công văn"));
        assertThat(reading.number()).isEqualTo(found("87"));
        assertThat(reading.symbol()).isEqualTo(found("SYT-VP"));
        assertThat(reading.place()).isEqualTo(found("Cần Thơ"));
        assertThat(reading.date()).isEqualTo(found(LocalDate.of(2025, 9, 9)));
        assertThat(reading.year()).isEqualTo(found(2025));
        assertThat(reading.subject()).isEqualTo(found("Phát động đợt thi đua cao điểm chào mừng kỷ niệm 70 năm Ngày "
                + "Thầy thuốc Việt Nam"));
        assertThat(reading.addressees()).isEqualTo(found(List.of("Thủ trưởng các phòng chức năng thuộc Sở",
                "Giám đốc các bệnh viện, trung tâm y tế trên địa bàn thành phố", "Trạm Y tế các xã, phường")));
        assertThat(reading.parentPlans()).isEqualTo(found(List.of(
                new PlanReference("Hướng dẫn", "1021/HD-BYT", LocalDate.of(2025, 8, 28), "Bộ Y tế",
                        "Hướng dẫn số 1021/HD-BYT ngày 28/8/2025 của Bộ Y tế"),
                new PlanReference("Kế hoạch", "2150/KH-UBND", LocalDate.of(2025, 9, 3), "Uỷ ban nhân dân thành phố",
                        "Kế hoạch số 2150/KH-UBND ngày 03/9/2025 của Uỷ ban nhân dân thành phố"))));
        assertThat(reading.theme()).isEqualTo(found("Lương y như từ mẫu – Vì sức khoẻ Nhân dân"));
        assertThat(reading.contents().value()).extracting(Content::number).containsExactly(1, 2, 3);
        assertThat(reading.contents().value().get(2).text()).isEqualTo("Thi đua ứng dụng hồ sơ bệnh án điện tử, "
                + "thanh toán không dùng tiền mặt tại các cơ sở khám bệnh, chữa bệnh công lập.");
        assertThat(reading.recipients()).isEqualTo(found(List.of("Như trên", "UBND thành phố (b/c)", "Lưu: VT, VP")));
        assertThat(reading.signerAuthority()).isEqualTo(found(List.of("GIÁM ĐỐC")));
        assertThat(reading.signerTitle()).isEqualTo(found("GIÁM ĐỐC"));
        assertThat(reading.signerName()).isEqualTo(found("Lê Minh Khoa"));
    }

    @Test
    void findsNothingInTextThatIsNoLetter() {
        LetterReading reading = reader.read("Xin chào, đây là một ghi chú bất kỳ.\n\nKhông có gì thêm.");
        assertThat(List.of(reading.issuer(), reading.subject(), reading.contents(), reading.signerName(),
                reading.theme(), reading.date())).allSatisfy(field -> {
                    assertThat(field.found()).isFalse();
                    assertThat(field.value()).isNull();
                });
    }

    private static <T> Field<T> found(T value) {
        return new Field<>(value, true, null);
    }
}
