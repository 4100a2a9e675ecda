package vn.thidua.documents.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B-B: an incremental update adds an invisible signature field whose
 * value is a detached CMS signature (SubFilter {@code ETSI.CAdES.detached}) over the whole file but
 * the signature itself, SHA-256, with the ESS signing-certificate-v2 attribute binding the signer's
 * certificate and no CMS signing-time (PAdES keeps the claimed time in the dictionary's /M).
 * The original bytes stay as they were, so any PDF reader shows and verifies the signature.
 * Thread-safe.
 */
public final class PadesSigner {

    public static final COSName ETSI_CADES_DETACHED = COSName.getPDFName("ETSI.CAdES.detached");

    /** Room reserved for the CMS: a chain of a few RSA-4096 certificates fits. */
    private static final int SIGNATURE_SIZE = 32 * 1024;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public byte[] sign(byte[] pdf, SigningCredentials credentials, SignatureDetails details) {
        try (PDDocument document = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(ETSI_CADES_DETACHED);
            signature.setName(details.signerName());
            signature.setReason(details.reason());
            signature.setLocation(details.location());
            Calendar signedAt = GregorianCalendar.from(details.signedAt().atZone(VIETNAM));
            signature.setSignDate(signedAt);
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            document.addSignature(signature, content -> cms(content, credentials), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 8 * 1024);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }

    /** The detached CMS SignedData over the bytes PDFBox hands over (the file without /Contents). */
    private static byte[] cms(InputStream content, SigningCredentials credentials) throws IOException {
        try {
            X509Certificate certificate = credentials.certificate();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes(certificate))
                    .build(new JcaContentSignerBuilder(algorithm(credentials)).build(credentials.privateKey()),
                            certificate));
            generator.addCertificates(new JcaCertStore(credentials.chain()));
            return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded("DER");
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot create the CMS signature", e);
        }
    }

    /** content-type, message-digest and signing-certificate-v2; the generator's signing-time removed. */
    private static CMSAttributeTableGenerator signedAttributes(X509Certificate certificate)
            throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Certificates.encoded(certificate));
        IssuerSerial issuerSerial = new IssuerSerial(
                new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        SigningCertificateV2 signingCertificate = new SigningCertificateV2(
                new ESSCertIDv2[] {new ESSCertIDv2(hash, issuerSerial)});
        ASN1EncodableVector attributes = new ASN1EncodableVector();
        attributes.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(signingCertificate)));
        return new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
            @Override
            public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
                return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
            }
        };
    }

    private static String algorithm(SigningCredentials credentials) {
        return switch (credentials.privateKey().getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            default -> throw new IllegalArgumentException(
                    "Unsupported signing key " + credentials.privateKey().getAlgorithm() + "; use RSA or EC");
        };
    }
}
