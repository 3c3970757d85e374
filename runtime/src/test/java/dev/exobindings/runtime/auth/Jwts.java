package dev.exobindings.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Builds unsigned test JWTs by hand, independent of the code under test. */
final class Jwts {
    private Jwts() {
    }

    static String withPayload(String payloadJson) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }
}
