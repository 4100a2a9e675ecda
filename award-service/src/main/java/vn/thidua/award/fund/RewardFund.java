package vn.thidua.award.fund;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.thidua.eventing.audit.AuditEntry;

/**
 * An agency's reward fund for a year (quỹ thi đua, khen thưởng): the budget the office sets, with the
 * trail of its changes. Payouts and recoveries are not copied here: they are the decisions and
 * revocations themselves, summed when the fund is reported, so the fund can never disagree with them.
 */
@Document("reward_funds")
public record RewardFund(@Id String id, String agency, int year, long budget, String note,
        List<AuditEntry> auditTrail) {

    public RewardFund {
        auditTrail = auditTrail == null ? List.of() : List.copyOf(auditTrail);
    }

    static String idOf(String agency, int year) {
        return agency + ":" + year;
    }
}
