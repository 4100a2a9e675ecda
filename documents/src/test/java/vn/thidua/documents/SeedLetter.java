package vn.thidua.documents;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;

/** A letter modelled on the Kon Tum 2021 launch letter (shared/seeds/kon-tum-2021-cong-van-phat-dong.txt). */
public final class SeedLetter {

    static final String PARENT = "UBND TỈNH KON TUM";
    static final String ISSUER = "Sở Tài nguyên và Môi trường";
    public static final String SUBJECT = "V/v Phát động phong trào thi đua đặc biệt theo Kế hoạch số 3510/KH-UBND ngày "
            + "30/9/2021 của Ủy ban nhân dân tỉnh";
    static final List<String> ADDRESSEES = List.of("Trưởng các phòng, đơn vị trực thuộc Sở",
            "Phòng Tài nguyên và Môi trường các huyện, thành phố");
    static final List<String> BODY = List.of(
            "Thực hiện Kế hoạch số 3510/KH-UBND ngày 30/9/2021 của Ủy ban nhân dân tỉnh Triển khai Phong trào thi đua "
                    + "đặc biệt “Nhân dân tỉnh Kon Tum đoàn kết, chung sức, đồng lòng cùng Nhân dân cả nước thi đua "
                    + "phòng, chống và chiến thắng đại dịch COVID-19”.",
            "Để triển khai phát động thi đua của Ủy ban nhân dân tỉnh, Sở Tài nguyên và Môi trường phát động phong "
                    + "trào thi đua đặc biệt trong toàn Ngành tài nguyên và môi trường như sau:",
            "1. Trưởng các phòng, đơn vị thuộc Sở; Trưởng phòng Tài nguyên và Môi trường các huyện, thành phố thi đua "
                    + "thực hiện tốt các chủ trương, Nghị quyết, Chỉ thị, Kết luận của Trung ương, Tỉnh ủy, Ủy ban "
                    + "nhân dân tỉnh về công tác phòng chống đại dịch COVID-19.",
            "2. Thi đua phát huy sáng kiến, giải pháp hỗ trợ doanh nghiệp, người dân ổn định sản xuất kinh doanh, "
                    + "cung ứng hàng hóa... thúc đẩy tăng năng suất lao động và hiệu quả công tác.",
            "3. Thi đua cùng chung tay bảo đảm an sinh xã hội, việc làm, chăm lo sức khỏe và đời sống Nhân dân.",
            "4. Thi đua giữ vững ổn định chính trị, bảo đảm quốc phòng, an ninh, trật tự, an toàn xã hội.",
            "5. Thi đua tuyên truyền triển khai kịp thời, hiệu quả, an toàn Chiến lược tiêm vắc xin phòng COVID-19.",
            "6. Thi đua đẩy mạnh ứng dụng công nghệ thông tin trong công tác phòng, chống đại dịch COVID-19.",
            "7. Giao Văn phòng Sở Tài nguyên và Môi trường (cơ quan thường trực của Hội đồng Thi đua - Khen thưởng Sở) "
                    + "chủ trì, phối hợp với các phòng, đơn vị theo dõi, đôn đốc và tổng hợp báo cáo kết quả và đề "
                    + "xuất khen thưởng đối với các tập thể, cá nhân thực hiện tốt phong trào thi đua đặc biệt này./.");
    static final List<String> RECIPIENTS = List.of("Như trên", "Website Sở", "Lưu: VT, VP");

    private SeedLetter() {
    }

    public static OfficialLetter numbered() {
        return new OfficialLetter(PARENT, ISSUER, "125/STNMT-VP", "STNMT-VP", "Kon Tum", LocalDate.of(2021, 10, 5),
                null, SUBJECT, ADDRESSEES, BODY, List.of("GIÁM ĐỐC"), "Nguyễn Văn Lộc", RECIPIENTS);
    }

    /** As the seed itself: not yet numbered nor dated, signed for the director by a deputy. */
    static OfficialLetter draft() {
        return new OfficialLetter(PARENT, ISSUER, null, "STNMT-VP", "Kon Tum", null, Year.of(2021), SUBJECT,
                ADDRESSEES, BODY, List.of("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), "Nguyễn Văn Lộc", RECIPIENTS);
    }
}
