package dev.exobindings.simulator.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque {@code $skiptoken} of a nextLink: the offset of the next page and a fingerprint of the request body,
 * so a continuation with a different body is refused (the client must re-POST the same body).
 *
 * @param offset          index of the first row of the next page
 * @param bodyFingerprint fingerprint of the CmdletInput that produced the first page
 */
public record SkipToken(int offset, String bodyFingerprint) {

    /** The URL-safe opaque form. */
    public String encode() {
        String plain = "v1;" + offset + ";" + bodyFingerprint;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a token; empty when it is not one this simulator issued. */
    public static Optional<SkipToken> decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(";", -1);
            if (parts.length != 3 || !parts[0].equals("v1")) {
                return Optional.empty();
            }
            int offset = Integer.parseInt(parts[1]);
            return offset < 0 ? Optional.empty() : Optional.of(new SkipToken(offset, parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
