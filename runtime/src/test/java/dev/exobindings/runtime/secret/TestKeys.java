package dev.exobindings.runtime.secret;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;

/** Test keys and the independent decryption the tests check against. */
final class TestKeys {
    private TestKeys() {
    }

    static KeyPair generateRsa2048() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** The .NET form: unsigned big-endian base64 of modulus and exponent. */
    static String rsaKeyValueXml(RSAPublicKey key) {
        return "<RSAKeyValue><Modulus>" + unsignedBase64(key.getModulus()) + "</Modulus><Exponent>"
                + unsignedBase64(key.getPublicExponent()) + "</Exponent></RSAKeyValue>";
    }

    static String unsignedBase64(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0 && bytes.length > 1) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** RSA PKCS#1 v1.5 decryption of the base64 text, as the service does it. */
    static String decrypt(PrivateKey key, String base64) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("RSA/ECB/PKCS1Padding");
        cipher.init(Cipher.DECRYPT_MODE, key);
        return new String(cipher.doFinal(Base64.getDecoder().decode(base64)), StandardCharsets.UTF_8);
    }

    static String resource(String path) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The private key of the test-app fixture, read with the JDK's KeyStore. */
    static PrivateKey testAppPrivateKey() throws Exception {
        try (InputStream in = TestKeys.class.getResourceAsStream("/auth/test-app.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, "test-password".toCharArray());
            return (PrivateKey) store.getKey("test-app", "test-password".toCharArray());
        }
    }
}
