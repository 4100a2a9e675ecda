package vn.thidua.documents.signing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A signer's private key and certificate chain (the signer's certificate first), as an agency's
 * PKCS#12 keystore holds them. {@link #toString()} never shows the key.
 */
public final class SigningCredentials {

    /** What the subject of a generated certificate says, so nobody mistakes it for a real one. */
    public static final String SELF_SIGNED_NOTICE = "Chứng thư tự ký – chỉ dùng thử nghiệm";

    private static final int RSA_BITS = 2048;

    private final PrivateKey privateKey;
    private final List<X509Certificate> chain;

    public SigningCredentials(PrivateKey privateKey, List<X509Certificate> chain) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.chain = List.copyOf(chain);
        if (this.chain.isEmpty()) {
            throw new IllegalArgumentException("A signer needs its certificate");
        }
    }

    /**
     * The key entry {@code alias} of a PKCS#12 keystore; the only key entry when alias is null or blank.
     *
     * @throws IllegalArgumentException when the keystore cannot be read or has no such key entry
     */
    public static SigningCredentials fromPkcs12(InputStream keystore, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(keystore, password);
            String entry = alias == null || alias.isBlank() ? onlyKeyEntry(store) : alias.strip();
            if (!store.isKeyEntry(entry)) {
                throw new IllegalArgumentException("The keystore has no key entry named " + entry);
            }
            PrivateKey key = (PrivateKey) store.getKey(entry, password);
            Certificate[] certificates = store.getCertificateChain(entry);
            if (certificates == null || certificates.length == 0) {
                throw new IllegalArgumentException("The key entry " + entry + " has no certificate");
            }
            return new SigningCredentials(key,
                    Arrays.stream(certificates).map(X509Certificate.class::cast).toList());
        } catch (IOException | GeneralSecurityException e) {
            // The cause may say the password was wrong, never what it was.
            throw new IllegalArgumentException("Cannot read the signing keystore: " + e.getMessage(), e);
        }
    }

    public static SigningCredentials fromPkcs12(byte[] keystore, char[] password, String alias) {
        return fromPkcs12(new ByteArrayInputStream(keystore), password, alias);
    }

    private static String onlyKeyEntry(KeyStore store) throws GeneralSecurityException {
        List<String> keys = Collections.list(store.aliases()).stream().filter(alias -> {
            try {
                return store.isKeyEntry(alias);
            } catch (GeneralSecurityException e) {
                return false;
            }
        }).toList();
        if (keys.size() != 1) {
            throw new IllegalArgumentException("The keystore holds " + keys.size() + " keys; name the alias to use");
        }
        return keys.getFirst();
    }

    /**
     * A new RSA key with a self-signed certificate whose subject says it is for trials only
     * (OU = {@value #SELF_SIGNED_NOTICE}), valid from {@code notBefore} for {@code validity}.
     *
     * @param commonName   the signer, e.g. the agency's name "Sở Nông nghiệp và Môi trường"
     * @param organisation the body above it, e.g. "UBND tỉnh Quảng Ngãi"; may be null
     */
    public static SigningCredentials selfSigned(String commonName, String organisation, Instant notBefore,
            Duration validity) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X500NameBuilder name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
            if (organisation != null && !organisation.isBlank()) {
                name.addRDN(BCStyle.O, organisation.strip());
            }
            X500Name subject = name.addRDN(BCStyle.OU, SELF_SIGNED_NOTICE).addRDN(BCStyle.CN, commonName.strip())
                    .build();
            BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, Date.from(notBefore),
                    Date.from(notBefore.plus(validity)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningCredentials(pair.getPrivate(), List.of(certificate));
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("Cannot generate a self-signed signing certificate", e);
        }
    }

    /** These credentials as a PKCS#12 keystore protected by {@code password}, under {@code alias}. */
    public byte[] toPkcs12(char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, chain.toArray(Certificate[]::new));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the signing keystore", e);
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The signer certificate's subject, e.g. "C=VN,O=UBND tỉnh Quảng Ngãi,OU=…,CN=Sở …". */
    public String subject() {
        return Certificates.subject(certificate());
    }

    public boolean isSelfSigned() {
        return Certificates.isSelfSigned(certificate());
    }

    @Override
    public String toString() {
        return "SigningCredentials[" + subject() + ", key " + privateKey.getAlgorithm() + " (hidden)]";
    }
}
