package vn.thidua.documents.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Uploads are recognised by their content, whatever their name or declared type says. */
class FileTypeTest {

    @Test
    void eachAcceptedTypeIsRecognisedFromItsOwnBytes() throws IOException {
        assertThat(FileType.detect("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).contains(FileType.PDF);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13}))
                .contains(FileType.PNG);
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})).contains(FileType.JPEG);
        assertThat(FileType.detect(docx("Biên bản họp xét thi đua"))).contains(FileType.DOCX);
        assertThat(FileType.detect(xlsx())).contains(FileType.XLSX);
        assertThat(FileType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(FileType.XLSX.extension()).isEqualTo("xlsx");
    }

    @Test
    void anythingElseIsRefusedEvenAZipOrAProgramNamedLikeADocument() throws IOException {
        assertThat(FileType.detect("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.detect("<html><body>báo cáo</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileType.detect(plainZip())).as("a ZIP without an Office main part").isEmpty();
        assertThat(FileType.detect("PK\u0003\u0004 truncated".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect(new byte[] {'%', 'P'})).as("shorter than the magic").isEmpty();
    }

    private static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Danh sách").createRow(0).createCell(0).setCellValue("Họ và tên");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] plainZip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("không phải tài liệu Office".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
