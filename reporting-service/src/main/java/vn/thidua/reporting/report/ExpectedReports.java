package vn.thidua.reporting.report;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.campaign.CampaignLaunched;
import vn.thidua.contracts.campaign.CampaignUpdated;
import vn.thidua.reporting.report.ReportingPeriods.Milestone;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.inbound.MalformedEventException;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.web.DomainException;

/**
 * Turns a launched movement into the reports its units owe, one per unit and reporting period, and
 * keeps them in step with the movement's later changes of its milestones (CampaignUpdated). Each report is created by an upsert
 * keyed by its deterministic id that only sets fields on insert, so a redelivered or replayed
 * CampaignLaunched changes nothing, whatever happened to the reports meanwhile (except giving a
 * report stored before reports kept it its issuing agency's code, which is how a replay backfills it).
 * Work done for a consumed event is the platform's own: its audit entries name reporting-service.
 */
@Service
public class ExpectedReports {

    /** Who the audit trail names for reports expected from a launch. */
    static final Who SYSTEM = Who.system("reporting-service");
    private static final Logger log = LoggerFactory.getLogger(ExpectedReports.class);

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final UnitReportRepository reports;
    private final AggregateStore store;
    private final Clock clock;
    private final ReminderSchedule schedule;
    private final String collection;
    private final String revisionField;

    public ExpectedReports(MongoTemplate mongo, Clock clock, ReminderSchedule schedule, UnitReportRepository reports,
            AggregateStore store) {
        this.mongo = mongo;
        this.reports = reports;
        this.store = store;
        this.clock = clock;
        this.schedule = schedule;
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(UnitReport.class);
        this.collection = entity.getCollection();
        this.revisionField = entity.getRequiredVersionProperty().getFieldName();
    }

    /**
     * Expects one report per participating unit and reporting milestone (the final report only when
     * the event names no milestones), each due on its milestone's date, with its deadline reminders
     * scheduled (created with the report, so just as idempotent).
     */
    public void expectReports(CampaignLaunched launched, String eventId) {
        if (launched.campaignId() == null || launched.finalReportDue() == null || launched.participants() == null
                || launched.contents() == null || launched.issuingAgency() == null
                || launched.issuingAgency().code() == null || launched.issuingAgency().code().isBlank()
                || launched.participants().stream().anyMatch(unit -> unit.unitId() == null || unit.unitId().isBlank())) {
            // Schema-required data is missing: retrying cannot help, so straight to the dead-letter topic.
            throw new MalformedEventException("Event " + eventId + " (CampaignLaunched " + launched.campaignId()
                    + ") lacks its id, issuing agency code, final report date, contents or participant unit ids");
        }
        List<Milestone> periods = ReportingPeriods.of(launched.reportingMilestones(), launched.finalReportDue(),
                "CampaignLaunched " + launched.campaignId(), eventId);
        String agencyCode = launched.issuingAgency().code();
        Instant now = clock.instant();
        List<ReportContent> contents = launched.contents().stream()
                .map(content -> new ReportContent(content.number(), content.text()))
                .toList();
        int created = 0;
        for (Milestone milestone : periods) {
            for (int order = 0; order < launched.participants().size(); order++) {
                CampaignLaunched.Participant unit = launched.participants().get(order);
                UnitReport report = UnitReport.expected(launched.campaignId(), launched.title(), agencyCode,
                        unit.unitId(), unit.name(), order, milestone.period(), milestone.due(), contents, eventId, now,
                        SYSTEM, schedule, 0);
                if (insertIfAbsent(report)) {
                    created++;
                } else {
                    keepAgency(report.id(), agencyCode);
                }
            }
        }
        log.info("Movement {} launched ({}): {} reports expected over {} periods, {} new", launched.campaignId(),
                eventId, launched.participants().size() * periods.size(), periods.size(), created);
    }

