package vn.thidua.documents.signing;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

/**
 * What verifying a PDF's last signature found. {@link #valid()} holds when the signature covers the
 * whole file, the digest of the covered bytes matches the signed one, the signature verifies with
 * the signer's certificate, and that certificate is the one the signing-certificate-v2 attribute
 * names. Whether the certificate is trusted (a chain to a national root) is not judged here:
 * {@link #selfSigned()} says when it plainly is not.
 *
 * @param signed              the PDF carries a signature at all
 * @param coversWholeDocument the byte range runs from the first byte to the last, leaving out only the signature
 * @param digestMatches       the SHA-256 of the covered bytes equals the signed message digest
 * @param signatureValid      the signer's key verifies the signed attributes
 * @param certificateBound    the signing-certificate-v2 attribute names the signer's certificate
 * @param subFilter           e.g. ETSI.CAdES.detached
 * @param signerSubject       the signer certificate's subject
 * @param issuerSubject       its issuer
 * @param serialNumber        its serial number
 * @param signedAt            the claimed signing time (/M)
 * @param selfSigned          the certificate is issued by itself
 * @param certificateValidAtSigning the certificate was within its validity at the claimed time
 * @param problems            why it is not valid, in Vietnamese; empty when valid
 */
public record SignatureVerification(boolean signed, boolean coversWholeDocument, boolean digestMatches,
        boolean signatureValid, boolean certificateBound, String subFilter, String signerSubject, String issuerSubject,
        BigInteger serialNumber, Instant signedAt, boolean selfSigned, boolean certificateValidAtSigning,
        List<String> problems) {

    public SignatureVerification {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return signed && coversWholeDocument && digestMatches && signatureValid && certificateBound
                && problems.isEmpty();
    }

    static SignatureVerification unsigned(String problem) {
        return new SignatureVerification(false, false, false, false, false, null, null, null, null, null, false,
                false, List.of(problem));
    }
}
