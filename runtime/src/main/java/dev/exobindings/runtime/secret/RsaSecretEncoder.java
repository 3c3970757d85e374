package dev.exobindings.runtime.secret;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Cipher;

/**
 * Encrypts SecureString/PSCredential values the way the Exchange Online module does: RSA with PKCS#1 v1.5 padding
 * under the public key shipped in the tenant's module ({@code $PublicKey}), base64 of the cipher text.
 *
 * <pre>{@code
 * SecretEncoder secrets = RsaSecretEncoder.fromModuleFile(psm1Text);          // key from the EXOModuleFile
 * SecretEncoder secrets = RsaSecretEncoder.fromRsaKeyValueXml("<RSAKeyValue>…</RSAKeyValue>");
 * }</pre>
 * Thread-safe. {@link #toString()} shows the key size and a fingerprint, never clear text.
 */
public final class RsaSecretEncoder implements SecretEncoder {
    private static final String TRANSFORMATION = "RSA/ECB/PKCS1Padding";
    /** PKCS#1 v1.5 padding takes 11 bytes of each block. */
    private static final int PADDING_BYTES = 11;

    private final RSAPublicKey key;

    private RsaSecretEncoder(RSAPublicKey key) {
        this.key = key;
    }

    /**
     * From the .NET XML form {@code <RSAKeyValue><Modulus>base64</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>}.
     *
     * @throws IllegalArgumentException naming the element that is missing or malformed
     */
    public static RsaSecretEncoder fromRsaKeyValueXml(String xml) {
        return new RsaSecretEncoder(RsaKeys.fromRsaKeyValueXml(xml, "the RSAKeyValue XML"));
    }

    /**
     * From the text of the module the service generates for the tenant (the psm1 returned by
     * {@code GET /AdminApi/v1.0/{tenant}/EXOModuleFile}): finds the {@code $PublicKey = '<RSAKeyValue>…'}
     * assignment. The key rotates; refresh it from a new module file now and then.
     *
     * @throws IllegalArgumentException when the text has no such assignment, or (with its line) when it is malformed
     */
    public static RsaSecretEncoder fromModuleFile(String psm1Text) {
        return new RsaSecretEncoder(ModulePublicKey.find(psm1Text));
    }

    /** From a JDK public key, which must be RSA. */
    public static RsaSecretEncoder fromPublicKey(PublicKey publicKey) {
        Objects.requireNonNull(publicKey, "publicKey");
        if (!(publicKey instanceof RSAPublicKey rsa)) {
            throw new IllegalArgumentException("The public key is " + publicKey.getAlgorithm()
                    + "; the service's secrets are encrypted with an RSA key");
        }
        return new RsaSecretEncoder(RsaKeys.checked(rsa, "the public key"));
    }

    /**
     * From PEM text: {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo), {@code BEGIN RSA PUBLIC KEY} (PKCS#1)
     * or {@code BEGIN CERTIFICATE}.
     */
    public static RsaSecretEncoder fromPem(String pem) {
        return new RsaSecretEncoder(RsaKeys.fromPem(pem));
    }

    @Override
    public String encode(byte[] utf8ClearText) {
        Objects.requireNonNull(utf8ClearText, "utf8ClearText");
        int limit = key.getModulus().bitLength() / 8 - PADDING_BYTES;
        if (utf8ClearText.length > limit) {
            throw new IllegalArgumentException("The secret is " + utf8ClearText.length + " bytes in UTF-8; RSA-"
                    + key.getModulus().bitLength() + " with PKCS#1 v1.5 padding carries at most " + limit
                    + " bytes, as in the Exchange Online module");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key);
            return Base64.getEncoder().encodeToString(cipher.doFinal(utf8ClearText));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK cannot encrypt with " + TRANSFORMATION + " ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** The public key in use. */
    public RSAPublicKey publicKey() {
        return key;
    }

    /** First 16 hex digits of SHA-256 over the modulus: tells keys apart in logs when the module key rotates. */
    public String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getModulus().toByteArray());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    @Override
    public String toString() {
        return "RsaSecretEncoder[RSA-" + key.getModulus().bitLength() + ", fingerprint=" + fingerprint() + "]";
    }
}
