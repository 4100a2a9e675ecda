package vn.thidua.campaign.reading;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What was read from a launch letter (công văn, kế hoạch phát động), field by field. Each field says
 * whether it was found; a field that was not found is left empty, never guessed, and its note says
 * in Vietnamese what was looked for.
 */
@Schema(description = "Kết quả đọc công văn, kế hoạch phát động: từng trường có cờ found và ghi chú khi không tìm thấy")
public record LetterReading(
        @Schema(description = "Cơ quan chủ quản (dòng đầu góc trái), ví dụ UBND TỈNH KON TUM") Field<String> parentBody,
        @Schema(description = "Cơ quan ban hành, ví dụ SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG") Field<String> issuer,
        @Schema(description = "Loại văn bản: Công văn (có “V/v”), Kế hoạch, Quyết định…") Field<String> documentType,
        @Schema(description = "Số văn bản, ví dụ 1234 (để trống khi văn bản chưa cấp số)") Field<String> number,
        @Schema(description = "Ký hiệu văn bản, ví dụ SNV-TĐKT") Field<String> symbol,
        @Schema(description = "Địa danh, ví dụ Kon Tum") Field<String> place,
        @Schema(description = "Ngày ban hành") Field<LocalDate> date,
        @Schema(description = "Năm ban hành (có cả khi ngày, tháng để trống)") Field<Integer> year,
        @Schema(description = "Trích yếu, không kèm “V/v”") Field<String> subject,
        @Schema(description = "Danh sách “Kính gửi:”") Field<List<String>> addressees,
        @Schema(description = "Văn bản cấp trên được triển khai, ví dụ Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của UBND tỉnh")
        Field<List<PlanReference>> parentPlans,
        @Schema(description = "Khẩu hiệu, chủ đề trong ngoặc kép") Field<String> theme,
        @Schema(description = "Các nội dung thi đua đánh số") Field<List<Content>> contents,
        @Schema(description = "Danh sách “Nơi nhận:”") Field<List<String>> recipients,
        @Schema(description = "Thẩm quyền ký, mỗi dòng một mục, ví dụ [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC]")
        Field<List<String>> signerAuthority,
        @Schema(description = "Chức vụ người ký, ví dụ PHÓ GIÁM ĐỐC") Field<String> signerTitle,
        @Schema(description = "Họ tên người ký") Field<String> signerName) {

    /** A value read from the letter, or nothing and why. */
    public record Field<T>(T value, boolean found, String note) {

        static <T> Field<T> found(T value) {
            return new Field<>(value, true, null);
        }

        static <T> Field<T> found(T value, String note) {
            return new Field<>(value, true, note);
        }

        static <T> Field<T> missing(String note) {
            return new Field<>(null, false, note);
        }

        /** A list is found when it has at least one element. */
        static <E> Field<List<E>> list(List<E> values, String noteWhenEmpty) {
            return values.isEmpty() ? missing(noteWhenEmpty) : found(List.copyOf(values));
        }
    }

    /**
     * A higher document the letter implements, e.g. "Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của UBND
     * tỉnh": its kind, number and symbol, date and issuer (null when the letter does not say).
     */
    public record PlanReference(String kind, String number, LocalDate date, String issuer, String citation) {

        public boolean complete() {
            return number != null && date != null && issuer != null;
        }
    }

    /** A numbered content (1., 2., …) with its text and its lettered items (a), b), …), if any. */
    public record Content(int number, String text, List<Item> items) {

        /** The whole content as one text, its items on their own lines. */
        public String fullText() {
            StringBuilder text = new StringBuilder(text());
            for (Item item : items) {
                text.append(text.isEmpty() ? "" : "\n").append(item.label()).append(") ").append(item.text());
            }
            return text.toString();
        }
    }

    /** A lettered or sub-numbered item of a content: a), b) or 1.1, 1.2. */
    public record Item(String label, String text) {
    }
}
