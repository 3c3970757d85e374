package dev.exobindings.runtime.secret;

/**
 * Turns the clear text of a {@code SecureString}/{@code PSCredential} into the string sent on the wire.
 * The service expects RSA (PKCS#1 v1.5) encryption with the public key of the tenant's module, base64-encoded.
 */
@FunctionalInterface
public interface SecretEncoder {

    /** Encrypts UTF-8 bytes and returns the base64 text to send. */
    String encode(byte[] utf8ClearText);

    /** For rendering bodies in logs and tests: every secret becomes {@code <redacted>}. */
    static SecretEncoder redacted() {
        return clear -> "<redacted>";
    }

    /** For clients without a module key: sending a secret fails with an explanation. */
    static SecretEncoder unavailable() {
        return clear -> {
            throw new IllegalStateException("A SecureString/PSCredential parameter needs the tenant's module key: "
                    + "configure ExchangeClient.builder().secretEncoder(RsaSecretEncoder.fromModuleFile(…)) "
                    + "or supply the RSA public key");
        };
    }
}
