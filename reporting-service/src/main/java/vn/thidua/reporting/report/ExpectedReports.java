package vn.thidua.reporting.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

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
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.inbound.MalformedEventException;

/**
 * Turns a launched movement into the reports its units owe. Each report is created by an upsert
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

    private final MongoTemplate mongo;
    private final Clock clock;
    private final ReminderSchedule schedule;
    private final String collection;
    private final String revisionField;

    public ExpectedReports(MongoTemplate mongo, Clock clock, ReminderSchedule schedule) {
        this.mongo = mongo;
        this.clock = clock;
        this.schedule = schedule;
        var entity = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(UnitReport.class);
        this.collection = entity.getCollection();
        this.revisionField = entity.getRequiredVersionProperty().getFieldName();
    }

    /**
     * Expects one final report per participating unit, due on the movement's final report date, with
     * its deadline reminders scheduled (created with the report, so just as idempotent).
     */
    public void expectFinalReports(CampaignLaunched launched, String eventId) {
        if (launched.campaignId() == null || launched.finalReportDue() == null || launched.participants() == null
                || launched.contents() == null || launched.issuingAgency() == null
                || launched.issuingAgency().code() == null || launched.issuingAgency().code().isBlank()
                || launched.participants().stream().anyMatch(unit -> unit.unitId() == null || unit.unitId().isBlank())) {
            // Schema-required data is missing: retrying cannot help, so straight to the dead-letter topic.
            throw new MalformedEventException("Event " + eventId + " (CampaignLaunched " + launched.campaignId()
                    + ") lacks its id, issuing agency code, final report date, contents or participant unit ids");
        }
        String agencyCode = launched.issuingAgency().code();
        Instant now = clock.instant();
        List<ReportContent> contents = launched.contents().stream()
                .map(content -> new ReportContent(content.number(), content.text()))
                .toList();
        int created = 0;
        for (int order = 0; order < launched.participants().size(); order++) {
            CampaignLaunched.Participant unit = launched.participants().get(order);
            UnitReport report = UnitReport.expected(launched.campaignId(), launched.title(), agencyCode, unit.unitId(),
                    unit.name(), order, ReportPeriod.FINAL, launched.finalReportDue(), contents, eventId, now, SYSTEM,
                    schedule);
            if (insertIfAbsent(report)) {
                created++;
            } else {
                keepAgency(report.id(), agencyCode);
            }
        }
        log.info("Movement {} launched ({}): {} final reports expected, {} new", launched.campaignId(), eventId,
                launched.participants().size(), created);
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
