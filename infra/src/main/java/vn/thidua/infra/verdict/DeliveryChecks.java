package vn.thidua.infra.verdict;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;

import vn.thidua.infra.support.EventLog;
import vn.thidua.infra.support.JsonHttp;

/**
 * The checks every run under load ends with, read from the data rather than from what the run believes it did:
 * each accepted report stored once, evented once and counted once; each unit e-mailed once; no event left in an
 * outbox. Each check also says how many items it found lost and duplicated, for the run's totals.
 */
public final class DeliveryChecks {

    public static final String REPORTING_TOPIC = "thidua.reporting.events";
    public static final String REPORT_SUBMITTED = "thidua.ReportSubmitted.v1";

    /** A check, and what it counted as lost and as duplicated. */
    public record Finding(Check check, long lost, long duplicates) {
    }

    /**
     * One event type's records of one movement, per report: the distinct event ids ({@code ce_id}) and the raw
     * records (a record published twice by an outbox relay shows as 2 records with 1 id).
     */
    public record EventsPerReport(Map<String, Set<String>> idsByReport, Map<String, Integer> recordsByReport) {

        public long records() {
            return recordsByReport.values().stream().mapToLong(Integer::longValue).sum();
        }

        /** Reports whose event was published more than once (same id). */
        public long republished() {
            return recordsByReport.entrySet().stream()
                    .filter(entry -> entry.getValue() > idsByReport.get(entry.getKey()).size()).count();
        }

        public int maxRecordsPerReport() {
            return recordsByReport.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private final JsonHttp http;
    private final Supplier<String> admin;
    private final EventLog events;

    public DeliveryChecks(JsonHttp http, Supplier<String> admin, EventLog events) {
        this.http = http;
        this.admin = admin;
        this.events = events;
    }

    /** Every accepted report is stored as submitted, with one version. */
    public Finding reportsStoredOnce(String reportingUrl, String movement, List<String> unitIds, Set<String> accepted) {
        long stored = 0;
        long storedTwice = 0;
        for (String unitId : unitIds) {
            JsonNode report = http.get(reportingUrl + "/api/campaigns/" + movement + "/reports/" + unitId + "/final", admin.get());
            if ("SUBMITTED".equals(report.path("status").asString())) {
                stored++;
                storedTwice += report.path("versions").size() > 1 ? 1 : 0;
            }
        }
        return new Finding(new Check("reports stored, each with one version", accepted.size() + ", 0 with more",
                stored + ", " + storedTwice + " with more", stored == accepted.size() && storedTwice == 0),
                Math.max(0, accepted.size() - stored), storedTwice);
    }

    /** A movement's records of one event type on the reporting topic, by report, leaving out the given event ids. */
    public EventsPerReport reportingEvents(String movement, String type, Set<String> leftOut) {
        Map<String, Set<String>> ids = new HashMap<>();
        Map<String, Integer> records = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : events.readAll(REPORTING_TOPIC)) {
            String eventId = EventLog.header(record, EventLog.CE_ID);
            if (movement.equals(EventLog.key(record)) && type.equals(EventLog.header(record, EventLog.CE_TYPE))
                    && !leftOut.contains(eventId)) {
                String reportId = JsonHttp.JSON.readTree(record.value()).path("reportId").asString();
                ids.computeIfAbsent(reportId, id -> new HashSet<>()).add(eventId);
                records.merge(reportId, 1, Integer::sum);
            }
        }
        return new EventsPerReport(ids, records);
    }

    /** Each accepted report has exactly one ReportSubmitted event id (redelivered or republished copies share it). */
    public Finding submittedOncePerReport(EventsPerReport submitted, Set<String> accepted, String recordsNote) {
        Map<String, Set<String>> ids = submitted.idsByReport();
        long notEvented = accepted.stream().filter(id -> !ids.containsKey(id)).count();
        long eventedTwice = ids.values().stream().filter(set -> set.size() > 1).count();
        return new Finding(new Check("ReportSubmitted events (distinct ce_id per report)", accepted.size() + " reports, 1 id each",
                ids.size() + " reports, " + eventedTwice + " with 2+ ids, " + notEvented + " without; "
                        + submitted.records() + " records " + recordsNote,
                notEvented == 0 && eventedTwice == 0 && ids.size() == accepted.size()), notEvented, eventedTwice);
    }

