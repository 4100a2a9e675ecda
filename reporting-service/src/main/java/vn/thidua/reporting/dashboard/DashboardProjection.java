package vn.thidua.reporting.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.EventCatalog;
import vn.thidua.contracts.IntegrationEvent;
import vn.thidua.contracts.award.AwardDecided;
import vn.thidua.contracts.award.AwardEvent;
import vn.thidua.contracts.award.AwardNominated;
import vn.thidua.contracts.award.AwardRevoked;
import vn.thidua.contracts.campaign.CampaignCascaded;
import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.RegistrationSubmitted;
import vn.thidua.contracts.campaign.ReportingMilestone;
import vn.thidua.contracts.reporting.ReportDue;
import vn.thidua.contracts.reporting.ReportOverdue;
import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.inbound.MalformedEventException;

/**
 * Folds the events of every service into the dashboard's documents, one document per finest
 * dimension key: a movement ({@code dashboard_movements}), a unit's report for a period
 * ({@code dashboard_reports}), a nomination ({@code dashboard_nominations}). Each event writes only
 * the facts it carries, with operators whose result does not depend on order ($set of its own fields,
 * $addToSet, $max), so events arriving late or twice converge to the same documents, and the
 * documents are a pure function of the topics: replaying the topics into an empty generation rebuilds
 * them ({@link DashboardRebuilds}).
 * The figures are counted from these documents when a view is read ({@link DashboardQueries}).
 */
@Service
public class DashboardProjection {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final GuardedWrites writes;
    private final DashboardGenerations generations;

    public DashboardProjection(MongoTemplate mongo, DashboardGenerations generations) {
        this.writes = new GuardedWrites(mongo);
        this.generations = generations;
    }

    /**
     * Applies one event (at most once per event id) to the live documents, and to the generation a
     * rebuild is filling if there is one; the notice to push when the live documents changed.
     */
    public Optional<ChangeNotice> apply(String eventId, IntegrationEvent event) {
        List<DashboardCollections> targets = generations.targets();
        Set<DashboardView> changed = applyTo(targets.getFirst(), eventId, event);
        for (DashboardCollections shadow : targets.subList(1, targets.size())) {
            applyTo(shadow, eventId, event);
        }
        return changed.isEmpty() ? Optional.empty()
                : Optional.of(new ChangeNotice(changed, keys(event), eventId, EventCatalog.of(event).name()));
    }

    /** Applies one event (at most once per event id) to one generation of the documents; the views it changed. */
    public Set<DashboardView> applyTo(DashboardCollections target, String eventId, IntegrationEvent event) {
        return switch (event) {
            case CampaignLaunched launched -> launched(target, launched, eventId);
            case CampaignCascaded cascaded -> cascaded(target, cascaded, eventId);
            case RegistrationSubmitted registration -> registered(target, registration, eventId);
            // Every period's reports are kept, each row with its period id; the views count the final
            // period unless asked for another (?period=), so the figures published before stay as they were.
            case ReportSubmitted submitted -> submitted(target, submitted, eventId);
            case ReportDue due -> report(target, eventId, due.reportId(), due.campaignId(), due.unitId(),
                    due.unitName(), false, due.period(), periodIdOf(due.periodId(), due.period()), due.dueDate(),
                    new Update());
            case ReportOverdue overdue -> report(target, eventId, overdue.reportId(), overdue.campaignId(),
                    overdue.unitId(), overdue.unitName(), false, overdue.period(),
                    periodIdOf(overdue.periodId(), overdue.period()), overdue.dueDate(),
                    new Update().max("overdueDetectedAt", required(overdue.detectedAt(), "detectedAt", eventId)));
            case AwardNominated nominated -> nominated(target, nominated, eventId);
            case AwardDecided decided -> decided(target, decided, eventId);
            case AwardRevoked revoked -> revoked(target, revoked, eventId);
            default -> EnumSet.noneOf(DashboardView.class);
        };
    }

