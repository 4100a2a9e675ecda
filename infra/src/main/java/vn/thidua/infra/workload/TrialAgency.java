package vn.thidua.infra.workload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

import vn.thidua.infra.support.JsonHttp;

/**
 * An agency made for one run (fault injection, scaling) through campaign-service's API: its units, numbered
 * from 1, get their e-mail at one of a few domains in equal blocks (units 1..N at the first domain, N+1..2N at
 * the second...), so the mail server's count per domain tells each block's deliveries apart. Its movements are
 * launched to any range of those units.
 *
 * @param code the agency's code, also the units' prefix ({@code CODE-1}, {@code CODE-2}, ...)
 * @param wording the Vietnamese names the run gives the agency, its units and its movements
 */
public record TrialAgency(JsonHttp http, String campaignsUrl, Supplier<String> admin, String code, Wording wording) {

    /** What the run's agency and movements are called, in Vietnamese as the users would write them. */
    public record Wording(String agencyName, String unitName, String movementTitle, String theme, List<String> contents) {
    }

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Registers the agency with {@code unitsPerDomain} units at each domain. */
    public void register(List<String> domains, int unitsPerDomain) {
        List<Map<String, Object>> described = IntStream.range(0, domains.size() * unitsPerDomain).mapToObj(n -> Map.<String, Object>of(
                "code", unitCode(n),
                "name", wording.unitName() + " " + (n + 1),
                "email", "u" + n + "@" + domains.get(n / unitsPerDomain))).toList();
        http.send("PUT", campaignsUrl + "/api/agencies/" + code, admin.get(), Map.of("name", wording.agencyName(),
                "abbreviation", code, "parentName", "UBND TỈNH QUẢNG NGÃI", "units", described), 200);
    }

    /** Creates and launches a movement to the given units (numbered from 0) with its final reports due that day; returns its id. */
    public String launch(String letter, IntStream unitNumbers, LocalDate finalReportDue) {
        LocalDate today = LocalDate.now(VIETNAM);
        List<Map<String, Object>> contents = IntStream.range(0, wording.contents().size())
                .mapToObj(n -> Map.<String, Object>of("number", n + 1, "text", wording.contents().get(n))).toList();
        JsonNode created = http.send("POST", campaignsUrl + "/api/campaigns", admin.get(), Map.of(
                "title", wording.movementTitle() + " " + letter + " " + today,
                "kind", "THEMATIC",
                "theme", wording.theme(),
                "issuingAgencyCode", code,
                "contents", contents,
                "periodStart", today.toString(),
                "periodEnd", today.plusMonths(3).toString(),
                "finalReportDue", finalReportDue.toString(),
                "participantUnitCodes", unitNumbers.mapToObj(this::unitCode).toList()), 201);
        String id = created.path("id").asString();
        http.send("POST", campaignsUrl + "/api/campaigns/" + id + "/launch", admin.get(), null, 200);
        return id;
    }

    /** A movement whose final reports are due well after the run. */
    public String launch(String letter, IntStream unitNumbers) {
        return launch(letter, unitNumbers, LocalDate.now(VIETNAM).plusMonths(3).minusDays(5));
    }

    public String unitCode(int n) {
        return code + "-" + (n + 1);
    }
}
