package vn.thidua.portal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

import vn.thidua.portal.security.CurrentUser;
import vn.thidua.portal.security.PortalUser;
import vn.thidua.portal.services.CampaignApi;
import vn.thidua.portal.services.ReportingApi;
import vn.thidua.portal.services.ServiceException;

/**
 * The provincial dashboard ({@code /bang-dieu-khien}): movements, reporting participation by
 * movement, department or unit, nominations and awards, with filters by department, year and
 * movement. Every figure is also in a table (the charts are drawn from the same numbers, for the
 * eye); the page re-reads its figures when reporting-service's event stream, relayed by the
 * gateway, says they changed, and offers each view as CSV and XLSX through the gateway.
 */
@Controller
public class DashboardController {

    static final Set<String> GROUPINGS = Set.of("movement", "agency", "unit");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CurrentUser currentUser;
    private final ReportingApi reporting;
    private final CampaignApi campaigns;

    public DashboardController(CurrentUser currentUser, ReportingApi reporting, CampaignApi campaigns) {
        this.currentUser = currentUser;
        this.reporting = reporting;
        this.campaigns = campaigns;
    }

    @GetMapping(DashboardPaths.HOME)
    public String dashboard(@RequestParam(required = false) String agency, @RequestParam(required = false) String year,
            @RequestParam(required = false) String campaignId, @RequestParam(required = false) String groupBy,
            Model model) {
        reader();
        Choice choice = Choice.of(agency, year, campaignId, groupBy);
        figures(choice, model);
        model.addAttribute("agencies", agencies());
        model.addAttribute("movementOptions", reporting.movements(new ReportingApi.DashboardFilters(
                choice.filters().agency(), choice.filters().year(), null)).movements());
        return "dashboard";
    }

    /** The figures alone, for the page to swap in when the stream announces a change. */
    @GetMapping(DashboardPaths.FIGURES)
    public String figuresOnly(@RequestParam(required = false) String agency, @RequestParam(required = false) String year,
            @RequestParam(required = false) String campaignId, @RequestParam(required = false) String groupBy,
            Model model) {
        reader();
        figures(Choice.of(agency, year, campaignId, groupBy), model);
        return "dashboard :: figures";
    }

    private void figures(Choice choice, Model model) {
        ReportingApi.DashboardFilters filters = choice.filters();
        ReportingApi.MovementsView movements = reporting.movements(filters);
        ReportingApi.Participation participation = reporting.participation(filters, choice.groupBy());
        ReportingApi.NominationsView nominations = reporting.nominations(filters);
        ReportingApi.AwardsView awards = reporting.awards(filters);
        model.addAttribute("choice", choice);
        model.addAttribute("movements", movements);
        model.addAttribute("participation", participation);
        model.addAttribute("nominations", nominations);
        model.addAttribute("awards", awards);
        model.addAttribute("participationChart", json(participationChart(participation)));
        model.addAttribute("nominationsChart", json(Map.of(
                "labels", nominations.byStatus().stream().map(row -> row.statusName() == null ? row.status() : row.statusName()).toList(),
                "series", List.of(Map.of("key", "total", "values",
                        nominations.byStatus().stream().map(ReportingApi.NominationsView.StatusRow::total).toList())))));
        model.addAttribute("awardsChart", json(awardsChart(awards)));
        model.addAttribute("exports", exports(choice));
        model.addAttribute("figuresUrl", withQuery(DashboardPaths.FIGURES, choice.query()));
    }

    private static Map<String, Object> participationChart(ReportingApi.Participation participation) {
        List<String> labels = participation.rows().stream().map(row -> row.name() == null ? row.key() : row.name()).toList();
        return Map.of("labels", labels, "series", List.of(
                Map.of("key", "expected", "values", participation.rows().stream().map(row -> row.figures().expected()).toList()),
                Map.of("key", "submitted", "values", participation.rows().stream().map(row -> row.figures().submitted()).toList()),
                Map.of("key", "onTime", "values", participation.rows().stream().map(row -> row.figures().onTime()).toList())));
    }

    /** Awards added up by form (title) across units and years. */
    private static Map<String, Object> awardsChart(ReportingApi.AwardsView awards) {
        Map<String, Integer> byForm = new LinkedHashMap<>();
        for (ReportingApi.AwardsView.Row row : awards.rows()) {
            byForm.merge(row.formName() == null ? row.form() : row.formName(), row.total(), Integer::sum);
        }
        return Map.of("labels", new ArrayList<>(byForm.keySet()),
                "series", List.of(Map.of("key", "total", "values", new ArrayList<>(byForm.values()))));
    }

    /** Each view as CSV and XLSX, through the gateway, with the same filters as the page. */
    private static List<Export> exports(Choice choice) {
        Map<String, String> query = choice.filters().asQuery();
        Map<String, String> participation = new LinkedHashMap<>(query);
        participation.put("groupBy", choice.groupBy());
        return List.of(
                Export.of("dashboard.export.movements", "/api/reporting/dashboard/movements", query),
                Export.of("dashboard.export.participation", "/api/reporting/dashboard/participation", participation),
                Export.of("dashboard.export.nominations", "/api/reporting/dashboard/nominations", query),
                Export.of("dashboard.export.awards", "/api/reporting/dashboard/awards", query));
    }

    private List<CampaignApi.AgencyOption> agencies() {
        try {
            return campaigns.agencies();
        } catch (ServiceException e) {
            // The filter then takes a typed code; the figures do not depend on the directory.
            return List.of();
        }
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    static String withQuery(String path, Map<String, String> query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        query.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    /** Readers of the dashboard (VIEWER, LEADER, OFFICE, ADMIN); reporting-service decides again. */
    private PortalUser reader() {
        PortalUser user = currentUser.get();
        if (user == null || !user.readsDashboard()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    /** One export: its label's message key and the CSV and XLSX addresses. */
    public record Export(String labelKey, String csv, String xlsx) {

        static Export of(String labelKey, String path, Map<String, String> query) {
            Map<String, String> csv = new LinkedHashMap<>(query);
            csv.put("format", "csv");
            Map<String, String> xlsx = new LinkedHashMap<>(query);
            xlsx.put("format", "xlsx");
            return new Export(labelKey, withQuery(path, csv), withQuery(path, xlsx));
        }
    }

    /**
     * What the reader chose: the filters and the grouping of the participation view. A year that is
     * not a number is ignored and said so ({@code yearInvalid}), rather than failing the page.
     */
    public record Choice(ReportingApi.DashboardFilters filters, String groupBy, String yearText, boolean yearInvalid) {

        static Choice of(String agency, String year, String campaignId, String groupBy) {
            Integer parsedYear = null;
            boolean invalid = false;
            if (year != null && !year.isBlank()) {
                try {
                    parsedYear = Integer.valueOf(year.strip());
                    invalid = parsedYear < 1945 || parsedYear > 9999;
                } catch (NumberFormatException e) {
                    invalid = true;
                }
                if (invalid) {
                    parsedYear = null;
                }
            }
            String grouping = groupBy != null && GROUPINGS.contains(groupBy) ? groupBy : "movement";
            return new Choice(new ReportingApi.DashboardFilters(agency, parsedYear, campaignId), grouping,
                    year == null ? "" : year.strip(), invalid);
        }

        /** The page's own query: filters and grouping. */
        public Map<String, String> query() {
            Map<String, String> query = new LinkedHashMap<>(filters.asQuery());
            query.put("groupBy", groupBy);
            return query;
        }
    }
}
