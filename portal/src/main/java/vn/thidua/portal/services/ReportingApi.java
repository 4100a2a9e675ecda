package vn.thidua.portal.services;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;

/** reporting-service as the signed-in user: final reports, a movement's reporting progress, the dashboard. */
@Component
public class ReportingApi {

    private static final String SERVICE = "reporting-service";
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ServiceClients clients;

    public ReportingApi(ServiceClients clients) {
        this.clients = clients;
    }

    public Progress progress(String campaignId) {
        return Calls.call(SERVICE, () -> clients.reporting().get().uri("/api/campaigns/{id}/progress", campaignId)
                .retrieve().body(Progress.class));
    }

    /** The unit's reports across movements, the soonest due first. */
    public List<UnitReport> ofUnit(String unitId) {
        UnitReport[] found = Calls.call(SERVICE, () -> clients.reporting().get().uri("/api/units/{unit}/reports", unitId)
                .retrieve().body(UnitReport[].class));
        return found == null ? List.of() : Arrays.stream(found)
                .sorted(Comparator.comparing(UnitReport::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    public UnitReport finalReport(String campaignId, String unitId) {
        return Calls.call(SERVICE, () -> clients.reporting().get()
                .uri("/api/campaigns/{id}/reports/{unit}/final", campaignId, unitId)
                .retrieve().body(UnitReport.class));
    }

    /** Submits (or resubmits after a return) the final report: one narrative per numbered content, and a summary. */
    public UnitReport submitFinal(String campaignId, String unitId, List<Result> results, String summary) {
        Map<String, Object> body = summary == null || summary.isBlank()
                ? Map.of("results", results)
                : Map.of("results", results, "summary", summary.strip());
        return Calls.call(SERVICE, () -> clients.reporting().post()
                .uri("/api/campaigns/{id}/reports/{unit}/final", campaignId, unitId)
                .contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(UnitReport.class));
    }

    /** Attaches an evidence file (minh chứng) to the final report, for one content or (null) the whole report. */
    public Evidence uploadEvidence(String campaignId, String unitId, Integer contentNumber, String fileName,
            byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        return Calls.call(SERVICE, () -> clients.reporting().post()
                .uri(uri -> uri.path("/api/campaigns/{id}/reports/{unit}/periods/FINAL/attachments")
                        .queryParamIfPresent("contentNumber", Optional.ofNullable(contentNumber))
                        .build(campaignId, unitId))
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build())
                .retrieve().body(Evidence.class));
    }

    /** Removes an evidence file while the report can still change. */
    public void deleteEvidence(String campaignId, String unitId, String attachmentId) {
        Calls.call(SERVICE, () -> clients.reporting().delete()
                .uri("/api/campaigns/{id}/reports/{unit}/periods/FINAL/attachments/{attachment}", campaignId, unitId,
                        attachmentId)
                .retrieve().toBodilessEntity());
    }

    /** Reporting participation per movement, province-wide. */
    public Participation participationByMovement() {
        return Calls.call(SERVICE, () -> clients.reporting().get()
                .uri("/api/dashboard/participation?groupBy=movement").retrieve().body(Participation.class));
    }

    /** Participation grouped by movement, agency or unit, with the dashboard's filters. */
    public Participation participation(DashboardFilters filters, String groupBy) {
        return dashboard("/api/dashboard/participation", filters, Map.of("groupBy", groupBy), Participation.class);
    }

    public MovementsView movements(DashboardFilters filters) {
        return dashboard("/api/dashboard/movements", filters, Map.of(), MovementsView.class);
    }

    public NominationsView nominations(DashboardFilters filters) {
        return dashboard("/api/dashboard/nominations", filters, Map.of(), NominationsView.class);
    }

    public AwardsView awards(DashboardFilters filters) {
        return dashboard("/api/dashboard/awards", filters, Map.of(), AwardsView.class);
    }

    private <V> V dashboard(String path, DashboardFilters filters, Map<String, String> extra, Class<V> type) {
        return Calls.call(SERVICE, () -> clients.reporting().get().uri(uri -> {
            uri.path(path);
            filters.asQuery().forEach(uri::queryParam);
            extra.forEach(uri::queryParam);
            return uri.build();
        }).retrieve().body(type));
    }

    /** The filters every dashboard view takes: issuing agency, year, one movement. Blank means all. */
    public record DashboardFilters(String agency, Integer year, String campaignId) {

        public DashboardFilters {
            agency = blankToNull(agency);
            campaignId = blankToNull(campaignId);
        }

        public static DashboardFilters none() {
            return new DashboardFilters(null, null, null);
        }

        /** The filters as query parameters, in a stable order (also for the export links). */
        public Map<String, String> asQuery() {
            Map<String, String> query = new java.util.LinkedHashMap<>();
            if (agency != null) {
                query.put("agency", agency);
            }
            if (year != null) {
                query.put("year", year.toString());
            }
            if (campaignId != null) {
                query.put("campaignId", campaignId);
            }
            return query;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MovementsView(Totals totals, List<Movement> movements) {

        public MovementsView {
            movements = movements == null ? List.of() : List.copyOf(movements);
            totals = totals == null ? new Totals(0, 0, 0, 0) : totals;
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Totals(int movements, int participants, int cascaded, int registrations) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Movement(String campaignId, String title, String kind, String status, String agencyCode,
                String agencyName, Integer year, int participants, int cascaded, int registrations) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NominationsView(int total, List<StatusRow> byStatus) {

        public NominationsView {
            byStatus = byStatus == null ? List.of() : List.copyOf(byStatus);
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record StatusRow(String status, String statusName, int collective, int individual, int total) {
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record AwardsView(int total, List<Row> rows) {

        public AwardsView {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Row(int year, String form, String formName, String unitId, String unitName, int collective,
                int individual, int total) {
        }
    }

    /** How far a movement's final reporting has got. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Progress(String campaignId, String campaignTitle, LocalDate dueDate, int expected, int submitted,
            int late, int overdue, List<UnitProgress> units) {

        public Progress {
            units = units == null ? List.of() : List.copyOf(units);
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record UnitProgress(String unitId, String unitName, String status, boolean late, boolean overdue,
                Instant submittedAt, int version) {

            /** The day it was handed in, in Vietnam. */
            public LocalDate submittedDate() {
                return submittedAt == null ? null : submittedAt.atZone(VIETNAM).toLocalDate();
            }
        }
    }

    /** A unit's report for one movement: the contents to report on, and the latest submitted version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    /** An evidence file of a report, as reporting-service describes it (type recognised from its bytes). */
    public record Evidence(String id, String fileName, String contentType, long size, Integer contentNumber) {

        /** The size for people: "820 KB", "3,4 MB". */
        public String readableSize() {
            return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB"
                    : String.format(Locale.forLanguageTag("vi"), "%.1f MB", size / (1024.0 * 1024));
        }
    }

    public record UnitReport(String id, String campaignId, String campaignTitle, String unitId, String unitName,
            LocalDate dueDate, List<Content> contents, String status, int version, boolean late, boolean overdue,
            Instant submittedAt, List<Result> results, String summary, String returnComment,
            List<Evidence> attachments) {

        public static final String EXPECTED = "EXPECTED";
        public static final String RETURNED = "RETURNED";

        public UnitReport {
            contents = contents == null ? List.of()
                    : contents.stream().sorted(Comparator.comparingInt(Content::number)).toList();
            results = results == null ? List.of() : List.copyOf(results);
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** Where the signed-in browser downloads an evidence file: reporting-service through the portal's gateway. */
        public String evidenceLink(Evidence evidence) {
            return "/api/reporting/campaigns/" + campaignId + "/reports/" + unitId + "/periods/FINAL/attachments/"
                    + evidence.id();
        }

        /** The day the latest version was handed in, in Vietnam. */
        public LocalDate submittedDate() {
            return submittedAt == null ? null : submittedAt.atZone(VIETNAM).toLocalDate();
        }

        /** The unit may (re)submit: nothing handed in yet, or the office returned it. */
        public boolean isOpen() {
            return EXPECTED.equals(status) || RETURNED.equals(status);
        }

        /** The latest narrative for a content, to prefill the form after a return. */
        public String narrativeFor(int contentNumber) {
            return results.stream().filter(result -> result.contentNumber() == contentNumber)
                    .map(Result::narrative).findFirst().orElse("");
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(int number, String text) {
    }

    /** What the unit achieved for one numbered content. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(int contentNumber, String narrative) {
    }

    /** The dashboard's participation view: totals and one row per movement. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Participation(Figures totals, List<Row> rows) {

        public Participation {
            totals = totals == null ? new Figures(0, 0, 0, 0, 0, 0, 0) : totals;
            rows = rows == null ? List.of() : List.copyOf(rows);
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Row(String key, String name, Figures figures) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        public record Figures(int expected, int submitted, int onTime, int late, int overdue, double participationRate,
                double onTimeRate) {
        }
    }
}
