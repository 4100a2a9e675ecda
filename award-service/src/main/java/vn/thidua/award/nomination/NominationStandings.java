package vn.thidua.award.nomination;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.thidua.award.catalogue.CommendationForm;
import vn.thidua.award.catalogue.FormCategory;
import vn.thidua.award.history.Achievement;
import vn.thidua.award.history.AchievementHistory;
import vn.thidua.award.rules.Holder;
import vn.thidua.award.rules.Standing;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.web.DomainException;

/**
 * What a holder has and is nominated for: the achievement history plus the nominations under way
 * (a decided one counts even before its decision reaches the history; a revoked one does not).
 */
@Component
class NominationStandings implements Standing {

    /** Statuses that no longer stand for a title. */
    private static final List<NominationStatus> WITHDRAWN = List.copyOf(NominationStatus.WITHDRAWN);

    private final MongoTemplate mongo;
    private final AchievementHistory history;

    NominationStandings(MongoTemplate mongo, AchievementHistory history) {
        this.mongo = mongo;
        this.history = history;
    }

    /**
     * The standing without one nomination: at appraisal the nomination is stored, and must not count
     * against itself (its own quota place, its own title).
     */
    Standing excluding(String nominationId) {
        NominationStandings standings = this;
        return new Standing() {
            @Override
            public Set<Integer> yearsHeld(Holder holder, String title, int fromYear, int toYear) {
                return standings.yearsHeld(holder, title, fromYear, toYear, nominationId);
            }

            @Override
            public long individuals(String unitId, String title, int year) {
                return standings.individuals(unitId, title, year, nominationId);
            }
        };
    }

    @Override
    public Set<Integer> yearsHeld(Holder holder, String title, int fromYear, int toYear) {
        return yearsHeld(holder, title, fromYear, toYear, null);
    }

    @Override
    public long individuals(String unitId, String title, int year) {
        return individuals(unitId, title, year, null);
    }

    private Set<Integer> yearsHeld(Holder holder, String title, int fromYear, int toYear, String excluded) {
        Criteria achieved = Criteria.where("holderKind").is(holder.kind()).and("unitId").is(holder.unitId())
                .and("nameKey").is(holder.nameKey()).and("title").is(title).and("year").gte(fromYear).lte(toYear)
                .and("revokedAt").is(null);
        Set<Integer> years = mongo.find(new Query(achieved), Achievement.class).stream().map(Achievement::year)
                .collect(Collectors.toCollection(HashSet::new));
        mongo.find(new Query(nominations(holder, title).and("year").gte(fromYear).lte(toYear)), Nomination.class)
                .stream().filter(n -> !n.id().equals(excluded)).forEach(n -> years.add(n.year()));
        return years;
    }

    private long individuals(String unitId, String title, int year, String excluded) {
        Set<String> people = new HashSet<>();
        mongo.find(new Query(Criteria.where("holderKind").is(NomineeKind.INDIVIDUAL).and("unitId").is(unitId)
                .and("title").is(title).and("year").is(year).and("revokedAt").is(null)), Achievement.class)
                .forEach(a -> people.add(a.nameKey()));
        mongo.find(new Query(Criteria.where("nomineeKind").is(NomineeKind.INDIVIDUAL).and("unitId").is(unitId)
                .and("form").is(title).and("year").is(year).and("status").nin(WITHDRAWN)), Nomination.class)
                .stream().filter(n -> !n.id().equals(excluded)).forEach(n -> people.add(n.nameKey()));
        return people.size();
    }

    /**
     * One achievement is not commended twice: a title is held once per holder and year, so a title
     * already in the history or decided is refused (409 {@code already-commended}), and one already
     * proposed in another nomination too (409 {@code already-nominated}). Commendation forms are
     * per achievement (per movement), which the nomination key already guards.
     */
    void ensureNotCommendedTwice(Nomination candidate, CommendationForm form) {
        if (form.category() != FormCategory.TITLE) {
            return;
        }
        Holder holder = candidate.holder();
        int year = candidate.year();
        String who = candidate.nomineeKind() == NomineeKind.COLLECTIVE ? "Tập thể " + candidate.nomineeName()
                : candidate.nomineeName() + " (" + candidate.unitName() + ")";
        history.find(Achievement.idOf(holder, year, form.code(), form.category(), null)).filter(a -> !a.isRevoked())
                .ifPresent(existing -> {
            throw DomainException.conflict("already-commended", who + " đã được công nhận danh hiệu " + form.name()
                    + " năm " + year + " (nguồn: " + existing.source() + "); một thành tích chỉ được khen thưởng một lần.");
        });
        for (Nomination other : mongo.find(new Query(nominations(holder, form.code()).and("year").is(year)
                .and("_id").ne(candidate.id())), Nomination.class)) {
            if (other.status() == NominationStatus.DECIDED) {
                throw DomainException.conflict("already-commended", who + " đã được công nhận danh hiệu "
                        + form.name() + " năm " + year + " (quyết định số " + other.decision().number()
                        + "); một thành tích chỉ được khen thưởng một lần.");
            }
            throw DomainException.conflict("already-nominated", who + " đã được đề nghị danh hiệu " + form.name()
                    + " năm " + year + " (đề nghị " + other.id() + "); một thành tích chỉ được khen thưởng một lần.");
        }
    }

    private static Criteria nominations(Holder holder, String form) {
        return Criteria.where("nomineeKind").is(holder.kind()).and("unitId").is(holder.unitId())
                .and("nameKey").is(holder.nameKey()).and("form").is(form).and("status").nin(WITHDRAWN);
    }
}
