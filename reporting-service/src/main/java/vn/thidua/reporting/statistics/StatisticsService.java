package vn.thidua.reporting.statistics;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.config.ReportingProperties;
import vn.thidua.reporting.dashboard.DashboardFacts;
import vn.thidua.reporting.dashboard.DashboardFacts.MovementFact;

/**
 * Fills in the Ministry's statistical forms from the dashboard's facts, for a department (its office
 * and leaders, ADMIN) or the whole province (ADMIN). A department's report counts its own movements and
 * the awards given for them; the province's counts every movement and award the platform knows.
 */
@Service
public class StatisticsService {

    private final DashboardFacts facts;
    private final ReportingProperties.Statistics settings;
    private final Clock clock;

    public StatisticsService(DashboardFacts facts, ReportingProperties properties, Clock clock) {
        this.facts = facts;
        this.settings = properties.statistics();
        this.clock = clock;
    }

    /**
     * @param agency   the department reported on; OFFICE and LEADER default to their own, ADMIN to the province
     * @param province for the province's report, which province (when the platform serves several)
     */
    public StatisticsReport report(StatisticalForm form, String agency, String province, StatisticsPeriod period,
            Actor actor) {
        String agencyCode = scope(agency, actor);
        List<MovementFact> movements = facts.movements(agencyCode, agencyCode == null ? province : null);
        FormTable table = switch (form) {
            case MOVEMENTS -> MovementCountForm.build(movements, period, settings.movementsCode(),
                    settings.legalBasis());
            case COMMENDATIONS -> {
                Map<String, String> kinds = movements.stream().filter(m -> m.kind() != null)
                        .collect(Collectors.toMap(MovementFact::campaignId, MovementFact::kind, (a, b) -> a));
                var awards = facts.awardsDecided(period.from(), period.to()).stream()
                        .filter(award -> agencyCode == null && province == null || kinds.containsKey(
                                String.valueOf(award.campaignId())))
                        .toList();
                yield CommendationCountForm.build(awards, kinds, period, settings.commendationsCode(),
                        settings.legalBasis());
            }
        };
        var today = clock.instant().atZone(StatisticsPeriod.VIETNAM).toLocalDate();
        if (agencyCode == null) {
            String parent = mostCommon(movements, MovementFact::parentName);
            return StatisticsReport.of(table, null, parent != null ? parent : "ỦY BAN NHÂN DÂN TỈNH", null,
                    settings.provinceReceiver(), period, today);
        }
        String name = mostCommon(movements, MovementFact::agencyName);
        return StatisticsReport.of(table, agencyCode, name != null ? name : agencyCode,
                mostCommon(movements, MovementFact::parentName), settings.departmentReceiver(), period, today);
    }

    /** The department the actor may report on; null for the province (ADMIN only). */
    private static String scope(String agency, Actor actor) {
        String asked = agency == null || agency.isBlank() ? null : agency.strip();
        if (actor.has(Role.ADMIN)) {
            return asked;
        }
        if (actor.hasAny(Role.OFFICE, Role.LEADER)) {
            String own = asked != null ? asked : actor.agency();
            if (own != null && actor.managesAgency(own)) {
                return own;
            }
        }
        throw DomainException.forbidden("Chỉ Văn phòng và lãnh đạo của cơ quan được lập biểu thống kê của cơ quan "
                + "mình; biểu của toàn tỉnh do quản trị (ADMIN) lập.");
    }

    /** The value most movements give (names of the same agency or province), ties by name. */
    private static String mostCommon(List<MovementFact> movements, Function<MovementFact, String> field) {
        return movements.stream().map(field).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse(null);
    }
}
