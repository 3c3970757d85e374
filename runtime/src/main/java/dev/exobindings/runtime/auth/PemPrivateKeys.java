package dev.exobindings.runtime.auth;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Reads unencrypted PEM private keys; PKCS#1 RSA keys are wrapped into PKCS#8 for the JDK's KeyFactory. */
final class PemPrivateKeys {
    /** DER of AlgorithmIdentifier { rsaEncryption, NULL }. */
    private static final byte[] RSA_ALGORITHM = HexFormat.of().parseHex("300d06092a864886f70d0101010500");

    private PemPrivateKeys() {
    }

    static PrivateKey read(String pem) {
        String text = pem.strip();
        if (text.contains("ENCRYPTED")) {
            throw new IllegalArgumentException("privateKeyPem is encrypted; pass an unencrypted key (for example "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem') or use MsalCredentials.certificate(...) with a "
                    + "password-protected .pfx");
        }
        byte[] pkcs8;
        if (text.startsWith("-----BEGIN PRIVATE KEY-----")) {
            pkcs8 = body(text, "PRIVATE KEY");
        } else if (text.startsWith("-----BEGIN RSA PRIVATE KEY-----")) {
            pkcs8 = wrapPkcs1(body(text, "RSA PRIVATE KEY"));
        } else {
            throw new IllegalArgumentException("privateKeyPem must start with -----BEGIN PRIVATE KEY----- or "
                    + "-----BEGIN RSA PRIVATE KEY-----");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("privateKeyPem is not an RSA private key ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static byte[] body(String text, String label) {
        String end = "-----END " + label + "-----";
        int endAt = text.indexOf(end);
        if (endAt < 0) {
            throw new IllegalArgumentException("privateKeyPem has no '" + end + "' line");
        }
        String base64 = text.substring(("-----BEGIN " + label + "-----").length(), endAt).replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("privateKeyPem: the text between the BEGIN and END lines is not "
                    + "base64");
        }
    }

    /** PrivateKeyInfo ::= SEQUENCE { INTEGER 0, AlgorithmIdentifier, OCTET STRING pkcs1 }. */
    private static byte[] wrapPkcs1(byte[] pkcs1) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(new byte[] {0x02, 0x01, 0x00});
        content.writeBytes(RSA_ALGORITHM);
        content.writeBytes(der(0x04, pkcs1));
        return der(0x30, content.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i));
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
