package vn.thidua.campaign.reading;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.thidua.eventing.web.DomainException;

/**
 * The text of a letter as sent: a plain-text body or an uploaded .txt or .docx file. A DOCX is
 * read paragraph by paragraph; its layout tables (the two-column header and signature block of
 * Decree 30) cell by cell, left column first, as the letter is read by a person.
 */
final class LetterFiles {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final byte[] ZIP = { 'P', 'K', 3, 4 };

    private LetterFiles() {
    }

    /** The text of an uploaded file, by its name or type: .docx, or .txt (UTF-8, or UTF-16 with a byte order mark). */
    static String text(byte[] content, String filename, String contentType) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") || type.startsWith(DOCX)) {
            return docx(content);
        }
        if (name.endsWith(".txt") || type.startsWith("text/plain") || name.isEmpty() && !startsWith(content, ZIP)) {
            return plain(content, null);
        }
        throw ReadingRefusal.unsupported("Chỉ đọc được tệp .txt hoặc .docx; tệp “" + filename
                + "” không thuộc loại này (tệp .doc, .pdf cần lưu lại thành .docx hoặc dán nội dung dạng văn bản).");
    }

    /** Text bytes in the given charset, or by their byte order mark, else UTF-8; refuses bytes that are not text. */
    static String plain(byte[] content, Charset declared) {
        Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
        int skip = 0;
        if (startsWith(content, new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF })) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(content, new byte[] { (byte) 0xFF, (byte) 0xFE })) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(content, new byte[] { (byte) 0xFE, (byte) 0xFF })) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, skip, content.length - skip)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.invalid("unreadable-letter", "Nội dung không phải văn bản " + charset.name()
                    + " hợp lệ. Văn bản gõ bằng bảng mã cũ (TCVN3, VNI) cần chuyển sang Unicode trước khi gửi.");
        }
    }

    private static String docx(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder text = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                append(element, text);
            }
            return text.toString();
        } catch (IOException | RuntimeException unreadable) {
            throw DomainException.invalid("unreadable-letter",
                    "Không đọc được tệp .docx: tệp bị hỏng hoặc không phải văn bản Word (.docx).");
        }
    }

    private static void append(IBodyElement element, StringBuilder text) {
        if (element instanceof XWPFParagraph paragraph) {
            text.append(paragraph.getText()).append('\n');
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        append(inner, text);
                    }
                    text.append('\n');
                }
            }
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
