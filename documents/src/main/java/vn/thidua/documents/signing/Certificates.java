package vn.thidua.documents.signing;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** How certificates are named and classed in signatures and their verification. */
final class Certificates {

    private Certificates() {
    }

    /** The subject with readable Vietnamese (the JDK's RFC 2253 form escapes it). */
    static String subject(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getSubjectX500Principal().getEncoded()).toString();
    }

    static String issuer(X509Certificate certificate) {
        return X500Name.getInstance(BCStyle.INSTANCE, certificate.getIssuerX500Principal().getEncoded()).toString();
    }

    /** Issued by itself: the issuer is the subject and its own key verifies it. */
    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("Cannot encode the certificate", e);
        }
    }
}