    /**
     * Makes the units' reports follow a change of a launched movement's milestones: a new period's
     * reports are expected (from the units and contents of the reports the launch made), a changed one
     * is renamed and rescheduled (reminders not yet fired only), a removed one's pending reminders are
     * cancelled. Every report change is guarded by the event's revision, so a redelivered or older
     * change has no effect.
     */
    public void follow(CampaignUpdated updated, String eventId) {
        if (updated.campaignId() == null || updated.finalReportDue() == null || updated.revision() < 1) {
            throw new MalformedEventException("Event " + eventId + " (CampaignUpdated " + updated.campaignId()
                    + ") lacks its id, revision or final report date");
        }
        List<Milestone> periods = ReportingPeriods.of(updated.reportingMilestones(), updated.finalReportDue(),
                "CampaignUpdated " + updated.campaignId(), eventId);
        List<UnitReport> existing = reports.findByCampaignIdOrderByUnitOrderAsc(updated.campaignId());
        List<UnitReport> units = existing.stream()
                .filter(report -> UnitReport.FINAL_PERIOD.equals(report.periodId()))
                .toList();
        if (units.isEmpty()) {
            // The launch comes first on the same key; retried (then dead-lettered) until its reports exist.
            throw new IllegalStateException("Movement " + updated.campaignId() + " changed (" + eventId
                    + ") before its launch made any report");
        }
        Instant now = clock.instant();
        Map<String, Milestone> byId = periods.stream()
                .collect(Collectors.toMap(m -> m.period().id(), m -> m, (a, b) -> a, LinkedHashMap::new));
        int changed = 0;
        for (UnitReport report : existing) {
            Milestone milestone = byId.get(report.periodId());
            changed += changeGuarded(report.id(), fresh -> milestone == null
                    ? fresh.withdraw(updated.revision(), now, SYSTEM)
                    : fresh.followMilestone(milestone.period().name(), milestone.due(), updated.revision(), schedule,
                            now, SYSTEM)) ? 1 : 0;
        }
        Set<String> known = existing.stream().map(UnitReport::periodId).collect(Collectors.toSet());
        int created = 0;
        for (Milestone milestone : periods) {
            if (known.contains(milestone.period().id())) {
                continue;
            }
            for (UnitReport unit : units) {
                UnitReport report = UnitReport.expected(updated.campaignId(),
                        updated.title() != null ? updated.title() : unit.campaignTitle(), unit.issuingAgencyCode(),
                        unit.unitId(), unit.unitName(), unit.unitOrder(), milestone.period(), milestone.due(),
                        unit.contents(), eventId, now, SYSTEM, schedule, updated.revision());
                created += insertIfAbsent(report) ? 1 : 0;
            }
        }
        log.info("Movement {} changed to revision {} ({}): {} reports followed, {} new", updated.campaignId(),
                updated.revision(), eventId, changed, created);
    }

    /**
     * Applies a change to the report as stored now; re-read and re-applied when the scheduler or a
     * user wrote it meanwhile (the change's own revision guard decides anew).
     */
    private boolean changeGuarded(String reportId, Predicate<UnitReport> change) {
        for (int attempt = 1; ; attempt++) {
            UnitReport fresh = reports.findById(reportId).orElse(null);
            if (fresh == null || !change.test(fresh)) {
                return false;
            }
            try {
                store.update(fresh, List.of());
                return true;
            } catch (DomainException e) {
                if (!"concurrent-modification".equals(e.code()) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Upsert with $setOnInsert only: an existing report is left exactly as it is. */
    private boolean insertIfAbsent(UnitReport report) {
        Document fields = new Document();
        mongo.getConverter().write(report, fields);
        fields.put(revisionField, 0L);
        Update update = new Update();
        fields.forEach((name, value) -> {
            if (!"_id".equals(name)) {
                update.setOnInsert(name, value);
            }
        });
        try {
            // By collection name: the entity-typed upsert would also $inc the revision, clashing with $setOnInsert.
            return mongo.upsert(new Query(Criteria.where("_id").is(report.id())), update, collection)
                    .getUpsertedId() != null;
        } catch (DuplicateKeyException concurrentInsert) {
            // Another delivery inserted it between our match and insert: already applied.
            return false;
        }
    }

    /**
     * Gives a report stored before reports kept the issuing agency its code. The revision moves on,
     * so a command holding a copy read before this write conflicts and re-reads rather than erasing it.
     */
    private void keepAgency(String reportId, String agencyCode) {
        mongo.updateFirst(new Query(Criteria.where("_id").is(reportId).and("issuingAgencyCode").exists(false)),
                new Update().set("issuingAgencyCode", agencyCode).inc(revisionField, 1), collection);
    }
}
