package vn.thidua.reporting.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The dashboard's facts one by one (launched movements, decided awards), for reports that count them
 * in their own way, such as the Ministry's statistical forms. Read from the live generation, like the views.
 */
@Service
public class DashboardFacts {

    private final MongoTemplate mongo;
    private final DashboardGenerations generations;

    public DashboardFacts(MongoTemplate mongo, DashboardGenerations generations) {
        this.mongo = mongo;
        this.generations = generations;
    }

    /** A launched movement. {@code parentName} is the issuing agency's parent body (null for a top-level issuer). */
    public record MovementFact(String campaignId, String title, String kind, String agencyCode, String agencyName,
            String parentName, Instant launchedAt, LocalDate periodStart, LocalDate periodEnd) {
    }

    /**
     * A decided award: the decided form (code and name), the nominee's kind, the decision's date, and the
     * day it was revoked (null while it stands).
     */
    public record AwardFact(String nominationId, String campaignId, String unitId, String nomineeKind, String form,
            String formName, LocalDate decisionDate, LocalDate revokedOn) {

        /** Whether the award still stood at the end of {@code day}. */
        public boolean standsOn(LocalDate day) {
            return revokedOn == null || revokedOn.isAfter(day);
        }
    }

    /**
     * Launched movements, of one issuing agency when {@code agencyCode} is given, of one province when
     * {@code province} is (accent- and case-insensitive, as the dashboard's filter).
     */
    public List<MovementFact> movements(String agencyCode, String province) {
        Criteria criteria = Criteria.where("status").exists(true);
        if (agencyCode != null) {
            criteria.and("agencyKey").is(agencyCode.toUpperCase(Locale.ROOT));
        }
        if (province != null) {
            criteria.and("provinceKey").is(Province.key(province));
        }
        return mongo.find(new Query(criteria), Document.class, generations.live().movements()).stream()
                .map(doc -> new MovementFact(doc.getString("_id"), doc.getString("title"), doc.getString("kind"),
                        doc.getString("agencyCode"), doc.getString("agencyName"), doc.getString("parentName"),
                        instant(doc.get("launchedAt")), date(doc.getString("periodStart")),
                        date(doc.getString("periodEnd"))))
                .toList();
    }

    /** Awards decided between {@code from} and {@code to} (inclusive). */
    public List<AwardFact> awardsDecided(LocalDate from, LocalDate to) {
        Criteria criteria = Criteria.where("decisionNumber").exists(true).and("decisionDate").gte(from.toString())
                .lte(to.toString());
        return mongo.find(new Query(criteria), Document.class, generations.live().nominations()).stream()
                .map(doc -> new AwardFact(doc.getString("_id"), doc.getString("campaignId"), doc.getString("unitId"),
                        doc.getString("nomineeKind"), doc.getString("decidedForm"),
                        doc.getString("decidedFormName") != null ? doc.getString("decidedFormName")
                                : doc.getString("formName"),
                        date(doc.getString("decisionDate")), date(doc.getString("revokedOn"))))
                .toList();
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            default -> Instant.parse(value.toString());
        };
    }
}
