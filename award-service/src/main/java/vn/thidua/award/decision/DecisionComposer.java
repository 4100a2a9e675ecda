package vn.thidua.award.decision;

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