    /**
     * The period id a reporting event names; events from before periods had ids name FINAL for the final
     * report and INTERIM for an interim one, as reporting-service's own reports do.
     */
    private static String periodIdOf(String periodId, ReportSubmitted.ReportPeriod period) {
        if (periodId != null && !periodId.isBlank()) {
            return periodId;
        }
        return period == ReportSubmitted.ReportPeriod.INTERIM ? period.name() : ReportingMilestone.FINAL_PERIOD_ID;
    }

    private Set<DashboardView> launched(DashboardCollections target, CampaignLaunched event, String eventId) {
        String campaignId = required(event.campaignId(), "campaignId", eventId);
        Update movement = new Update().set("status", MovementStatus.LAUNCHED.name());
        setIfPresent(movement, "title", event.title());
        setIfPresent(movement, "kind", event.kind() == null ? null : event.kind().name());
        setIfPresent(movement, "year", yearOf(event.periodStart(), event.launchedAt()));
        setIfPresent(movement, "launchedAt", event.launchedAt());
        // The movement's period, which the statistical forms class movements by (under a year, 1 year, …).
        setIfPresent(movement, "periodStart", event.periodStart() == null ? null : event.periodStart().toString());
        setIfPresent(movement, "periodEnd", event.periodEnd() == null ? null : event.periodEnd().toString());
        movement.set("participants", event.participants() == null ? 0 : event.participants().size());
        CampaignLaunched.Agency agency = event.issuingAgency();
        if (agency != null) {
            setIfPresent(movement, "agencyCode", agency.code());
            setIfPresent(movement, "agencyKey", agency.code() == null ? null : agency.code().toUpperCase(Locale.ROOT));
            setIfPresent(movement, "agencyName", agency.name());
            setIfPresent(movement, "parentName", agency.parentName());
            Province.of(agency.parentName(), agency.name()).ifPresent(province -> movement
                    .set("province", province.name()).set("provinceKey", province.key()));
        }
        Set<DashboardView> changed = EnumSet.noneOf(DashboardView.class);
        if (writes.apply(target.movements(), campaignId, eventId, movement)) {
            changed.add(DashboardView.MOVEMENTS);
        }
        if (event.participants() != null) {
            for (CampaignLaunched.Participant unit : event.participants()) {
                String unitId = required(unit.unitId(), "participants[].unitId", eventId);
                changed.addAll(report(target, eventId, campaignId + ":" + unitId + ":FINAL", campaignId, unitId, unit.name(),
                        true, ReportSubmitted.ReportPeriod.FINAL, ReportingMilestone.FINAL_PERIOD_ID,
                        event.finalReportDue(), new Update()));
                for (ReportingMilestone interim : interimMilestones(event)) {
                    String periodId = required(interim.periodId(), "reportingMilestones[].periodId", eventId);
                    changed.addAll(report(target, eventId, campaignId + ":" + unitId + ":" + periodId, campaignId,
                            unitId, unit.name(), true, ReportSubmitted.ReportPeriod.INTERIM, periodId,
                            interim.reportDue(), new Update()));
                }
            }
        }
        return changed;
    }

    /** The launch's interim reporting periods (the final one is the launch's own final report due). */
    private static List<ReportingMilestone> interimMilestones(CampaignLaunched event) {
        return event.reportingMilestones() == null ? List.of() : event.reportingMilestones().stream()
                .filter(milestone -> milestone != null && milestone.kind() == ReportingMilestone.Kind.INTERIM)
                .toList();
    }

    private Set<DashboardView> cascaded(DashboardCollections target, CampaignCascaded event, String eventId) {
        String parent = required(event.parentCampaignId(), "parentCampaignId", eventId);
        Update update = new Update().addToSet("cascadedTo", required(event.childCampaignId(), "childCampaignId",
                eventId));
        return writes.apply(target.movements(), parent, eventId, update) ? EnumSet.of(DashboardView.MOVEMENTS)
                : EnumSet.noneOf(DashboardView.class);
    }

