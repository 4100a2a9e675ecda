package vn.thidua.reporting.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.documents.files.FileType;
import vn.thidua.eventing.web.DomainException;

/** An evidence file: its type from its own bytes (FileType, in documents), its name, its digest, its download name. */
class EvidenceFileTest {

    @Test
    void contentOfAnotherTypeIsRefusedWhateverItIsCalled() {
        assertThatThrownBy(() -> EvidenceFile.of("bao-cao.pdf", "không phải PDF".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("unsupported-attachment-type");
                    assertThat(e.status().value()).isEqualTo(415);
                });
    }

    @Test
    void theFileKeepsItsVietnameseNameWithoutPathAndGetsItsSha256() {
        EvidenceFile file = EvidenceFile.of("C:\\Users\\can-bo\\Biên bản họp.pdf", EvidenceSamples.pdf("x"));

        assertThat(file.fileName()).isEqualTo("Biên bản họp.pdf");
        assertThat(file.type()).isEqualTo(FileType.PDF);
        assertThat(file.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(EvidenceFile.of(null, EvidenceSamples.png()).fileName()).isEqualTo("minh-chung.png");
    }

    @Test
    void theDownloadNamesTheFileInUtf8WithAnAsciiFallback() {
        assertThat(AttachmentController.contentDisposition("Đề án số 2.pdf")).isEqualTo(
                "attachment; filename=\"De an so 2.pdf\"; filename*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20s%E1%BB%91%202.pdf");
    }
}
