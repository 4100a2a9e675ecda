package vn.thidua.reporting.aggregate;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.aggregate.AggregateReport.Issuer;
import vn.thidua.reporting.aggregate.AggregateReport.MovementResults;
import vn.thidua.reporting.aggregate.AggregateReport.Scope;
import vn.thidua.reporting.dashboard.Province;
import vn.thidua.reporting.directory.MovementDirectory;
import vn.thidua.reporting.directory.MovementDirectory.Movement;
import vn.thidua.reporting.report.ReportAccess;
import vn.thidua.reporting.report.ReportPeriod;
import vn.thidua.reporting.report.UnitReport;
import vn.thidua.reporting.report.UnitReportService;

/**
 * Builds aggregate reports from the units' reports of one period (FINAL unless asked), for ADMIN and the office and leaders of the
 * agency concerned (checked before anything is read out). The whole movement or department is
 * aggregated: whoever may read it may read every unit's row, so it is never partial.
 */
@Service
public class AggregateService {

    private final UnitReportService reports;
    private final MovementDirectory movements;
    private final ReportAccess access;
    private final Clock clock;

    public AggregateService(UnitReportService reports, MovementDirectory movements, ReportAccess access, Clock clock) {
        this.reports = reports;
        this.movements = movements;
        this.access = access;
        this.clock = clock;
    }

    /** One movement's aggregate for one reporting period (FINAL, INTERIM-1, …). */
    public AggregateReport ofCampaign(String campaignId, String periodId, Actor actor) {
        List<UnitReport> finals = ofPeriod(reports.ofCampaign(campaignId), periodId);
        if (finals.isEmpty()) {
            throw DomainException.notFound("campaign-not-found", "Không có báo cáo nào được chờ cho phong trào thi đua "
                    + campaignId + " (phong trào không tồn tại hoặc chưa được phát động).");
        }
        String agencyCode = finals.stream().map(UnitReport::issuingAgencyCode).filter(Objects::nonNull).findFirst()
                .orElse(null);
        access.requireAggregateReader(actor, agencyCode);
        Optional<Movement> movement = movements.find(campaignId);
        MovementResults section = Aggregation.movement(finals, movement, clock.instant());
        return new AggregateReport(new Scope(Scope.Kind.CAMPAIGN, campaignId, agencyCode, movement
                .map(Movement::year).orElse(section.dueDate().getYear()), periodId, finals.getFirst().periodName()),
                issuer(agencyCode, movement.stream().toList()), clock.instant(), section.counts(), List.of(section));
    }

    /**
     * A department's aggregate for one emulation year: every movement it issued whose year (its
     * period's start, else its due date's) is {@code year}, by due date.
     */
    public AggregateReport ofAgency(String agencyCode, Integer year, String periodId, Actor actor) {
        access.requireAggregateReader(actor, agencyCode);
        Instant now = clock.instant();
        int wanted = year != null ? year : now.atZone(UnitReport.VIETNAM).getYear();
        Map<String, Movement> known = movements.issuedBy(agencyCode).stream()
                .collect(Collectors.toMap(Movement::campaignId, movement -> movement));
        Map<String, List<UnitReport>> byMovement = ofPeriod(reports.issuedBy(agencyCode), periodId).stream()
                .collect(Collectors.groupingBy(UnitReport::campaignId, TreeMap::new, Collectors.toList()));
        List<MovementResults> sections = byMovement.entrySet().stream()
                .filter(entry -> yearOf(known.get(entry.getKey()), entry.getValue()) == wanted)
                .map(entry -> Aggregation.movement(entry.getValue(), Optional.ofNullable(known.get(entry.getKey())),
                        now))
                .sorted(Comparator.comparing(MovementResults::dueDate).thenComparing(MovementResults::campaignId))
                .toList();
        return new AggregateReport(new Scope(Scope.Kind.AGENCY, null, agencyCode, wanted, periodId,
                sections.isEmpty() || !UnitReport.FINAL_PERIOD.equals(periodId) ? null
                        : UnitReport.defaultName(ReportPeriod.FINAL)),
                issuer(agencyCode, List.copyOf(known.values())), now, Aggregation.total(sections), sections);
    }

    private static int yearOf(Movement movement, List<UnitReport> reports) {
        Integer year = movement == null ? null : movement.year();
        return year != null ? year : reports.getFirst().dueDate().getYear();
    }

    /** The issuer as the directory's latest launch of that agency names it; its code alone when none is known. */
    private static Issuer issuer(String agencyCode, List<Movement> known) {
        Optional<Movement> latest = known.stream().filter(movement -> movement.agencyName() != null)
                .max(Comparator.comparing(Movement::launchedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
        String name = latest.map(Movement::agencyName).orElse(agencyCode);
        String parent = latest.map(Movement::parentName).orElse(null);
        String abbreviation = latest.map(Movement::agencyAbbreviation).filter(text -> !text.isBlank())
                .orElse(agencyCode);
        String place = Province.of(parent, name).map(Province::name).orElse(null);
        return new Issuer(agencyCode, name, abbreviation, parent, place);
    }

    /** The reports of one period that the movement still has (a removed period is not aggregated). */
    private static List<UnitReport> ofPeriod(List<UnitReport> all, String periodId) {
        return all.stream().filter(report -> report.periodId().equals(periodId) && !report.withdrawn()).toList();
    }
}
