package vn.thidua.reporting.deadline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.thidua.contracts.reporting.ReportingEvent;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.outbox.AggregateStore;
import vn.thidua.eventing.outbox.EventOutbox;
import vn.thidua.eventing.outbox.OutboxEvent;
import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.config.ReportingProperties;
import vn.thidua.reporting.report.ReminderSchedule;
import vn.thidua.reporting.report.ReportStatus;
import vn.thidua.reporting.report.UnitReport;

/**
 * Fires the deadline reminders that are due. Each firing is one revision-guarded write of the report
 * that marks the reminder fired and appends its event to the report's outbox; a replica that read the
 * same revision (another scheduler, or a unit submitting meanwhile) matches nothing and moves on, so
 * a reminder is raised at most once, and a reminder whose write never happened is still open next time.
 */
@Service
public class DeadlineService {

    /** Who the audit trail names for fired reminders: the platform itself. */
    static final Who ACTOR = Who.system("reporting-service");
    private static final Logger log = LoggerFactory.getLogger(DeadlineService.class);

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventOutbox outbox;
    private final Clock clock;
    private final ReminderSchedule schedule;
    private final int batchSize;

    public DeadlineService(MongoTemplate mongo, AggregateStore store, EventOutbox outbox, Clock clock,
            ReminderSchedule schedule, ReportingProperties properties) {
        this.mongo = mongo;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.schedule = schedule;
        this.batchSize = properties.deadlines().batchSize();
    }

    /** Fires what is due now among at most one batch of reports; returns how many reminders fired. */
    public int fireDue() {
        Instant now = clock.instant();
        Query due = new Query(Criteria.where("status").in(ReportStatus.EXPECTED.name(), ReportStatus.RETURNED.name())
                .and("nextReminderAt").lte(now))
                .with(Sort.by("nextReminderAt"))
                .limit(batchSize);
        int fired = 0;
        for (UnitReport report : mongo.find(due, UnitReport.class)) {
            fired += fire(report, now) ? 1 : 0;
        }
        return fired;
    }

    /**
     * Gives reports stored before reminders existed their schedule (the current settings), so an
     * upgraded installation reminds and flags them too. Run once per scheduler start; returns how many.
     */
    public int scheduleMissing() {
        Instant now = clock.instant();
        Query legacy = new Query(Criteria.where("reminders").exists(false)).limit(batchSize);
        int total = 0;
        int scheduled;
        List<UnitReport> found;
        do {
            found = mongo.find(legacy, UnitReport.class);
            scheduled = 0;
            for (UnitReport report : found) {
                if (report.scheduleMissingReminders(schedule, now, ACTOR) && store(report, List.of())) {
                    scheduled++;
                }
            }
            total += scheduled;
        } while (found.size() >= batchSize && scheduled > 0);
        return total;
    }

    int batchSize() {
        return batchSize;
    }

    private boolean fire(UnitReport report, Instant now) {
        Optional<ReportingEvent> raised = report.fireDueReminders(now, ACTOR);
        if (raised.isEmpty()) {
            return false;
        }
        OutboxEvent event = outbox.record(raised.get());
        report.addPendingEvent(event);
        if (!store(report, List.of(event))) {
            return false;
        }
        log.info("{} raised for report {} (due {})", event.type(), report.id(), report.dueDate());
        return true;
    }

    /** One revision-guarded write; false when someone changed the report since we read it. */
    private boolean store(UnitReport report, List<OutboxEvent> events) {
        try {
            store.update(report, events);
            return true;
        } catch (DomainException e) {
            if (!"concurrent-modification".equals(e.code())) {
                throw e;
            }
            // The fresh state decides at the next tick.
            log.debug("Report {} changed meanwhile; left for the next tick", report.id());
            return false;
        }
    }
}
