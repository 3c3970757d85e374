package dev.exobindings.simulator.http;

import javax.crypto.Cipher;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * The simulator's RSA key for the {@code $PublicKey} line of the module (2048-bit, exponent AQAB), in the .NET
 * RSAKeyValue XML form. The private half stays in memory so encrypted parameter values could be read back.
 */
public final class ModuleKey {
    private final KeyPair keyPair;

    private ModuleKey(KeyPair keyPair) {
        this.keyPair = keyPair;
    }

    /** A fresh key. */
    public static ModuleKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return new ModuleKey(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK offers no RSA key generator", e);
        }
    }

    /** {@code <RSAKeyValue><Modulus>…</Modulus><Exponent>AQAB</Exponent></RSAKeyValue>}. */
    public String publicKeyXml() {
        RSAPublicKey key = (RSAPublicKey) keyPair.getPublic();
        return "<RSAKeyValue><Modulus>" + unsignedBase64(key.getModulus()) + "</Modulus><Exponent>"
                + unsignedBase64(key.getPublicExponent()) + "</Exponent></RSAKeyValue>";
    }

    /** The private key, for decrypting values clients encrypted with the public key. */
    public PrivateKey privateKey() {
        return keyPair.getPrivate();
    }

    /**
     * Decrypts a value a client encrypted with the public key as the module does (UTF-8 bytes, RSA PKCS#1 v1.5,
     * base64).
     *
     * @throws IllegalArgumentException when the value is not base64 or not encrypted with this key
     */
    public String decrypt(String base64) {
        try {
            Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
            cipher.init(Cipher.DECRYPT_MODE, keyPair.getPrivate());
            return new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the value is not base64 RSA PKCS#1 v1.5 ciphertext for this"
                    + " simulator's $PublicKey", e);
        }
    }

    private static String unsignedBase64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }
}
