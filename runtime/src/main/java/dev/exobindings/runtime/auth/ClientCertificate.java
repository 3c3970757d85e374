package dev.exobindings.runtime.auth;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * An app registration's certificate credential: RSA private key plus certificate chain (leaf first), loaded and
 * checked up front so that a wrong password or a mismatched key fails at startup, not at the first call.
 * {@link #toString()} shows the subject and thumbprint, never the key.
 */
record ClientCertificate(PrivateKey privateKey, List<X509Certificate> chain) {

    ClientCertificate {
        chain = List.copyOf(chain);
    }

    /** Loads the first key entry of a PKCS#12 (.pfx/.p12) file. */
    static ClientCertificate fromPkcs12(InputStream pfx, char[] password) {
        byte[] content;
        try {
            content = pfx.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the PKCS#12 certificate stream ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (content.length == 0) {
            // the usual cause: one InputStream passed for several credentials; the first one read it to the end
            throw new IllegalArgumentException("Cannot open the PKCS#12 certificate: the certificate stream is empty"
                    + " (already read?); open the file again, or pass its Path, for each credential");
        }
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(content), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) {
                throw new IllegalArgumentException("Cannot open the PKCS#12 certificate: the password is wrong");
            }
            throw new IllegalArgumentException("Cannot open the PKCS#12 certificate: it is not a readable .pfx/.p12 "
                    + "file or the password is wrong (" + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot open the PKCS#12 certificate (" + e.getClass().getSimpleName()
                    + "); export it again as a .pfx that includes the private key");
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof PrivateKey key) {
                    List<X509Certificate> chain = new ArrayList<>();
                    Certificate[] certificates = store.getCertificateChain(alias);
                    for (Certificate certificate : certificates == null ? new Certificate[0] : certificates) {
                        chain.add((X509Certificate) certificate);
                    }
                    return checked(key, chain, "the PKCS#12 file");
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot read the private key in the PKCS#12 certificate ("
                    + e.getClass().getSimpleName() + "); check the password");
        }
        throw new IllegalArgumentException("The PKCS#12 file holds no private key; export the certificate "
                + "together with its private key (.pfx)");
    }

    /** Loads a PEM private key (PKCS#8 {@code PRIVATE KEY} or PKCS#1 {@code RSA PRIVATE KEY}) and PEM certificate(s). */
    static ClientCertificate fromPem(String privateKeyPem, String certificatePem) {
        PrivateKey key = PemPrivateKeys.read(privateKeyPem);
        List<X509Certificate> chain = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Certificate certificate : factory.generateCertificates(
                    new ByteArrayInputStream(certificatePem.strip().getBytes(StandardCharsets.US_ASCII)))) {
                chain.add((X509Certificate) certificate);
            }
        } catch (CertificateException e) {
            throw new IllegalArgumentException("certificatePem is not a PEM certificate (expected "
                    + "-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----): " + e.getMessage());
        }
        return checked(key, chain, "certificatePem");
    }

    private static ClientCertificate checked(PrivateKey key, List<X509Certificate> chain, String source) {
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no certificate for the private key");
        }
        if (!"RSA".equals(key.getAlgorithm())) {
            throw new IllegalArgumentException("The certificate's private key is " + key.getAlgorithm()
                    + "; app registrations sign in with RSA certificates");
        }
        if (key instanceof RSAPrivateCrtKey rsa && chain.get(0).getPublicKey() instanceof RSAPublicKey pub
                && !rsa.getModulus().equals(pub.getModulus())) {
            throw new IllegalArgumentException("The private key does not belong to the certificate in " + source
                    + " (" + describe(chain.get(0)) + "); pass the key that was generated with this certificate");
        }
        return new ClientCertificate(key, chain);
    }

    /** The certificate's SHA-1 thumbprint, as the Entra portal shows it. */
    String thumbprint() {
        return thumbprint(chain.get(0));
    }

    private static String thumbprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(certificate.getEncoded()))
                    .toUpperCase(Locale.ROOT);
        } catch (GeneralSecurityException e) {
            return "?";
        }
    }

    private static String describe(X509Certificate certificate) {
        return "subject=" + certificate.getSubjectX500Principal().getName() + ", thumbprint=" + thumbprint(certificate);
    }

    @Override
    public String toString() {
        return "ClientCertificate[" + describe(chain.get(0)) + ", privateKey=<redacted>]";
    }
}
