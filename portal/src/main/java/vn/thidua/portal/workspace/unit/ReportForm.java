package vn.thidua.portal.workspace.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.thidua.portal.services.ReportingApi;

/** The unit's final report as typed: a narrative per numbered content ({@code narratives[1]}, …) and a summary. */
public class ReportForm {

    private Map<Integer, String> narratives = new TreeMap<>();
    private String summary;

    /** Prefilled with the latest version, so a returned report is revised rather than retyped. */
    static ReportForm of(ReportingApi.UnitReport report) {
        ReportForm form = new ReportForm();
        report.contents().forEach(content -> form.narratives.put(content.number(), report.narrativeFor(content.number())));
        form.summary = report.summary();
        return form;
    }

    /** One result per content of the movement, in the contents' order (blank ones too: the service says what is missing). */
    List<ReportingApi.Result> results(List<ReportingApi.Content> contents) {
        List<ReportingApi.Result> results = new ArrayList<>();
        for (ReportingApi.Content content : contents) {
            String narrative = narratives.get(content.number());
            results.add(new ReportingApi.Result(content.number(), narrative == null ? "" : narrative.strip()));
        }
        return results;
    }

    public Map<Integer, String> getNarratives() {
        return narratives;
    }

    public void setNarratives(Map<Integer, String> narratives) {
        this.narratives = narratives == null ? new TreeMap<>() : new TreeMap<>(narratives);
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }
}