    private Set<DashboardView> registered(DashboardCollections target, RegistrationSubmitted event, String eventId) {
        String campaignId = required(event.campaignId(), "campaignId", eventId);
        String registration = event.registrationId() != null ? event.registrationId()
                : campaignId + ":" + required(event.unitId(), "unitId", eventId);
        Update update = new Update().addToSet("registrations", registration);
        return writes.apply(target.movements(), campaignId, eventId, update) ? EnumSet.of(DashboardView.MOVEMENTS)
                : EnumSet.noneOf(DashboardView.class);
    }

    private Set<DashboardView> submitted(DashboardCollections target, ReportSubmitted event, String eventId) {
        Update update = new Update()
                .set("submissions.v" + event.version() + ".late", event.late())
                .set("submissions.v" + event.version() + ".submittedAt",
                        required(event.submittedAt(), "submittedAt", eventId));
        return report(target, eventId, event.reportId(), event.campaignId(), event.unitId(), event.unitName(), false,
                event.period(), periodIdOf(event.periodId(), event.period()), event.dueDate(), update);
    }

    /**
     * A report's row: the identity every reporting event repeats, plus this event's own facts. The
     * unit's name is the launch's (the movement's participant list) whenever the launch has arrived;
     * reporting events only name a row they create, so a renamed unit shows the same name whatever
     * the order the two topics were read in.
     */
    private Set<DashboardView> report(DashboardCollections target, String eventId, String reportId, String campaignId, String unitId,
            String unitName, boolean namesTheUnit, ReportSubmitted.ReportPeriod period, String periodId,
            LocalDate dueDate, Update update) {
        required(reportId, "reportId", eventId);
        update.set("campaignId", required(campaignId, "campaignId", eventId))
                .set("unitId", required(unitId, "unitId", eventId));
        if (unitName != null) {
            if (namesTheUnit) {
                update.set("unitName", unitName);
            } else {
                update.setOnInsert("unitName", unitName);
            }
        }
        setIfPresent(update, "period", period == null ? null : period.name());
        // The period id is part of the row's id, so every event about the row names the same one.
        update.set("periodId", periodId);
        setIfPresent(update, "dueDate", dueDate == null ? null : dueDate.toString());
        return writes.apply(target.reports(), reportId, eventId, update) ? EnumSet.of(DashboardView.PARTICIPATION)
                : EnumSet.noneOf(DashboardView.class);
    }

    private Set<DashboardView> nominated(DashboardCollections target, AwardNominated event, String eventId) {
        Update update = nomination(event, eventId);
        setIfPresent(update, "form", event.form());
        setIfPresent(update, "formName", event.formName());
        setIfPresent(update, "nominatedAt", event.nominatedAt());
        setIfPresent(update, "nominationYear", event.nominatedAt() == null ? null
                : event.nominatedAt().atZone(VIETNAM).getYear());
        return writes.apply(target.nominations(), event.nominationId(), eventId, update)
                ? EnumSet.of(DashboardView.NOMINATIONS)
                : EnumSet.noneOf(DashboardView.class);
    }

    /** The decided form is kept apart from the proposed one, so their order of arrival does not matter. */
    private Set<DashboardView> decided(DashboardCollections target, AwardDecided event, String eventId) {
        Update update = nomination(event, eventId)
                .set("decisionNumber", required(event.decisionNumber(), "decisionNumber", eventId));
        setIfPresent(update, "decidedForm", event.form());
        setIfPresent(update, "decidedFormName", event.formName());
        LocalDate decisionDate = event.decisionDate() != null ? event.decisionDate()
                : event.decidedAt() == null ? null : event.decidedAt().atZone(VIETNAM).toLocalDate();
        required(decisionDate, "decisionDate", eventId);
        update.set("decisionDate", decisionDate.toString()).set("decisionYear", decisionDate.getYear());
        return writes.apply(target.nominations(), event.nominationId(), eventId, update)
                ? EnumSet.of(DashboardView.NOMINATIONS, DashboardView.AWARDS)
                : EnumSet.noneOf(DashboardView.class);
    }

