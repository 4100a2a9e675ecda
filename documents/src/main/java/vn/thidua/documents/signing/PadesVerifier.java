package vn.thidua.documents.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Verifies the last signature of a PDF as {@link PadesSigner} makes them (and as other PAdES
 * signers do): the byte range, the SHA-256 digest, the CMS signature and the signing certificate.
 * Never throws on a bad file: whatever is wrong is a problem in the result. Thread-safe.
 */
public final class PadesVerifier {

    public SignatureVerification verify(byte[] pdf) {
        PDSignature signature;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return SignatureVerification.unsigned("Tệp PDF không có chữ ký số.");
            }
            signature = signatures.getLast();
            return verify(pdf, signature);
        } catch (IOException | RuntimeException e) {
            return SignatureVerification.unsigned("Không đọc được tệp PDF hoặc chữ ký số của tệp.");
        }
    }

    private static SignatureVerification verify(byte[] pdf, PDSignature signature) throws IOException {
        List<String> problems = new ArrayList<>();
        int[] range = signature.getByteRange();
        boolean coversWhole = coversWholeDocument(pdf, range);
        if (!coversWhole) {
            problems.add("Chữ ký không bao trùm toàn bộ tệp: tệp đã bị thêm nội dung sau khi ký.");
        }
        String subFilter = signature.getSubFilter();
        if (!PadesSigner.ETSI_CADES_DETACHED.getName().equals(subFilter)) {
            problems.add("Chữ ký không theo định dạng PAdES (ETSI.CAdES.detached): " + subFilter + ".");
        }
        Instant signedAt = signature.getSignDate() == null ? null : signature.getSignDate().toInstant();
        CMSSignedData cms;
        SignerInformation signer;
        X509CertificateHolder holder;
        try {
            cms = cms(signedContent(pdf, range), signature.getContents(pdf));
            signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
            holder = matches.iterator().next();
        } catch (CMSException | RuntimeException e) {
            problems.add("Không đọc được dữ liệu chữ ký (CMS) hoặc chứng thư của người ký.");
            return new SignatureVerification(true, coversWhole, false, false, false, subFilter, null, null, null,
                    signedAt, false, false, problems);
        }
        X509Certificate certificate;
        try {
            certificate = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new IOException("Unreadable signer certificate", e);
        }
        boolean sha256 = NISTObjectIdentifiers.id_sha256.getId().equals(signer.getDigestAlgOID());
        if (!sha256) {
            problems.add("Chữ ký không dùng thuật toán băm SHA-256.");
        }
        boolean digestMatches = digestMatches(pdf, range, signer);
        if (!digestMatches) {
            problems.add("Mã băm của tệp không khớp với mã băm đã ký: tệp đã bị sửa sau khi ký.");
        }
        boolean signatureValid = signatureValid(signer, holder);
        if (!signatureValid) {
            problems.add("Chữ ký không hợp lệ với khóa công khai trong chứng thư của người ký.");
        }
        boolean bound = certificateBound(signer, holder);
        if (!bound) {
            problems.add("Thuộc tính signing-certificate-v2 không có hoặc không chỉ đúng chứng thư của người ký.");
        }
        boolean validAtSigning = signedAt != null && holder.isValidOn(Date.from(signedAt));
        return new SignatureVerification(true, coversWhole, digestMatches, signatureValid, bound, subFilter,
                Certificates.subject(certificate), Certificates.issuer(certificate), certificate.getSerialNumber(),
                signedAt, Certificates.isSelfSigned(certificate), validAtSigning, problems);
    }

    /**
     * The CMS of /Contents, which is padded with zeros to the room reserved for it: only the first
     * DER object is read (BouncyCastle refuses trailing bytes otherwise).
     */
    static CMSSignedData cms(byte[] signedContent, byte[] contents) throws CMSException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return new CMSSignedData(new CMSProcessableByteArray(signedContent), ContentInfo.getInstance(in.readObject()));
        } catch (IOException e) {
            throw new CMSException("Unreadable CMS", e);
        }
    }

    /** [0, a, b, c] with b + c the file's length, the gap being exactly the hex string of /Contents. */
    static boolean coversWholeDocument(byte[] pdf, int[] range) {
        if (range == null || range.length != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1]
                || range[3] < 0 || (long) range[2] + range[3] != pdf.length) {
            return false;
        }
        return pdf[range[1]] == '<' && pdf[range[2] - 1] == '>';
    }

    private static byte[] signedContent(byte[] pdf, int[] range) {
        if (range == null || range.length != 4 || (long) range[0] + range[1] > pdf.length
                || (long) range[2] + range[3] > pdf.length) {
            throw new IllegalArgumentException("The byte range lies outside the file");
        }
        byte[] content = new byte[range[1] + range[3]];
        System.arraycopy(pdf, range[0], content, 0, range[1]);
        System.arraycopy(pdf, range[2], content, range[1], range[3]);
        return content;
    }

    private static boolean digestMatches(byte[] pdf, int[] range, SignerInformation signer) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute messageDigest = signed == null ? null : signed.get(CMSAttributes.messageDigest);
        if (messageDigest == null) {
            return false;
        }
        try {
            byte[] actual = MessageDigest.getInstance("SHA-256").digest(signedContent(pdf, range));
            byte[] claimed = ASN1OctetString.getInstance(messageDigest.getAttrValues().getObjectAt(0)).getOctets();
            return MessageDigest.isEqual(actual, claimed);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    /** The signature over the signed attributes (the digest is checked again by BouncyCastle). */
    private static boolean signatureValid(SignerInformation signer, X509CertificateHolder holder) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean certificateBound(SignerInformation signer, X509CertificateHolder holder) {
        AttributeTable signed = signer.getSignedAttributes();
        Attribute attribute = signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return false;
        }
        try {
            ESSCertIDv2[] ids = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
            if (ids.length == 0) {
                return false;
            }
            ESSCertIDv2 first = ids[0];
            String algorithm = first.getHashAlgorithm().getAlgorithm().getId();
            String jcaName = NISTObjectIdentifiers.id_sha256.getId().equals(algorithm) ? "SHA-256"
                    : NISTObjectIdentifiers.id_sha384.getId().equals(algorithm) ? "SHA-384"
                    : NISTObjectIdentifiers.id_sha512.getId().equals(algorithm) ? "SHA-512" : null;
            if (jcaName == null) {
                return false;
            }
            byte[] hash = MessageDigest.getInstance(jcaName).digest(holder.getEncoded());
            return Arrays.equals(hash, first.getCertHash());
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            return false;
        }
    }
}
