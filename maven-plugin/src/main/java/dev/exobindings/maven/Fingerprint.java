package dev.exobindings.maven;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 over everything that decides the generated output: the snapshot's bytes, the effective configuration
 * and the generator's identity. Hashing the snapshot content (not its path or timestamp) means moving or touching
 * the file does not regenerate, while any edit does.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    /**
     * @param snapshotContent   the snapshot file's bytes
     * @param packageName       target package
     * @param includes          include globs as configured (order kept: it is part of the configuration)
     * @param excludes          exclude globs
     * @param generatorIdentity version and content hash of the generator code
     */
    static String of(byte[] snapshotContent, String packageName, List<String> includes, List<String> excludes,
                     String generatorIdentity) {
        return of(snapshotContent, packageName, includes, excludes, generatorIdentity, null);
    }

    /**
     * As {@link #of(byte[], String, List, List, String)}, plus the bytes of a CSDL file given with {@code <csdl>}
     * ({@code null}: the bundled CSDL, part of the generator's identity; the fingerprint is then the same as
     * without the parameter, so adding this setting did not regenerate existing builds).
     */
    static String of(byte[] snapshotContent, String packageName, List<String> includes, List<String> excludes,
                     String generatorIdentity, byte[] csdlContent) {
        MessageDigest digest = sha256();
        digest.update(sha256().digest(snapshotContent));
        // Length-prefixed fields so that no two configurations serialise to the same text.
        field(digest, "package", packageName);
        field(digest, "includes", String.join("\n", includes));
        field(digest, "excludes", String.join("\n", excludes));
        field(digest, "generator", generatorIdentity);
        if (csdlContent != null) {
            field(digest, "csdl", sha256Hex(csdlContent));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static void field(MessageDigest digest, String name, String value) {
        byte[] bytes = (name + "=" + value).getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
