package vn.thidua.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import vn.thidua.contracts.reporting.ReportSubmitted;
import vn.thidua.eventing.web.DomainException;

class UnitReportTest {

    /** The due day 2026-12-15 ends at 2026-12-15T17:00:00Z (midnight in Vietnam, UTC+7). */
    private static final Instant LAST_SECOND = Instant.parse("2026-12-15T16:59:59Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-15T17:00:00Z");
    private static final Instant ON_TIME = Instant.parse("2026-12-10T08:00:00Z");

    @Test
    void aLaunchedMovementExpectsAFinalReportFromTheUnit() {
        UnitReport report = GoldenReports.officeFinalReport();

        assertThat(report.id()).isEqualTo("cmp-2026-0001:SNNMT-VP:FINAL");
        assertThat(report.status()).isEqualTo(ReportStatus.EXPECTED);
        assertThat(report.dueDate()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(report.contents()).extracting(ReportContent::number).containsExactly(1, 2);
        assertThat(report.versions()).isEmpty();
        assertThat(report.deadline()).isEqualTo(DEADLINE);
        assertThat(report.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("EXPECTED");
            assertThat(entry.detail()).contains("Văn phòng Sở").contains("2026-12-15");
        });
    }

    @Test
    void submittingOnTimeRaisesReportSubmitted() {
        UnitReport report = GoldenReports.officeFinalReport();

        ReportSubmitted submitted = report.submit(List.of(GoldenReports.RESULTS.get(1), GoldenReports.RESULTS.get(0)),
                " Hoàn thành. ", ON_TIME, GoldenReports.OFFICER);

        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.versions()).singleElement().satisfies(version -> {
            assertThat(version.version()).isEqualTo(1);
            assertThat(version.late()).isFalse();
            assertThat(version.submittedBy()).isEqualTo("vp.snnmt");
            assertThat(version.summary()).isEqualTo("Hoàn thành.");
        });
        assertThat(submitted.reportId()).isEqualTo(report.id());
        assertThat(submitted.aggregateId()).isEqualTo("cmp-2026-0001");
        assertThat(submitted.results()).extracting(ReportSubmitted.Result::contentNumber).containsExactly(1, 2);
        assertThat(submitted.version()).isEqualTo(1);
        assertThat(submitted.late()).isFalse();
        assertThat(report.auditTrail()).last().extracting(entry -> entry.action()).isEqualTo("SUBMITTED");
    }

    @Test
    void eachChangeIsAuditedWithWhoActedAndTheStateBeforeAndAfter() {
        UnitReport report = GoldenReports.officeFinalReport();
        assertThat(report.issuingAgencyCode()).isEqualTo("SNNMT");
        assertThat(report.auditTrail().getFirst()).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("reporting-service");
            assertThat(entry.after()).isEqualTo("Chưa nộp");
        });

        report.submit(GoldenReports.RESULTS, null, ON_TIME, GoldenReports.OFFICER);
        report.returnForRevision("Bổ sung.", ON_TIME.plusSeconds(60), GoldenReports.OFFICE);

        assertThat(report.auditTrail()).element(1).satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("vp.snnmt");
            assertThat(entry.roles()).isEqualTo("UNIT");
            assertThat(entry.unit()).isEqualTo("SNNMT-VP");
            assertThat(entry.client()).isEqualTo("thidua-portal");
            assertThat(entry.requestId()).isEqualTo("req-1");
            assertThat(entry.address()).isEqualTo("10.0.0.7");
            assertThat(entry.before()).isEqualTo("Chưa nộp");
            assertThat(entry.after()).isEqualTo("Đã nộp, chờ xem xét");
        });
        assertThat(report.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("office");
            assertThat(entry.action()).isEqualTo("RETURNED");
            assertThat(entry.before()).isEqualTo("Đã nộp, chờ xem xét");
            assertThat(entry.after()).isEqualTo("Bị trả lại");
        });
    }

    @Test
    void aReportIsLateOnlyAfterTheEndOfTheDueDayInVietnam() {
        UnitReport lastSecond = GoldenReports.officeFinalReport();
        assertThat(lastSecond.submit(GoldenReports.RESULTS, null, LAST_SECOND, GoldenReports.OFFICER).late()).isFalse();

        UnitReport atMidnight = GoldenReports.officeFinalReport();
        assertThat(atMidnight.submit(GoldenReports.RESULTS, null, DEADLINE, GoldenReports.OFFICER).late()).isTrue();
        assertThat(atMidnight.latest()).get().extracting(Submission::late).isEqualTo(true);
        assertThat(atMidnight.auditTrail()).last().satisfies(entry -> assertThat(entry.detail()).contains("quá hạn"));
    }

    @Test
    void aMissingReportIsOverdueAfterTheDeadline() {
        UnitReport report = GoldenReports.officeFinalReport();

        assertThat(report.isOverdue(LAST_SECOND)).isFalse();
        assertThat(report.isOverdue(DEADLINE)).isTrue();
        report.submit(GoldenReports.RESULTS, null, DEADLINE, GoldenReports.OFFICER);
        assertThat(report.isOverdue(DEADLINE.plusSeconds(3600))).isFalse();
    }

    @Test
    void resultsMustNameTheMovementsContentsOnceEach() {
        UnitReport report = GoldenReports.officeFinalReport();

        refused(() -> report.submit(List.of(new ContentResult(5, "Kết quả")), null, ON_TIME, GoldenReports.OFFICER), "unknown-content",
                "số 5");
        refused(() -> report.submit(List.of(new ContentResult(1, "a"), new ContentResult(1, "b")), null, ON_TIME, GoldenReports.OFFICER),
                "duplicate-result", "số 1");
        refused(() -> report.submit(List.of(new ContentResult(1, "a", List.of(new Figure("Số cán bộ", 1, "người"),
                new Figure(" số cán bộ ", 2, "người")))), null, ON_TIME, GoldenReports.OFFICER), "duplicate-figure",
                "được ghi hai lần");
        refused(() -> report.submit(List.of(new ContentResult(1, "a", List.of(new Figure(" ", 1, null)))), null,
                ON_TIME, GoldenReports.OFFICER), "figure-name-required", "tên chỉ tiêu");
        refused(() -> report.submit(List.of(new ContentResult(1, "a", List.of(new Figure("Tỷ lệ", Double.NaN, "%")))),
                null, ON_TIME, GoldenReports.OFFICER), "figure-invalid", "không hợp lệ");
        refused(() -> report.submit(List.of(new ContentResult(2, " ")), null, ON_TIME, GoldenReports.OFFICER), "narrative-required",
                "số 2");
        refused(() -> report.submit(List.of(), null, ON_TIME, GoldenReports.OFFICER), "results-required", "ít nhất một");
        assertThat(report.status()).isEqualTo(ReportStatus.EXPECTED);
        assertThat(report.versions()).isEmpty();
    }

    @Test
    void aSubmittedReportCannotBeSubmittedAgainUntilReturned() {
        UnitReport report = GoldenReports.officeFinalReport();
        report.submit(GoldenReports.RESULTS, null, ON_TIME, GoldenReports.OFFICER);

        refused(() -> report.submit(GoldenReports.RESULTS, null, ON_TIME, GoldenReports.OFFICER), "report-already-submitted",
                "đã được nộp");
        assertThat(report.versions()).hasSize(1);
    }

    @Test
    void aReturnedReportIsResubmittedAsANewVersionKeepingTheOldOne() {
        UnitReport report = GoldenReports.officeFinalReport();
        report.submit(List.of(GoldenReports.RESULTS.getFirst()), null, ON_TIME, GoldenReports.OFFICER);

        report.returnForRevision("Bổ sung kết quả nội dung 2.", ON_TIME.plusSeconds(60), GoldenReports.OFFICE);
        assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(report.returnComment()).isEqualTo("Bổ sung kết quả nội dung 2.");

        ReportSubmitted resubmitted = report.submit(GoldenReports.RESULTS, "Đã bổ sung.", DEADLINE, GoldenReports.OFFICER);

        assertThat(resubmitted.version()).isEqualTo(2);
        assertThat(resubmitted.late()).isTrue();
        assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(report.returnComment()).isNull();
        assertThat(report.versions()).extracting(Submission::version).containsExactly(1, 2);
        assertThat(report.versions().getFirst().results()).hasSize(1);
        assertThat(report.auditTrail()).extracting(entry -> entry.action())
                .containsExactly("EXPECTED", "SUBMITTED", "RETURNED", "RESUBMITTED");
    }

    @Test
    void onlyASubmittedReportIsReturnedOrAccepted() {
        UnitReport report = GoldenReports.officeFinalReport();
        refused(() -> report.accept(ON_TIME, GoldenReports.OFFICE), "report-not-submitted", "chưa nộp");
        refused(() -> report.returnForRevision("Thiếu", ON_TIME, GoldenReports.OFFICE), "report-not-submitted", "chưa nộp");

        report.submit(GoldenReports.RESULTS, null, ON_TIME, GoldenReports.OFFICER);
        refused(() -> report.returnForRevision(" ", ON_TIME, GoldenReports.OFFICE), "comment-required", "lý do");
        report.accept(ON_TIME.plusSeconds(60), GoldenReports.OFFICE);

        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        refused(() -> report.submit(GoldenReports.RESULTS, null, ON_TIME, GoldenReports.OFFICER), "report-already-submitted",
                "chấp nhận");
        refused(() -> report.returnForRevision("Muộn", ON_TIME, GoldenReports.OFFICE), "report-not-submitted", "chấp nhận");
    }

    @Test
    void submittedAndAcceptedCountAsHandedInButReturnedDoesNot() {
        assertThat(ReportStatus.values()).filteredOn(ReportStatus::countsAsSubmitted)
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED);
    }

    private static void refused(Executable command, String code, String messagePart) {
        assertThatThrownBy(command::execute).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}
