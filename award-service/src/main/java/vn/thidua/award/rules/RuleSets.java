package vn.thidua.award.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.award.catalogue.CommendationCatalogue;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.web.DomainException;

/** The versions of the rules, and which one is in force for a province on a date. */
@Service
public class RuleSets {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MongoTemplate mongo;
    private final CommendationCatalogue catalogue;
    private final Clock clock;

    public RuleSets(MongoTemplate mongo, CommendationCatalogue catalogue, Clock clock) {
        this.mongo = mongo;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** The rule set in force for the province on the date, or 422 when none is. */
    public RuleSet inForce(String province, LocalDate date) {
        List<RuleSet> candidates = mongo.find(new Query(Criteria.where("province")
                .in(province, RuleSet.DEFAULT_PROVINCE).and("effectiveFrom").lte(date)), RuleSet.class);
        return pick(candidates, province, date).orElseThrow(() -> DomainException.rejected("no-rule-set",
                "Chưa có bộ quy tắc thi đua, khen thưởng nào có hiệu lực ngày " + DAY.format(date) + " cho tỉnh "
                        + province + "."));
    }

    /**
     * The version that judged a case ({@code id}, as the nomination recorded it), or else the one in
     * force for the province on the date.
     */
    public RuleSet judging(String id, String province, LocalDate date) {
        RuleSet judged = id == null ? null : mongo.findById(id, RuleSet.class);
        return judged != null ? judged : inForce(province, date);
    }

    /**
     * The latest version effective on the date: the province's own if it has one by then, else the
     * default ("*").
     */
    static Optional<RuleSet> pick(List<RuleSet> ruleSets, String province, LocalDate date) {
        Comparator<RuleSet> byDate = Comparator.comparing(RuleSet::effectiveFrom);
        Optional<RuleSet> own = ruleSets.stream()
                .filter(r -> r.province().equals(province) && !r.effectiveFrom().isAfter(date)).max(byDate);
        return own.isPresent() ? own : ruleSets.stream()
                .filter(r -> r.province().equals(RuleSet.DEFAULT_PROVINCE) && !r.effectiveFrom().isAfter(date))
                .max(byDate);
    }

    public List<RuleSet> all() {
        return mongo.find(new Query().with(Sort.by("province", "effectiveFrom")), RuleSet.class);
    }

    /**
     * Adds a version; an existing one (same province and effective date) is never edited in place:
     * 409, add a version with its own date instead.
     */
    public RuleSet add(RuleSet proposed, Who who) {
        RuleSet ruleSet = RuleSet.create(proposed, code -> catalogue.find(code).isPresent(), who, clock.instant());
        try {
            mongo.insert(ruleSet);
        } catch (DuplicateKeyException exists) {
            throw DomainException.conflict("rule-set-exists", "Đã có bộ quy tắc " + ruleSet.describe()
                    + "; không sửa phiên bản đã ban hành, hãy thêm phiên bản mới với ngày hiệu lực khác.");
        }
        return ruleSet;
    }

    /** Stores a seed version unless that version is already there (seeding is idempotent). */
    boolean seed(RuleSet proposed, Who who) {
        if (mongo.findById(RuleSet.idOf(proposed.province(), proposed.effectiveFrom()), RuleSet.class) != null) {
            return false;
        }
        try {
            add(proposed, who);
            return true;
        } catch (DomainException alreadySeededByAnotherReplica) {
            if (!"rule-set-exists".equals(alreadySeededByAnotherReplica.code())) {
                throw alreadySeededByAnotherReplica;
            }
            return false;
        }
    }
}
