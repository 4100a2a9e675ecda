package vn.thidua.notification.notice;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.notification.recipient.Recipient;

/** What the decision email shows the nominated unit. */
public record DecisionNotice(
        String headName,
        String unitName,
        String nominee,
        String nomineeName,
        String formName,
        String decisionNumber,
        String decisionDate,
        String signerTitle,
        String signerName,
        String portalUrl) {

    static DecisionNotice of(AwardDecided decided, Recipient recipient, String portalUrl) {
        String nominee = (decided.nomineeKind() == NomineeKind.INDIVIDUAL ? "cá nhân " : "tập thể ")
                + decided.nomineeName();
        return new DecisionNotice(recipient.headName(), recipient.unitName(), nominee, decided.nomineeName(),
                decided.formName(), decided.decisionNumber(), VietnameseDates.shortForm(decided.decisionDate()),
                decided.signerTitle(), decided.signerName(), portalUrl);
    }
}