    /**
     * A revoked award keeps its row (the decision happened) and gains the day it was revoked, which the
     * statistical forms subtract; the live views count decisions as before, so no view changes.
     */
    private Set<DashboardView> revoked(DashboardCollections target, AwardRevoked event, String eventId) {
        String nominationId = required(event.nominationId(), "nominationId", eventId);
        LocalDate revokedOn = event.revokedOn() != null ? event.revokedOn()
                : event.revokedAt() == null ? null : event.revokedAt().atZone(VIETNAM).toLocalDate();
        Update update = new Update().set("revokedOn", required(revokedOn, "revokedOn", eventId).toString());
        setIfPresent(update, "campaignId", event.campaignId());
        writes.apply(target.nominations(), nominationId, eventId, update);
        return EnumSet.noneOf(DashboardView.class);
    }

    /** The nomination's identity, repeated by both award events. */
    private static Update nomination(AwardEvent event, String eventId) {
        required(event.nominationId(), "nominationId", eventId);
        Update update = new Update();
        String unitId;
        String nomineeName;
        String kind;
        switch (event) {
            case AwardNominated nominated -> {
                unitId = nominated.unitId();
                nomineeName = nominated.nomineeName();
                kind = nominated.nomineeKind() == null ? null : nominated.nomineeKind().name();
            }
            case AwardDecided decided -> {
                unitId = decided.unitId();
                nomineeName = decided.nomineeName();
                kind = decided.nomineeKind() == null ? null : decided.nomineeKind().name();
            }
        }
        setIfPresent(update, "campaignId", event.campaignId());
        setIfPresent(update, "unitId", unitId);
        setIfPresent(update, "nomineeName", nomineeName);
        setIfPresent(update, "nomineeKind", kind);
        return update;
    }

    private static Map<String, String> keys(IntegrationEvent event) {
        Map<String, String> keys = new LinkedHashMap<>();
        switch (event) {
            case CampaignLaunched launched -> keys.put("campaignId", launched.campaignId());
            case CampaignCascaded cascaded -> {
                keys.put("campaignId", cascaded.parentCampaignId());
                keys.put("childCampaignId", cascaded.childCampaignId());
            }
            case RegistrationSubmitted registration -> {
                keys.put("campaignId", registration.campaignId());
                keys.put("unitId", registration.unitId());
            }
            case ReportSubmitted submitted -> reportKeys(keys, submitted.campaignId(), submitted.unitId(),
                    submitted.reportId());
            case ReportDue due -> reportKeys(keys, due.campaignId(), due.unitId(), due.reportId());
            case ReportOverdue overdue -> reportKeys(keys, overdue.campaignId(), overdue.unitId(), overdue.reportId());
            case AwardEvent award -> {
                if (award.campaignId() != null) {
                    keys.put("campaignId", award.campaignId());
                }
                keys.put("nominationId", award.nominationId());
            }
            default -> {
                // Nothing else reaches the dashboard.
            }
        }
        keys.values().removeIf(Objects::isNull);
        return Map.copyOf(keys);
    }

    private static void reportKeys(Map<String, String> keys, String campaignId, String unitId, String reportId) {
        keys.put("campaignId", campaignId);
        keys.put("unitId", unitId);
        keys.put("reportId", reportId);
    }

    /** The movement's emulation year: the year its period starts, else the year it was launched (in Vietnam). */
    private static Integer yearOf(LocalDate periodStart, Instant launchedAt) {
        return periodStart != null ? Integer.valueOf(periodStart.getYear())
                : launchedAt == null ? null : launchedAt.atZone(VIETNAM).getYear();
    }

    /** Optional facts are only written when present, so an event never erases what another one said. */
    private static void setIfPresent(Update update, String field, Object value) {
        if (value != null) {
            update.set(field, value);
        }
    }

    /** Schema-required data the projection is keyed by: without it retrying cannot help, so dead-letter it. */
    private static <T> T required(T value, String field, String eventId) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new MalformedEventException("Event " + eventId + " lacks " + field + ", which the dashboard needs");
        }
        return value;
    }
}
