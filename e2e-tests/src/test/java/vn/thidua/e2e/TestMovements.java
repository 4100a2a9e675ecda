package vn.thidua.e2e;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import vn.thidua.infra.launcher.DemoData;

/** Movements the end-to-end tests create among the seeded department's (SNNMT) units, and how to find those units. */
final class TestMovements {

    static final String PLANNING_UNIT = "SNNMT-KHTC";
    static final String IT_CENTRE = "SNNMT-TTCNTT";

    private TestMovements() {
    }

    /** A movement of SNNMT running from today for two months, so its final report is not already late. */
    static Map<String, Object> newMovement(String title, List<String> participantUnitCodes) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        return Map.of(
                "title", title,
                "kind", "THEMATIC",
                "theme", "Hành động vì môi trường xanh, sạch, đẹp",
                "issuingAgencyCode", "SNNMT",
                "parentPlan", Map.of("number", "45/KH-UBND", "date", "2026-01-15", "issuer", "Ủy ban nhân dân tỉnh Quảng Ngãi"),
                "contents", List.of(
                        Map.of("number", 1, "text", "Thi đua tổ chức các hoạt động làm sạch môi trường nơi làm việc và khu dân cư."),
                        Map.of("number", 2, "text", "Thi đua giảm thiểu chất thải nhựa dùng một lần trong cơ quan, đơn vị.")),
                "periodStart", today.toString(),
                "periodEnd", today.plusMonths(2).toString(),
                "finalReportDue", today.plusMonths(2).minusDays(5).toString(),
                "participantUnitCodes", participantUnitCodes);
    }

    /** The unit's id in reporting's progress, found by its code or, failing that, its name in the directory. */
    static String unitIdOf(JsonNode progress, String code) {
        String name = DemoData.agencies().getFirst().body().path("units").valueStream()
                .filter(unit -> unit.path("code").asString().equals(code))
                .map(unit -> unit.path("name").asString())
                .findFirst()
                .orElseThrow();
        return progress.path("units").valueStream()
                .filter(unit -> unit.path("unitId").asString().equals(code) || unit.path("unitName").asString().equals(name))
                .map(unit -> unit.path("unitId").asString())
                .findFirst()
                .orElseThrow(() -> new AssertionError("Unit " + code + " not in progress " + progress));
    }
}
