package vn.thidua.reporting.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.contracts.campaign.CampaignKind;
import vn.thidua.reporting.dashboard.ParticipationView.Grouping;

/**
 * Reads the dashboard's views. Figures are counted from the per-key documents the projection keeps,
 * at read time, so every combination of filters is answered from the same data, and a fact whose
 * movement is not known yet (its events arrived first) is counted as soon as the movement arrives.
 */
@Service
public class DashboardQueries {

    static final String UNKNOWN = "Chưa xác định";

    private final MongoTemplate mongo;
    private final DashboardGenerations generations;

    public DashboardQueries(MongoTemplate mongo, DashboardGenerations generations) {
        this.mongo = mongo;
        this.generations = generations;
    }

    public MovementsView movements(DashboardFilters filters) {
        return movements(generations.live(), filters);
    }

    public ParticipationView participation(DashboardFilters filters, Grouping grouping) {
        return participation(filters, grouping, PeriodFilter.finalReports());
    }

    public ParticipationView participation(DashboardFilters filters, Grouping grouping, PeriodFilter period) {
        return participation(generations.live(), filters, grouping, period);
    }

    public NominationsView nominations(DashboardFilters filters) {
        return nominations(generations.live(), filters);
    }

    public AwardsView awards(DashboardFilters filters) {
        return awards(generations.live(), filters);
    }

    /** The views of one generation of the documents (the live one, or one a rebuild filled). */
    MovementsView movements(DashboardCollections c, DashboardFilters filters) {
        List<MovementsView.Movement> movements = find(movementQuery(filters, true), c.movements())
                .stream()
                .map(DashboardQueries::movement)
                .sorted(Comparator.comparing(MovementsView.Movement::campaignId))
                .toList();
        Map<List<String>, List<MovementsView.Movement>> groups = movements.stream().collect(Collectors.groupingBy(
                movement -> List.of(movement.kind(), movement.status()),
                () -> new TreeMap<>(Comparator.<List<String>, String>comparing(key -> key.get(0))
                        .thenComparing(key -> key.get(1))),
                Collectors.toList()));
        List<MovementsView.KindAndStatus> byKindAndStatus = groups.entrySet().stream().map(group -> {
            List<MovementsView.Movement> members = group.getValue();
            String kind = group.getKey().get(0);
            String status = group.getKey().get(1);
            return new MovementsView.KindAndStatus(kind, kindName(kind), status, statusName(status), members.size(),
                    sum(members, MovementsView.Movement::participants), sum(members, MovementsView.Movement::cascaded),
                    sum(members, MovementsView.Movement::registrations));
        }).toList();
        return new MovementsView(filters, new MovementsView.Totals(movements.size(),
                sum(movements, MovementsView.Movement::participants), sum(movements, MovementsView.Movement::cascaded),
                sum(movements, MovementsView.Movement::registrations)), byKindAndStatus, movements);
    }

    ParticipationView participation(DashboardCollections c, DashboardFilters filters, Grouping grouping) {
        return participation(c, filters, grouping, PeriodFilter.finalReports());
    }

    ParticipationView participation(DashboardCollections c, DashboardFilters filters, Grouping grouping,
            PeriodFilter period) {
        Set<String> scope = campaignScope(c, filters, true);
        Query query = new Query();
        if (scope != null && period.periodId() != null) {
            query.addCriteria(new Criteria().andOperator(Criteria.where("campaignId").in(scope), period.criteria()));
        } else if (scope != null) {
            query.addCriteria(Criteria.where("campaignId").in(scope));
        } else if (period.periodId() != null) {
            query.addCriteria(period.criteria());
        }
        List<ReportRow> reports = find(query, c.reports()).stream()
                .map(DashboardQueries::reportRow)
                .sorted(Comparator.comparing(ReportRow::reportId))
                .toList();
        Map<String, Document> movements = movementsById(c, reports.stream().map(ReportRow::campaignId).toList());
        Map<String, List<ReportRow>> groups = reports.stream().collect(Collectors.groupingBy(
                report -> groupKey(grouping, report, movements), TreeMap::new, Collectors.toList()));
        List<ParticipationView.Row> rows = groups.entrySet().stream()
                .map(group -> new ParticipationView.Row(group.getKey(),
                        groupName(grouping, group.getKey(), group.getValue().getFirst(), movements),
                        Figures.of(group.getValue())))
                .toList();
        return new ParticipationView(filters, period.label(), grouping, Figures.of(reports), rows);
    }

