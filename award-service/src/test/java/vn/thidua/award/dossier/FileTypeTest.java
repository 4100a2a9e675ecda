package vn.thidua.award.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The dossier recognises files by their content, whatever their name says. */
class FileTypeTest {

    @Test
    void acceptedTypesAreRecognisedByTheirMagicBytes() {
        assertThat(FileType.detect(Samples.pdf())).contains(FileType.PDF);
        assertThat(FileType.detect(Samples.png())).contains(FileType.PNG);
        assertThat(FileType.detect(Samples.jpeg())).contains(FileType.JPEG);
        assertThat(FileType.detect(Samples.docx("Biên bản họp xét"))).contains(FileType.DOCX);
        assertThat(FileType.detect(Samples.xlsx())).contains(FileType.XLSX);
    }

    @Test
    void anythingElseIsRefusedEvenAZipOrAProgramNamedLikeADocument() {
        assertThat(FileType.detect(Samples.exe())).isEmpty();
        assertThat(FileType.detect(Samples.zip())).as("a ZIP without an Office main part").isEmpty();
        assertThat(FileType.detect("PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.detect("Họ và tên;Danh hiệu".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect(new byte[] {'%', 'P'})).as("shorter than the magic").isEmpty();
    }
}
