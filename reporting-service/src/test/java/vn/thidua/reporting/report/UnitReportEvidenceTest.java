package vn.thidua.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.web.DomainException;

/** Evidence files on a report: added and removed while the unit prepares a version, kept with each version. */
class UnitReportEvidenceTest {

    private static final Instant AT = Instant.parse("2026-12-01T03:00:00Z");
    private static final Instant SUBMITTED = Instant.parse("2026-12-10T08:00:00Z");

    private final UnitReport report = GoldenReports.officeFinalReport();

    @Test
    void aSubmittedVersionListsTheFilesItWasHandedInWith() {
        report.attach(file("a1", null), 5, AT, GoldenReports.OFFICER);
        report.attach(file("a2", 2), 5, AT, GoldenReports.OFFICER);

        report.submit(GoldenReports.RESULTS, null, SUBMITTED, GoldenReports.OFFICER);

        assertThat(report.versions().getFirst().attachments()).extracting(Attachment::id).containsExactly("a1", "a2");
        assertThat(report.attachments()).extracting(Attachment::id).containsExactly("a1", "a2");
        assertThat(report.auditTrail()).extracting(AuditEntry::action)
                .containsExactly("EXPECTED", "ATTACHMENT_ADDED", "ATTACHMENT_ADDED", "SUBMITTED");
        assertThat(report.auditTrail().get(2).detail()).contains("cho nội dung số 2").contains("SHA-256 " + "f".repeat(64));
    }

    @Test
    void nothingChangesWhileTheReportAwaitsReviewOrIsAccepted() {
        report.submit(GoldenReports.RESULTS, null, SUBMITTED, GoldenReports.OFFICER);

        assertThatThrownBy(() -> report.attach(file("a1", null), 5, AT, GoldenReports.OFFICER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("report-not-editable"));
        report.accept(SUBMITTED, GoldenReports.OFFICE);
        assertThatThrownBy(() -> report.detach("a1", AT, GoldenReports.OFFICER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("report-not-editable"));
    }

    @Test
    void aReturnedReportMayDropAFileButTheVersionItWasSubmittedWithKeepsIt() {
        report.attach(file("a1", null), 5, AT, GoldenReports.OFFICER);
        report.submit(GoldenReports.RESULTS, null, SUBMITTED, GoldenReports.OFFICER);
        report.returnForRevision("Bổ sung biên bản.", SUBMITTED, GoldenReports.OFFICE);
        report.attach(file("a2", null), 5, SUBMITTED, GoldenReports.OFFICER);

        UnitReport.Detached submittedOne = report.detach("a1", SUBMITTED, GoldenReports.OFFICER);
        UnitReport.Detached draftOne = report.detach("a2", SUBMITTED, GoldenReports.OFFICER);

        assertThat(submittedOne.erasable()).isFalse();
        assertThat(draftOne.erasable()).isTrue();
        assertThat(report.attachments()).isEmpty();
        assertThat(report.versions().getFirst().attachments()).extracting(Attachment::id).containsExactly("a1");
        assertThat(report.attachment("a1")).isPresent();
        assertThat(report.attachment("a2")).isEmpty();
        assertThat(report.auditTrail().getLast().action()).isEqualTo("ATTACHMENT_REMOVED");
    }

    @Test
    void refusesAnUnknownContentAndMoreFilesThanTheLimit() {
        assertThatThrownBy(() -> report.attach(file("a1", 9), 5, AT, GoldenReports.OFFICER))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("unknown-content"));
        report.attach(file("a1", null), 1, AT, GoldenReports.OFFICER);
        assertThatThrownBy(() -> report.attach(file("a2", null), 1, AT, GoldenReports.OFFICER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("too-many-attachments"));
        assertThatThrownBy(() -> report.detach("none", AT, GoldenReports.OFFICER))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("attachment-not-found"));
    }

    private static Attachment file(String id, Integer contentNumber) {
        return new Attachment(id, "Minh chứng " + id + ".pdf", "application/pdf", 1234, "f".repeat(64), contentNumber,
                AT, "vp.snnmt");
    }
}
