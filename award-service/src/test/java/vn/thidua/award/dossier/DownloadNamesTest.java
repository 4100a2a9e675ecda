package vn.thidua.award.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Vietnamese file names survive the download header, with an ASCII fallback. */
class DownloadNamesTest {

    @Test
    void vietnameseNamesAreEncodedPerRfc5987WithAnAsciiFallback() {
        String header = DownloadNames.attachment("Biên bản họp xét – Đội 1.pdf");

        assertThat(header).isEqualTo("attachment; filename=\"Bien ban hop xet _ Doi 1.pdf\"; "
                + "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20x%C3%A9t%20%E2%80%93%20%C4%90%E1%BB%99i%201.pdf");
        String encoded = header.substring(header.indexOf("''") + 2);
        assertThat(URLDecoder.decode(encoded, StandardCharsets.UTF_8)).isEqualTo("Biên bản họp xét – Đội 1.pdf");
    }

    @Test
    void quotesAndSeparatorsCannotBreakTheHeader() {
        String header = DownloadNames.inline("a\"b;c\\d*e.pdf");

        assertThat(header).startsWith("inline; filename=\"a_b;c_d*e.pdf\"; filename*=UTF-8''a%22b%3Bc%5Cd%2Ae.pdf");
    }

    @Test
    void uploadedNamesLoseTheirPathAndControlCharacters() {
        assertThat(DossierService.cleanName("C:\\Users\\vp\\Biên bản.pdf", DossierItem.UNIT_MINUTES))
                .isEqualTo("Biên bản.pdf");
        assertThat(DossierService.cleanName("../../etc/passwd\u0000.pdf", DossierItem.EVIDENCE)).isEqualTo("passwd.pdf");
        assertThat(DossierService.cleanName("  ", DossierItem.UNIT_MINUTES)).isEqualTo("unit-minutes");
        assertThat(DossierService.cleanName("x".repeat(300) + ".pdf", DossierItem.EVIDENCE)).hasSize(200)
                .endsWith(".pdf");
    }
}