    NominationsView nominations(DashboardCollections c, DashboardFilters filters) {
        Set<String> scope = campaignScope(c, filters, false);
        Query query = scope == null ? new Query() : new Query(Criteria.where("campaignId").in(scope));
        Map<NominationStatus, int[]> counts = new TreeMap<>();
        for (NominationStatus status : NominationStatus.values()) {
            counts.put(status, new int[2]);
        }
        int total = 0;
        for (Document nomination : find(query, c.nominations())) {
            Integer year = nomination.getInteger("nominationYear", nomination.getInteger("decisionYear", 0));
            if (filters.year() != null && !filters.year().equals(year)) {
                continue;
            }
            NominationStatus status = nomination.containsKey("decisionNumber") ? NominationStatus.DECIDED
                    : NominationStatus.SUBMITTED;
            counts.get(status)[individual(nomination) ? 1 : 0]++;
            total++;
        }
        List<NominationsView.StatusRow> rows = counts.entrySet().stream()
                .map(entry -> new NominationsView.StatusRow(entry.getKey().name(), entry.getKey().label(),
                        entry.getValue()[0], entry.getValue()[1], entry.getValue()[0] + entry.getValue()[1]))
                .toList();
        return new NominationsView(filters, total, rows);
    }

    AwardsView awards(DashboardCollections c, DashboardFilters filters) {
        Set<String> scope = campaignScope(c, filters, false);
        Criteria criteria = Criteria.where("decisionNumber").exists(true);
        if (scope != null) {
            criteria.and("campaignId").in(scope);
        }
        if (filters.year() != null) {
            criteria.and("decisionYear").is(filters.year());
        }
        List<Document> decided = find(new Query(criteria), c.nominations());
        Map<String, String> unitNames = unitNames(c, decided.stream().map(d -> d.getString("unitId")).toList());
        Map<List<Object>, List<Document>> groups = decided.stream().collect(Collectors.groupingBy(
                award -> List.<Object>of(award.getInteger("decisionYear", 0), text(award.getString("decidedForm")),
                        text(award.getString("unitId"))),
                () -> new TreeMap<>(AWARD_ORDER), Collectors.toList()));
        List<AwardsView.Row> rows = groups.entrySet().stream().map(group -> {
            Document first = group.getValue().getFirst();
            String unitId = text(first.getString("unitId"));
            int individual = (int) group.getValue().stream().filter(DashboardQueries::individual).count();
            String collectiveName = group.getValue().stream().filter(award -> !individual(award))
                    .map(award -> award.getString("nomineeName")).filter(Objects::nonNull).findFirst().orElse(null);
            return new AwardsView.Row((Integer) group.getKey().get(0), text(first.getString("decidedForm")),
                    firstNonNull(first.getString("decidedFormName"), first.getString("formName"),
                            first.getString("decidedForm")),
                    unitId, firstNonNull(unitNames.get(unitId), collectiveName, unitId),
                    group.getValue().size() - individual, individual, group.getValue().size());
        }).toList();
        return new AwardsView(filters, decided.size(), rows);
    }

    /** Year (latest first), then form, then unit. */
    private static final Comparator<List<Object>> AWARD_ORDER = Comparator
            .<List<Object>, Integer>comparing(key -> (Integer) key.get(0), Comparator.reverseOrder())
            .thenComparing(key -> (String) key.get(1))
            .thenComparing(key -> (String) key.get(2));

    /** The movements a filter admits; null when it does not restrict by movement at all. */
    private Set<String> campaignScope(DashboardCollections c, DashboardFilters filters, boolean withYear) {
        if (!filters.restrictsMovements(withYear)) {
            return filters.campaignId() == null ? null : Set.of(filters.campaignId());
        }
        Query query = movementQuery(filters, withYear);
        query.fields().include("_id");
        return find(query, c.movements()).stream().map(d -> d.getString("_id"))
                .collect(Collectors.toSet());
    }

    /** Launched movements (a document only touched by a cascade or registration so far has no status yet). */
    private static Query movementQuery(DashboardFilters filters, boolean withYear) {
        Criteria criteria = Criteria.where("status").exists(true);
        if (filters.province() != null) {
            criteria.and("provinceKey").is(filters.provinceKey());
        }
        if (filters.agency() != null) {
            criteria.and("agencyKey").is(filters.agency().toUpperCase(Locale.ROOT));
        }
        if (withYear && filters.year() != null) {
            criteria.and("year").is(filters.year());
        }
        if (filters.campaignId() != null) {
            criteria.and("_id").is(filters.campaignId());
        }
        return new Query(criteria);
    }

