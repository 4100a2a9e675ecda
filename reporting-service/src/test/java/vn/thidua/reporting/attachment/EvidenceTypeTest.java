package vn.thidua.reporting.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.thidua.eventing.web.DomainException;

/** Evidence types come from the bytes, never from the name or the declared type. */
class EvidenceTypeTest {

    @Test
    void eachAllowedTypeIsRecognisedFromItsOwnBytes() {
        assertThat(EvidenceType.sniff(EvidenceSamples.pdf("báo cáo"))).contains(EvidenceType.PDF);
        assertThat(EvidenceType.sniff(EvidenceSamples.png())).contains(EvidenceType.PNG);
        assertThat(EvidenceType.sniff(EvidenceSamples.jpeg())).contains(EvidenceType.JPEG);
        assertThat(EvidenceType.sniff(EvidenceSamples.docx())).contains(EvidenceType.DOCX);
        assertThat(EvidenceType.sniff(EvidenceSamples.xlsx())).contains(EvidenceType.XLSX);
    }

    @Test
    void otherContentIsRefusedWhateverItIsCalled() {
        assertThat(EvidenceType.sniff("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(EvidenceType.sniff("<html><body>báo cáo</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceType.sniff(EvidenceSamples.plainZip())).isEmpty();
        assertThat(EvidenceType.sniff(new byte[] { '%', 'P', 'D' })).isEmpty();
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
        assertThat(file.type()).isEqualTo(EvidenceType.PDF);
        assertThat(file.sha256()).hasSize(64).matches("[0-9a-f]+");
        assertThat(EvidenceFile.of(null, EvidenceSamples.png()).fileName()).isEqualTo("minh-chung.png");
    }

    @Test
    void theDownloadNamesTheFileInUtf8WithAnAsciiFallback() {
        assertThat(AttachmentController.contentDisposition("Đề án số 2.pdf")).isEqualTo(
                "attachment; filename=\"De an so 2.pdf\"; filename*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20s%E1%BB%91%202.pdf");
    }
}
