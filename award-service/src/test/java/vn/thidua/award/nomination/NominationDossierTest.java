package vn.thidua.award.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.award.nomination.NominationPipelineTest.AT;
import static vn.thidua.award.nomination.NominationPipelineTest.SECRETARY;
import static vn.thidua.award.nomination.NominationPipelineTest.UNIT;
import static vn.thidua.award.nomination.NominationPipelineTest.assertRefused;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.thidua.award.dossier.DossierFile;
import vn.thidua.award.dossier.DossierIncomplete;
import vn.thidua.award.dossier.DossierItem;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.documents.files.FileType;

/**
 * The dossier on the nomination: files are added and removed while the unit may still change it,
 * each change audited; a submission lacking what the rules require names every missing item.
 */
class NominationDossierTest {

    static DossierFile file(String id, DossierItem item) {
        return new DossierFile(id, item, "Biên bản họp xét.pdf", FileType.PDF, 1024, "ab".repeat(32), "unit", AT);
    }

    @Test
    void filesAreAddedAndRemovedWhileTheDossierIsOpenEachChangeAudited() {
        Nomination nomination = NominationPipelineTest.draft();

        nomination.attach(file("f1", DossierItem.UNIT_MINUTES), UNIT, AT);
        nomination.attach(file("f2", DossierItem.EVIDENCE), UNIT, AT);

        assertThat(nomination.dossier()).extracting(DossierFile::id).containsExactly("f1", "f2");
        assertThat(nomination.auditTrail()).last().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("DOSSIER_FILE_ADDED");
            assertThat(entry.detail()).contains("Tài liệu minh chứng thành tích", "Biên bản họp xét.pdf", "ab".repeat(32));
            assertThat(entry.before()).isEqualTo("1 tệp");
            assertThat(entry.after()).isEqualTo("2 tệp");
        });

        assertThat(nomination.detach("f2", UNIT, AT).item()).isEqualTo(DossierItem.EVIDENCE);
        assertThat(nomination.dossier()).extracting(DossierFile::id).containsExactly("f1");
        assertThat(nomination.auditTrail()).last().extracting(AuditEntry::action).isEqualTo("DOSSIER_FILE_REMOVED");
        assertRefused(() -> nomination.detach("f9", UNIT, AT), 404, "dossier-file-not-found");
        assertThat(nomination.takeRaisedEvents()).as("dossier changes are not announced").isEmpty();
    }

    @Test
    void onceTheOfficeReceivedTheDossierItIsClosedUntilReturned() {
        Nomination nomination = NominationPipelineTest.received();
        int entries = nomination.auditTrail().size();

        assertRefused(() -> nomination.attach(file("f1", DossierItem.EVIDENCE), UNIT, AT), 409, "dossier-closed");
        assertThat(nomination.dossier()).isEmpty();
        assertThat(nomination.auditTrail()).hasSize(entries);

        nomination.returnToUnit(List.of("Thiếu biên bản họp xét của đơn vị"), SECRETARY, AT);
        nomination.attach(file("f1", DossierItem.UNIT_MINUTES), UNIT, AT);
        assertThat(nomination.dossier()).hasSize(1);
    }

    @Test
    void aSubmissionWithoutTheRequiredItemsNamesEachMissingOne() {
        Nomination nomination = NominationPipelineTest.draft();
        nomination.attach(file("f1", DossierItem.EVIDENCE), UNIT, AT);

        assertThatThrownBy(() -> nomination.ensureDossierHolds(List.of(DossierItem.ACHIEVEMENT_REPORT,
                DossierItem.UNIT_MINUTES, DossierItem.EVIDENCE)))
                .isInstanceOfSatisfying(DossierIncomplete.class, e -> {
                    assertThat(e.status().value()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("dossier-incomplete");
                    assertThat(e.missing()).extracting(DossierIncomplete.Missing::item)
                            .containsExactly(DossierItem.ACHIEVEMENT_REPORT, DossierItem.UNIT_MINUTES);
                    assertThat(e.missing()).extracting(DossierIncomplete.Missing::reason).containsExactly(
                            "Thiếu báo cáo thành tích có chữ ký, xác nhận trong hồ sơ đề nghị Giấy khen.",
                            "Thiếu biên bản họp xét của đơn vị trong hồ sơ đề nghị Giấy khen.");
                    assertThat(e.getMessage()).contains("còn thiếu: Báo cáo thành tích có chữ ký, xác nhận; "
                            + "Biên bản họp xét của đơn vị");
                });

        nomination.attach(file("f2", DossierItem.ACHIEVEMENT_REPORT), UNIT, AT);
        nomination.attach(file("f3", DossierItem.UNIT_MINUTES), UNIT, AT);
        nomination.ensureDossierHolds(List.of(DossierItem.ACHIEVEMENT_REPORT, DossierItem.UNIT_MINUTES));
        nomination.ensureDossierHolds(List.of());
    }
}
