package vn.thidua.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.web.DomainException;
import vn.thidua.reporting.dashboard.DashboardFacts.AwardFact;
import vn.thidua.reporting.dashboard.DashboardFacts.MovementFact;
import vn.thidua.reporting.statistics.FormTable.Cell;

/** The forms' figures from given facts, without Spring: what is counted where, and what is flagged. */
class StatisticalFormsTest {

    private static final String QN = "UBND TỈNH QUẢNG NGÃI";
    private static final StatisticsPeriod Q1_2026 = StatisticsPeriod.parse("QUARTER", 2026, 1);

    @Test
    void periodsCoverTheirMonthsAndReadAsTheFormSaysThem() {
        assertThat(Q1_2026.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Q1_2026.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Q1_2026.label()).isEqualTo("Quý I năm 2026");
        StatisticsPeriod secondHalf = StatisticsPeriod.parse("half_year", 2026, 2);
        assertThat(secondHalf.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(secondHalf.to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(secondHalf.label()).isEqualTo("6 tháng cuối năm 2026");
        assertThat(StatisticsPeriod.parse("MONTH", 2026, 2).to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(StatisticsPeriod.parse(null, 2026, null).label()).isEqualTo("Năm 2026");
        assertThatThrownBy(() -> StatisticsPeriod.parse("QUARTER", 2026, 5)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.code()).isEqualTo("invalid-period"));
        assertThatThrownBy(() -> StatisticsPeriod.parse("WEEK", 2026, 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void movementsAreCountedByLevelDurationAndKindAndTheUnknownIsFlagged() {
        List<MovementFact> movements = List.of(
                movement("m1", "REGULAR", QN, "2026-01-05T02:00:00Z", "2026-01-01", "2026-12-31"),
                movement("m2", "THEMATIC", QN, "2026-03-31T16:30:00Z", "2026-04-01", "2026-09-30"),
                movement("m3", "THEMATIC", null, "2026-02-10T02:00:00Z", "2026-01-01", "2028-06-30"),
                movement("m4", "REGULAR", QN, "2026-02-10T02:00:00Z", null, null),
                // Launched at 00:30 on 1 April in Vietnam (17:30 UTC on 31 March): the next quarter.
                movement("m5", "REGULAR", QN, "2026-03-31T17:30:00Z", "2026-04-01", "2031-03-31"));

        FormTable form = MovementCountForm.build(movements, Q1_2026, "0601.N/BNV-TĐKT", "TT 18/2025/TT-BNV");

        assertThat(values(form, "01")).containsExactly(4, null, 1, 3);
        assertThat(form.row("01").cells().get(1).unavailable()).isTrue();
        assertThat(form.row("02").cells()).allSatisfy(cell -> assertThat(cell.value()).isNull());
        assertThat(values(form, "03")).containsExactly(1, null, 1, null);
        assertThat(form.row("04").cells().getFirst()).isEqualTo(Cell.UNAVAILABLE);
        assertThat(values(form, "05")).containsExactly(3, null, null, 3);
        assertThat(values(form, "06")).containsExactly(1, null, 0, 1);
        assertThat(values(form, "07")).containsExactly(1, null, 0, 1);
        assertThat(values(form, "08")).containsExactly(1, null, 1, 0);
        assertThat(values(form, "09")).containsExactly(0, null, 0, 0);
        assertThat(values(form, "10")).containsExactly(0, null, 0, 0);
        assertThat(values(form, "11")).containsExactly(2, null, 1, 1);
        assertThat(values(form, "12")).containsExactly(2, null, 0, 2);
        assertThat(form.notes()).anyMatch(note -> note.startsWith("1 phong trào chưa ghi thời gian"));
    }

    @Test
    void commendationsCountProvinceLevelFormsStillStandingByNomineeAndMovementKind() {
        StatisticsPeriod year = StatisticsPeriod.parse("YEAR", 2026, null);
        List<AwardFact> awards = List.of(
                award("a1", "m1", "COLLECTIVE", "BANG_KHEN", "2026-03-01", null),
                award("a2", "m1", "INDIVIDUAL", "BANG_KHEN", "2026-05-01", null),
                award("a3", "m2", "INDIVIDUAL", "CHIEN_SI_THI_DUA_CAP_TINH", "2026-06-01", null),
                award("a4", "m2", "COLLECTIVE", "CO_THI_DUA", "2026-12-31", null),
                // Base level, revoked within the year, or of another year: not counted.
                award("a5", "m1", "INDIVIDUAL", "GIAY_KHEN", "2026-03-01", null),
                award("a6", "m1", "INDIVIDUAL", "BANG_KHEN", "2026-03-01", "2026-10-01"),
                award("a7", "m1", "INDIVIDUAL", "BANG_KHEN", "2025-12-31", null),
                // Revoked after the period: it stood at the period's end.
                award("a8", null, "INDIVIDUAL", "BANG_KHEN", "2026-04-01", "2027-01-15"));

        FormTable form = CommendationCountForm.build(awards, Map.of("m1", "REGULAR", "m2", "THEMATIC"), year,
                "0603.N/BNV-TĐKT", "TT 18/2025/TT-BNV");

        assertThat(values(form, "01")).containsExactly(5, 3, 1, 1, null);
        assertThat(values(form, "02")).containsExactly(2, 1, 0, 1, null);
        assertThat(values(form, "05")).containsExactly(3, 2, 1, 0, null);
        assertThat(values(form, "11")).containsExactly(2, 2, 0, 0, null);
        assertThat(values(form, "12")).containsExactly(2, 0, 1, 1, null);
        for (String flagged : List.of("03", "04", "06", "07", "08", "09", "10", "13", "14", "15", "16", "17")) {
            assertThat(form.row(flagged).cells()).as("row %s", flagged)
                    .allSatisfy(cell -> assertThat(cell).isEqualTo(Cell.UNAVAILABLE));
        }
        assertThat(form.row("05").unit()).isEqualTo("Người");
        assertThat(form.row("01").cells().get(4).unavailable()).isTrue();
    }

    private static List<Integer> values(FormTable form, String code) {
        return form.row(code).cells().stream().map(Cell::value).toList();
    }

    private static MovementFact movement(String id, String kind, String parent, String launchedAt, String start,
            String end) {
        return new MovementFact(id, "Phong trào " + id, kind, "SNNMT", "Sở Nông nghiệp và Môi trường", parent,
                Instant.parse(launchedAt), start == null ? null : LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end));
    }

    private static AwardFact award(String id, String campaignId, String kind, String form, String decided,
            String revoked) {
        return new AwardFact(id, campaignId, "SNNMT-VP", kind, form, form, LocalDate.parse(decided),
                revoked == null ? null : LocalDate.parse(revoked));
    }
}