    /** The dashboard counts each accepted report once. */
    public Finding countedInDashboard(String reportingUrl, String movement, int accepted) {
        int counted = submittedInDashboard(reportingUrl, movement);
        return new Finding(new Check("counted in the dashboard", Integer.toString(accepted), Integer.toString(counted),
                counted == accepted), Math.max(0, accepted - counted), Math.max(0, counted - accepted));
    }

    /** Every mailbox at the domain got {@code perMailbox} e-mails: the mail server's copies against its mailboxes. */
    public Finding mailedOnce(String mailApiUrl, String domain, int units, int perMailbox, String what) {
        JsonNode count = http.get(mailApiUrl + "/count?suffix=%40" + domain, null);
        long copies = count.path("copies").asLong();
        long mailboxes = count.path("mailboxes").asLong();
        long expectedCopies = (long) units * perMailbox;
        return new Finding(new Check(what + " to @" + domain, units + " mailboxes, " + expectedCopies + " copies",
                mailboxes + " mailboxes, " + copies + " copies", mailboxes == units && copies == expectedCopies),
                Math.max(0, units - mailboxes) + Math.max(0, expectedCopies - copies), Math.max(0, copies - expectedCopies));
    }

    /** No service holds an event it has not published. */
    public Finding outboxesEmpty(List<String> serviceUrls) {
        long pending = pendingInOutboxes(serviceUrls);
        return new Finding(new Check("events pending in outboxes", "0", Long.toString(pending), pending == 0), pending, 0);
    }

    public long pendingInOutboxes(List<String> serviceUrls) {
        long pending = 0;
        for (String service : serviceUrls) {
            JsonNode outbox = http.get(service + "/api/admin/outbox", admin.get());
            for (JsonNode collection : outbox.path("collections")) {
                pending += collection.path("pending").asLong();
            }
        }
        return pending;
    }

    /**
     * Events not yet consumed, over every consumer group of the services and every topic they read, as each
     * service reports it ({@code GET /api/admin/consumers}): zero once every event, poison included, was handled
     * or dead-lettered.
     */
    public long consumerLag(List<String> serviceUrls) {
        long lag = 0;
        for (String service : serviceUrls) {
            for (JsonNode group : http.get(service + "/api/admin/consumers", admin.get())) {
                for (JsonNode topic : group.path("topics")) {
                    lag += topic.path("lag").asLong();
                }
            }
        }
        return lag;
    }

    /** The consumer groups that read each topic, as the services declare their bindings. */
    public Map<String, Set<String>> groupsByTopic(List<String> serviceUrls) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (String service : serviceUrls) {
            for (JsonNode group : http.get(service + "/api/admin/consumers", admin.get())) {
                for (JsonNode topic : group.path("topics")) {
                    groups.computeIfAbsent(topic.path("topic").asString(), name -> new TreeSet<>())
                            .add(group.path("group").asString());
                }
            }
        }
        return groups;
    }

    public int submittedInDashboard(String reportingUrl, String movement) {
        return http.get(reportingUrl + "/api/dashboard/participation?campaignId=" + movement, admin.get())
                .path("totals").path("submitted").asInt();
    }

    public long mailboxes(String mailApiUrl, String domain) {
        return http.get(mailApiUrl + "/count?suffix=%40" + domain, null).path("mailboxes").asLong();
    }

    public long copies(String mailApiUrl, String domain) {
        return http.get(mailApiUrl + "/count?suffix=%40" + domain, null).path("copies").asLong();
    }
}
