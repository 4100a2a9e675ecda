package vn.thidua.award.decision;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.thidua.award.campaign.CampaignCopy;
import vn.thidua.award.catalogue.CommendationCatalogue;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.council.CouncilSession;
import vn.thidua.award.nomination.Decision;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.reward.Money;
import vn.thidua.award.reward.Reward;
import vn.thidua.award.rules.RuleSet;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.documents.LetterText;

/**
 * Writes a decided nomination as a {@link DecisionDocument}: one decision per nomination (the model
 * holds one decision on each), its recipient in Điều 1's table with the reward, the fund in Điều 2,
 * who carries it out in Điều 3. The grounds cite the law and decree (configured), the rule set that
 * judged the case, and the council's minutes when the council voted on it.
 */
@Component
public class DecisionComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DocumentProperties properties;
    private final CommendationCatalogue catalogue;
    private final MongoTemplate mongo;

    public DecisionComposer(DocumentProperties properties, CommendationCatalogue catalogue, MongoTemplate mongo) {
        this.properties = properties;
        this.catalogue = catalogue;
        this.mongo = mongo;
    }

    public DecisionDocument compose(Nomination n, CampaignCopy.IssuingAgency agency, RuleSet rules) {
        Decision d = n.decision();
        String agencyName = agency == null || agency.name() == null ? n.issuingAgency() : agency.name();
        boolean title = catalogue.find(n.form()).map(f -> f.category() == FormCategory.TITLE).orElse(false);
        String subject = title ? "Về việc công nhận danh hiệu " + n.formName() + " năm " + n.year()
                : "Về việc tặng " + n.formName();

        List<String> grounds = new ArrayList<>();
        properties.grounds().forEach(g -> grounds.add(closed(g, ";")));
        if (rules != null) {
            grounds.add("Căn cứ quy định về thi đua, khen thưởng áp dụng từ ngày " + DAY.format(rules.effectiveFrom())
                    + " (" + rules.legalBasis() + ");");
        }
        if (n.councilSessionId() != null) {
            CouncilSession session = mongo.findById(n.councilSessionId(), CouncilSession.class);
            String when = session == null ? "" : " " + LetterText.dateWords(session.meetingAt().toLocalDate(), null);
            grounds.add("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng" + when + " (phiên họp "
                    + n.councilSessionId() + ");");
        }
        grounds.add("Theo đề nghị của " + properties.proposer() + ".");

        String nominee = nomineeText(n);
        Reward reward = d.reward();
        boolean cash = reward != null && reward.isCash();
        List<DecisionDocument.Article> articles = List.of(
                new DecisionDocument.Article("Điều 1.", (title ? "Công nhận danh hiệu " + n.formName() + " năm "
                        + n.year() + " cho " : "Tặng " + n.formName() + " cho ") + nominee
                        + ", đã có thành tích: " + closed(n.reason(), ".")),
                new DecisionDocument.Article("Điều 2.", cash
                        ? "Kèm theo " + (title ? "danh hiệu" : n.formName()) + " là tiền thưởng "
                                + Money.format(reward.amount()) + " đồng (hệ số " + Money.multiple(reward.multiple())
                                + " × mức lương cơ sở " + Money.format(reward.baseSalary()) + " đồng"
                                + (reward.baseSalaryBasis() == null ? "" : " theo " + reward.baseSalaryBasis())
                                + ", làm tròn lên hàng chục nghìn đồng), chi từ Quỹ thi đua, khen thưởng năm "
                                + d.date().getYear() + " của " + agencyName + "."
                        : "Hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng."),
                new DecisionDocument.Article("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. "
                        + properties.proposer() + ", Thủ trưởng " + n.unitName() + " và "
                        + (n.nomineeKind() == NomineeKind.COLLECTIVE ? "tập thể" : "cá nhân")
                        + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."));
        List<DecisionDocument.Recipient> recipients = List.of(new DecisionDocument.Recipient(1,
                n.nomineeKind() == NomineeKind.COLLECTIVE ? "Tập thể " + n.nomineeName() : n.nomineeName(),
                n.unitName(), n.formName(), cash ? Money.format(reward.amount()) : "—"));
        return new DecisionDocument(properties.parentBody(), agencyName, d.number(), properties.place(), d.date(),
                subject, LetterText.upper(d.signerTitle() + " " + agencyName), grounds, articles, recipients,
                d.signerTitle(), d.signerName(), List.of("Như Điều 3", "Lưu: VT, VP"));
    }

    /**
     * One decision commending several recipients (quyết định khen thưởng cho nhiều tập thể, cá nhân):
     * the recipients with their forms and rewards in Điều 1's table, the total in Điều 2. The grounds
     * cite every rule set and council session behind the recipients.
     */
    public DecisionDocument composeBatch(String number, LocalDate date, String signerTitle, String signerName,
            List<Nomination> recipients, CampaignCopy.IssuingAgency agency, List<RuleSet> rules) {
        String agencyName = agency == null || agency.name() == null ? recipients.getFirst().issuingAgency()
                : agency.name();
        String counted = counted(recipients);
        List<String> grounds = new ArrayList<>();
        properties.grounds().forEach(g -> grounds.add(closed(g, ";")));
        rules.stream().distinct().forEach(r -> grounds.add("Căn cứ quy định về thi đua, khen thưởng áp dụng từ ngày "
                + DAY.format(r.effectiveFrom()) + " (" + r.legalBasis() + ");"));
        recipients.stream().map(Nomination::councilSessionId).filter(java.util.Objects::nonNull).distinct()
                .forEach(sessionId -> {
                    CouncilSession session = mongo.findById(sessionId, CouncilSession.class);
                    String when = session == null ? "" : " " + LetterText.dateWords(session.meetingAt().toLocalDate(),
                            null);
                    grounds.add("Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng" + when + " (phiên họp " + sessionId
                            + ");");
                });
        grounds.add("Theo đề nghị của " + properties.proposer() + ".");
        long total = recipients.stream().mapToLong(n -> n.decision().rewardAmount()).sum();
        Reward anyReward = recipients.stream().map(n -> n.decision().reward()).filter(r -> r != null && r.isCash())
                .findFirst().orElse(null);
        List<DecisionDocument.Article> articles = List.of(
                new DecisionDocument.Article("Điều 1.", "Khen thưởng " + counted + " đã có thành tích trong phong "
                        + "trào thi đua, với danh hiệu, hình thức khen thưởng và tiền thưởng theo danh sách dưới đây:"),
                new DecisionDocument.Article("Điều 2.", total > 0
                        ? "Tổng số tiền thưởng là " + Money.format(total) + " đồng (mỗi tập thể, cá nhân theo mức tại "
                                + "Điều 1, tính theo mức lương cơ sở " + Money.format(anyReward.baseSalary()) + " đồng"
                                + (anyReward.baseSalaryBasis() == null ? "" : " theo " + anyReward.baseSalaryBasis())
                                + ", làm tròn lên hàng chục nghìn đồng), chi từ Quỹ thi đua, khen thưởng năm "
                                + date.getYear() + " của " + agencyName + "."
                        : "Các hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng."),
                new DecisionDocument.Article("Điều 3.", "Quyết định này có hiệu lực kể từ ngày ký. "
                        + properties.proposer() + ", Thủ trưởng các đơn vị có liên quan và các tập thể, cá nhân có tên "
                        + "tại Điều 1 chịu trách nhiệm thi hành Quyết định này."));
        List<DecisionDocument.Recipient> rows = new ArrayList<>();
        for (Nomination n : recipients) {
            Reward reward = n.decision().reward();
            rows.add(new DecisionDocument.Recipient(rows.size() + 1, n.nomineeKind() == NomineeKind.COLLECTIVE
                    ? "Tập thể " + n.nomineeName() : n.nomineeName(), n.unitName(), n.formName(),
                    reward != null && reward.isCash() ? Money.format(reward.amount()) : "—"));
        }
        return new DecisionDocument(properties.parentBody(), agencyName, number, properties.place(), date,
                "Về việc khen thưởng cho " + counted, LetterText.upper(signerTitle + " " + agencyName), grounds,
                articles, rows, signerTitle, signerName, List.of("Như Điều 3", "Lưu: VT, VP"));
    }

    /** "2 tập thể và 3 cá nhân", "3 cá nhân", "1 tập thể". */
    public static String counted(List<Nomination> recipients) {
        long collectives = recipients.stream().filter(n -> n.nomineeKind() == NomineeKind.COLLECTIVE).count();
        long individuals = recipients.size() - collectives;
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            parts.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            parts.add(individuals + " cá nhân");
        }
        return String.join(" và ", parts);
    }

    private static String nomineeText(Nomination n) {
        return n.nomineeKind() == NomineeKind.COLLECTIVE ? "tập thể " + n.nomineeName()
                : "cá nhân " + n.nomineeName() + " (" + n.unitName() + ")";
    }

    private static String closed(String text, String end) {
        String t = text.strip();
        while (t.endsWith(";") || t.endsWith(".") || t.endsWith(",")) {
            t = t.substring(0, t.length() - 1).stripTrailing();
        }
        return t + end;
    }
}
