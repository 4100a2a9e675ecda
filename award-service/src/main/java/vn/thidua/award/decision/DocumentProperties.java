package vn.thidua.award.decision;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thidua.award.documents.*}: what decisions and certificates print beyond the data: the place
 * of the date line, the body above the issuing agency, the grounds every decision cites first (the
 * law and its decree; a new decree is a configuration change), and who proposes decisions.
 */
@ConfigurationProperties("thidua.award.documents")
public record DocumentProperties(
        @DefaultValue("Quảng Ngãi") String place,
        @DefaultValue("UBND TỈNH QUẢNG NGÃI") String parentBody,
        List<String> grounds,
        @DefaultValue("Chánh Văn phòng") String proposer) {

    public DocumentProperties {
        grounds = grounds == null || grounds.isEmpty() ? List.of(
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
                        + "một số điều của Luật Thi đua, khen thưởng")
                : List.copyOf(grounds);
    }
}
