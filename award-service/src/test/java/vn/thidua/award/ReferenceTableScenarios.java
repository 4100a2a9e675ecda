package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.thidua.award.disclosure.HolidayTables;
import vn.thidua.eventing.test.RestApi;
import vn.thidua.eventing.test.RestApi.Reply;
import vn.thidua.eventing.test.TestTokens;

/**
 * The base salary and public holiday tables through the API: the office reads them, administrators
 * change them (audited), and what is stored is what rewards and disclosure windows are computed from.
 */
abstract class ReferenceTableScenarios extends HighHonourScenarios {

    @Autowired
    HolidayTables holidays;

    @Test
    void aNewBaseSalaryVersionPaysTheDecisionsDatedFromItsEffectiveDate() {
        JsonNode seeded = api("office").get("/api/base-salaries").expect(200).body();
        assertThat(seeded.findValuesAsString("effectiveFrom")).contains("2019-07-01", "2023-07-01", "2024-07-01");
        assertThat(seeded.toString()).as("no audit trail for staff").doesNotContain("auditTrail");

        Reply added = api("admin").post("/api/base-salaries", "{\"effectiveFrom\":\"2030-07-01\",\"amount\":2530000,"
                + "\"legalBasis\":\"Nghị định số 99/2030/NĐ-CP\"}").expect(201);
        assertOneEntry(trail("base-salary", "2030-07-01"), added, "admin", "ADMIN", "SNNMT-TTCNTT", "CREATED");
        api("admin").post("/api/base-salaries", "{\"effectiveFrom\":\"2030-07-01\",\"amount\":2600000,"
                + "\"legalBasis\":\"Sửa\"}").expectProblem(409, "base-salary-exists");
        api("admin").post("/api/base-salaries", "{\"effectiveFrom\":\"2030-08-01\",\"amount\":0,"
                + "\"legalBasis\":\"x\"}").expectProblem(400, "invalid-request");

        Department d = department();
        String id = d.as(port, d.office()).post("/api/nominations", person(d.campaignId(), d.unit(), "GIAY_KHEN",
                "Lý Văn Bình", null).toString()).expect(201).text("/id");
        JsonNode decided = new RestApi(port).as(TestTokens.person("gd-" + d.agency(), "LEADER",
                d.agency(), d.agency() + "-VP").token()).post("/api/nominations/" + id + "/decide",
                "{\"signerName\":\"Nguyễn Văn Lộc\",\"signerTitle\":\"GIÁM ĐỐC\",\"decisionDate\":\"2030-07-02\"}")
                .expect(200).body();
        // 0,3 × 2.530.000 = 759.000, rounded up to 760.000.
        assertThat(decided.at("/reward/baseSalary").asLong()).isEqualTo(2_530_000);
        assertThat(decided.at("/reward/amount").asLong()).isEqualTo(760_000);
        assertThat(decided.at("/reward/baseSalaryBasis").asString()).isEqualTo("Nghị định số 99/2030/NĐ-CP");
    }

    @Test
    void aYearsHolidaysSetByTheAdministratorAreWhatDisclosureWindowsSkip() {
        LocalDate thursday = LocalDate.of(2029, 2, 8);
        assertThat(holidays.calendar().windowEnd(thursday, 3)).isEqualTo(LocalDate.of(2029, 2, 13));

        Reply set = api("admin").put("/api/holidays/2029", "{\"dates\":[\"2029-02-12\",\"2029-02-09\",\"2029-02-13\"],"
                + "\"note\":\"Tết Nguyên đán Kỷ Dậu\"}").expect(200);
        assertOneEntry(trail("public-holidays", "2029"), set, "admin", "ADMIN", "SNNMT-TTCNTT", "CREATED");
        assertThat(api("office").get("/api/holidays/2029").expect(200).body().get("dates").toString())
                .isEqualTo("[\"2029-02-09\",\"2029-02-12\",\"2029-02-13\"]");
        // Friday 9, Monday 12 and Tuesday 13 are Tết now: the window ends on Friday 16.
        assertThat(holidays.calendar().windowEnd(thursday, 3)).isEqualTo(LocalDate.of(2029, 2, 16));

        Reply changed = api("admin").put("/api/holidays/2029", "{\"dates\":[\"2029-02-12\"]}").expect(200);
        JsonNode entry = assertOneEntry(trail("public-holidays", "2029"), changed, "admin", "ADMIN", "SNNMT-TTCNTT",
                "UPDATED");
        assertThat(entry.get("before").asString()).isEqualTo("3 ngày: 2029-02-09, 2029-02-12, 2029-02-13");
        api("admin").put("/api/holidays/2029", "{\"dates\":[\"2030-01-01\"]}").expectProblem(422,
                "holiday-outside-year");
        api("office").get("/api/holidays/2099").expectProblem(404, "holiday-year-not-found");
        assertThat(api("office").get("/api/holidays").body().findValues("year")).extracting(JsonNode::asInt)
                .contains(2025, 2026, 2029);
        assertThat(api("office").get("/api/holidays").body().toString()).as("no audit trail for staff")
                .doesNotContain("auditTrail");
    }

    static final String TABLES_MATRIX = """
            endpoint                 anonymous admin office office2 unit unit2 unit3 council1 council2 council3 leader viewer client
            GET /api/base-salaries         401   200    200     200  403   403   403      403      403      403    403    403    403
            POST /api/base-salaries        401   201    403     403  403   403   403      403      403      403    403    403    403
            GET /api/holidays              401   200    200     200  403   403   403      403      403      403    403    403    403
            GET /api/holidays/{year}       401   200    200     200  403   403   403      403      403      403    403    403    403
            PUT /api/holidays/{year}       401   200    403     403  403   403   403      403      403      403    403    403    403
            """;

    @Test
    void everyTableEndpointAnswersEveryCallerWithTheStatusOfThePolicy() {
        Map<String, Function<String, Reply>> calls = new LinkedHashMap<>();
        calls.put("GET /api/base-salaries", caller -> as(token(caller)).get("/api/base-salaries"));
        calls.put("POST /api/base-salaries", caller -> as(token(caller)).post("/api/base-salaries",
                "{\"effectiveFrom\":\"2031-01-01\",\"amount\":2700000,\"legalBasis\":\"Nghị định số 1/2031/NĐ-CP\"}"));
        calls.put("GET /api/holidays", caller -> as(token(caller)).get("/api/holidays"));
        calls.put("GET /api/holidays/{year}", caller -> as(token(caller)).get("/api/holidays/2026"));
        calls.put("PUT /api/holidays/{year}", caller -> as(token(caller)).put("/api/holidays/2028",
                "{\"dates\":[\"2028-01-26\",\"2028-01-27\"]}"));

        List<String> rows = TABLES_MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> callers = List.of(rows.getFirst().split("\\s+")).subList(1, 14);
        List<String> failures = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split("\\s+");
            String endpoint = cells[0] + " " + cells[1];
            for (int i = 0; i < callers.size(); i++) {
                int expected = Integer.parseInt(cells[i + 2]);
                Reply reply = calls.get(endpoint).apply(callers.get(i));
                if (reply.status() != expected) {
                    failures.add(endpoint + " as " + callers.get(i) + ": " + reply.status() + " instead of " + expected
                            + " " + reply.body());
                } else if (expected == 401 || expected == 403) {
                    reply.expectProblem(expected, expected == 401 ? "unauthorized" : "forbidden");
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(rows.subList(1, rows.size()).stream()
                .map(r -> String.join(" ", List.of(r.split("\\s+")).subList(0, 2))).toList());
    }
}
