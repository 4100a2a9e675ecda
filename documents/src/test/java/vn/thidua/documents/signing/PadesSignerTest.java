package vn.thidua.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.thidua.documents.PdfLetterRenderer;
import vn.thidua.documents.SeedLetter;

class PadesSignerTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-03-02T02:15:00Z");

    private static SigningCredentials credentials;
    private static byte[] letter;
    private static byte[] signed;

    private final PadesVerifier verifier = new PadesVerifier();

    @BeforeAll
    static void signTheSeedLetter() {
        credentials = SigningCredentials.selfSigned("Sở Tài nguyên và Môi trường", "UBND tỉnh Kon Tum",
                SIGNED_AT.minus(Duration.ofDays(1)), Duration.ofDays(3650));
        letter = new PdfLetterRenderer().render(SeedLetter.numbered());
        signed = new PadesSigner().sign(letter, credentials, new SignatureDetails(
                "Nguyễn Văn Lộc – Giám đốc Sở Tài nguyên và Môi trường",
                "Phê duyệt công văn phát động phong trào thi đua", "Kon Tum", SIGNED_AT));
        try {
            // For a look with another verifier, e.g. poppler's `pdfsig target/signed-seed-letter.pdf`.
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target/signed-seed-letter.pdf"), signed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aSignedLetterVerifies() {
        SignatureVerification result = verifier.verify(signed);

        assertThat(result.problems()).isEmpty();
        assertThat(result.valid()).isTrue();
        assertThat(result.coversWholeDocument()).isTrue();
        assertThat(result.digestMatches()).isTrue();
        assertThat(result.signatureValid()).isTrue();
        assertThat(result.certificateBound()).isTrue();
        assertThat(result.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(result.signedAt()).isEqualTo(SIGNED_AT);
        assertThat(result.signerSubject()).contains("CN=Sở Tài nguyên và Môi trường")
                .contains("OU=" + SigningCredentials.SELF_SIGNED_NOTICE).contains("C=VN");
        assertThat(result.selfSigned()).isTrue();
        assertThat(result.certificateValidAtSigning()).isTrue();
        assertThat(result.serialNumber()).isEqualTo(credentials.certificate().getSerialNumber());
    }

    @Test
    void theSignatureIsAnIncrementalUpdateWithVietnameseDetails() throws IOException {
        assertThat(Arrays.copyOf(signed, letter.length)).as("the original bytes are kept").isEqualTo(letter);
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getSignatureDictionaries().getFirst();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getName()).isEqualTo("Nguyễn Văn Lộc – Giám đốc Sở Tài nguyên và Môi trường");
            assertThat(signature.getReason()).isEqualTo("Phê duyệt công văn phát động phong trào thi đua");
            assertThat(signature.getLocation()).isEqualTo("Kon Tum");
            assertThat(document.getSignatureFields()).hasSize(1);
        }
    }

    @Test
    void theCmsIsPadesBaselineWithSigningCertificateV2AndNoSigningTime() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getSignatureDictionaries().getFirst();
            CMSSignedData cms = PadesVerifier.cms(signature.getSignedContent(signed), signature.getContents(signed));
            assertThat(cms.isDetachedSignature()).isTrue();
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1");
            assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.contentType)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime)).isNull();
        }
    }

    @Test
    void aByteChangedAfterSigningFailsVerification() {
        byte[] tampered = signed.clone();
        int at = letter.length / 2;
        tampered[at] = (byte) (tampered[at] ^ 0x01);

        SignatureVerification result = verifier.verify(tampered);

        assertThat(result.valid()).isFalse();
        assertThat(result.digestMatches()).isFalse();
        assertThat(result.problems()).anyMatch(p -> p.contains("đã bị sửa sau khi ký"));
    }

    @Test
    void contentAppendedAfterSigningIsNotCovered() {
        byte[] appended = (new String(signed, StandardCharsets.ISO_8859_1) + "\n% thêm sau khi ký\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        SignatureVerification result = verifier.verify(appended);

        assertThat(result.valid()).isFalse();
        assertThat(result.coversWholeDocument()).isFalse();
        assertThat(result.digestMatches()).isTrue();
    }

    @Test
    void anUnsignedLetterIsNotValid() {
        SignatureVerification result = verifier.verify(letter);

        assertThat(result.signed()).isFalse();
        assertThat(result.valid()).isFalse();
        assertThat(result.problems()).containsExactly("Tệp PDF không có chữ ký số.");
        assertThat(verifier.verify("không phải PDF".getBytes(StandardCharsets.UTF_8)).valid()).isFalse();
    }

    @Test
    void theSignedLetterStillReadsBackWithItsDiacritics() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "Số: 125/STNMT-VP", "Kon Tum, ngày 05 tháng 10 năm 2021", SeedLetter.SUBJECT,
                    "Thi đua đẩy mạnh ứng dụng công nghệ thông tin", "Nơi nhận:", "Lưu: VT, VP.", "Nguyễn Văn Lộc");
        }
    }

    @Test
    void credentialsRoundTripThroughPkcs12AndHideTheKey() {
        char[] password = "mật-khẩu-thử".toCharArray();
        byte[] keystore = credentials.toPkcs12(password, "snnmt");

        SigningCredentials read = SigningCredentials.fromPkcs12(new ByteArrayInputStream(keystore), password, null);
        assertThat(read.certificate()).isEqualTo(credentials.certificate());
        assertThat(read.toString()).contains("hidden").doesNotContain(read.privateKey().toString());
        assertThat(verifier.verify(new PadesSigner().sign(letter, read,
                new SignatureDetails("Người ký", "Thử", "Huế", SIGNED_AT))).valid()).isTrue();

        assertThatThrownBy(() -> SigningCredentials.fromPkcs12(keystore, "sai".toCharArray(), "snnmt"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("mật-khẩu-thử");
        assertThatThrownBy(() -> SigningCredentials.fromPkcs12(keystore, password, "khac"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("khac");
    }
}
