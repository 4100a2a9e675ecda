package vn.thidua.award.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * What a commendation decision (quyết định khen thưởng) says, in the parts Decree 30/2020 lays out
 * for a quyết định: header, number, place and date, "QUYẾT ĐỊNH" and its subject, the issuing
 * authority, the grounds ("Căn cứ …"), the articles (Điều 1 with the recipients table), the signer and
 * "Nơi nhận". Both renderers print exactly these texts, so PDF and DOCX say the same.
 *
 * @param authority  the deciding authority line, e.g. "GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"
 * @param grounds    "Căn cứ …;" lines, then the proposal line ("Theo đề nghị của …")
 * @param articles   "Điều 1." …; the recipients table follows Điều 1
 */
public record DecisionDocument(String parentBody, String issuingBody, String number, String place, LocalDate date,
        String subject, String authority, List<String> grounds, List<Article> articles, List<Recipient> recipients,
        String signerAuthority, String signerName, List<String> distribution) {

    public static final String TITLE = "QUYẾT ĐỊNH";
    public static final String DECIDES = "QUYẾT ĐỊNH:";

    /** One article: "Điều 1." and its text. */
    public record Article(String heading, String text) {
    }

    /** One row of Điều 1's table; {@code amount} in đồng, as written ("710.000"), or "—" without cash. */
    public record Recipient(int order, String name, String unit, String form, String amount) {
    }

    public DecisionDocument {
        grounds = List.copyOf(grounds);
        articles = List.copyOf(articles);
        recipients = List.copyOf(recipients);
        distribution = List.copyOf(distribution);
    }
}
