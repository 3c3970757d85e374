package dev.exobindings.runtime.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The made-up certificate fixtures under src/test/resources/auth (see the README there). */
final class TestResources {
    static final char[] PASSWORD = "test-password".toCharArray();
    /** SHA-1 thumbprint of test-app-cert.pem as printed by {@code openssl x509 -fingerprint -sha1}. */
    static final String THUMBPRINT = "260675A9E38702215A3C44CB3D6D31B73F1803D8";
    /** SHA-256 fingerprint of the same certificate as printed by {@code keytool -list}. */
    static final String SHA256_FINGERPRINT = "8683C8CABA8F2D248250693C1979345899622" + "9FCE4F757190B323661EA516D97";

    private TestResources() {
    }

    static InputStream stream(String name) {
        InputStream in = TestResources.class.getResourceAsStream("/auth/" + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource auth/" + name);
        }
        return in;
    }

    static String text(String name) {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