    private Map<String, Document> movementsById(DashboardCollections c, Collection<String> campaignIds) {
        return find(new Query(Criteria.where("_id").in(Set.copyOf(campaignIds))), c.movements())
                .stream().collect(Collectors.toMap(d -> d.getString("_id"), Function.identity()));
    }

    /** A unit's name as its reports give it. */
    private Map<String, String> unitNames(DashboardCollections c, Collection<String> unitIds) {
        Map<String, String> names = new HashMap<>();
        Query query = new Query(Criteria.where("unitId").in(unitIds.stream().filter(Objects::nonNull)
                .collect(Collectors.toSet())));
        find(query, c.reports()).stream()
                .sorted(Comparator.comparing(d -> d.getString("_id")))
                .filter(d -> d.getString("unitName") != null)
                .forEach(d -> names.putIfAbsent(d.getString("unitId"), d.getString("unitName")));
        return names;
    }

    private static String groupKey(Grouping grouping, ReportRow report, Map<String, Document> movements) {
        return switch (grouping) {
            case MOVEMENT -> report.campaignId();
            case UNIT -> report.unitId();
            case PERIOD -> report.periodId();
            case AGENCY -> {
                Document movement = movements.get(report.campaignId());
                yield movement == null ? "" : text(movement.getString("agencyCode"));
            }
        };
    }

    private static String groupName(Grouping grouping, String key, ReportRow sample, Map<String, Document> movements) {
        Document movement = movements.get(sample.campaignId());
        return switch (grouping) {
            case MOVEMENT -> movement == null ? UNKNOWN : firstNonNull(movement.getString("title"), key);
            case UNIT -> firstNonNull(sample.unitName(), key);
            case PERIOD -> periodName(key);
            case AGENCY -> movement == null || key.isEmpty() ? UNKNOWN
                    : firstNonNull(movement.getString("agencyName"), key);
        };
    }

    /** A period as a row names it: "Tổng kết" for FINAL, "Sơ kết (INTERIM-1)" for an interim one. */
    private static String periodName(String periodId) {
        return PeriodFilter.FINAL.equals(periodId) ? "Tổng kết" : "Sơ kết (" + periodId + ")";
    }

    private static MovementsView.Movement movement(Document doc) {
        return new MovementsView.Movement(doc.getString("_id"), doc.getString("title"), text(doc.getString("kind")),
                doc.getString("status"), doc.getString("agencyCode"), doc.getString("agencyName"),
                doc.getString("province"), doc.getInteger("year"), doc.getInteger("participants", 0),
                doc.getList("cascadedTo", String.class, List.of()).size(),
                doc.getList("registrations", String.class, List.of()).size());
    }

    private static ReportRow reportRow(Document doc) {
        List<ReportRow.SubmissionFact> submissions = new ArrayList<>();
        Document versions = doc.get("submissions", Document.class);
        if (versions != null) {
            versions.forEach((name, value) -> {
                Document version = (Document) value;
                submissions.add(new ReportRow.SubmissionFact(Integer.parseInt(name.substring(1)),
                        version.getBoolean("late", false), instant(version.get("submittedAt"))));
            });
        }
        return new ReportRow(doc.getString("_id"), doc.getString("campaignId"), doc.getString("unitId"),
                doc.getString("unitName"), doc.getString("periodId") == null ? PeriodFilter.FINAL
                        : doc.getString("periodId"), List.copyOf(submissions), instant(doc.get("overdueDetectedAt")));
    }

    private List<Document> find(Query query, String collection) {
        return mongo.find(query, Document.class, collection);
    }

    private static boolean individual(Document nomination) {
        return NomineeKind.INDIVIDUAL.name().equals(nomination.getString("nomineeKind"));
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case Date date -> date.toInstant();
            case Instant instant -> instant;
            default -> Instant.parse(value.toString());
        };
    }

    private static <T> int sum(List<T> items, ToIntFunction<T> value) {
        return items.stream().mapToInt(value).sum();
    }

    private static String kindName(String kind) {
        return CampaignKind.REGULAR.name().equals(kind) ? "Thường xuyên"
                : CampaignKind.THEMATIC.name().equals(kind) ? "Theo chuyên đề" : UNKNOWN;
    }

    private static String statusName(String status) {
        return MovementStatus.LAUNCHED.name().equals(status) ? MovementStatus.LAUNCHED.label() : UNKNOWN;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A nomination's status in the dashboard. */
    enum NominationStatus {
        SUBMITTED("Đã đề nghị, chờ quyết định"), DECIDED("Đã có quyết định khen thưởng");

        private final String label;

        NominationStatus(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
