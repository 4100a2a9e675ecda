package vn.thidua.notification.notice;

import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.notification.recipient.Recipient;

/**
 * What the decision email shows the nominated unit.
 *
 * @param nominee    "tập thể …" / "cá nhân …", for the Vietnamese templates
 * @param individual whether an individual (else a collective) is commended, for other languages
 */
public record DecisionNotice(
        String headName,
        String unitName,
        String nominee,
        boolean individual,
        String nomineeName,
        String formName,
        String decisionNumber,
        String decisionDate,
        String signerTitle,
        String signerName,
        String portalUrl) {

    static DecisionNotice of(AwardDecided decided, Recipient recipient, String portalUrl) {
        boolean individual = decided.nomineeKind() == NomineeKind.INDIVIDUAL;
        String nominee = (individual ? "cá nhân " : "tập thể ") + decided.nomineeName();
        return new DecisionNotice(recipient.headName(), recipient.unitName(), nominee, individual, decided.nomineeName(),
                decided.formName(), decided.decisionNumber(), VietnameseDates.shortForm(decided.decisionDate()),
                decided.signerTitle(), decided.signerName(), portalUrl);
    }
}
