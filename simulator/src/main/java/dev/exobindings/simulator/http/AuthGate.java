package dev.exobindings.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer token check: a token is accepted when it is one of the configured static tokens or was issued by
 * {@link #issue()}. Tokens are never logged or put in messages.
 */
public final class AuthGate {
    private final List<byte[]> staticTokens;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    public AuthGate(List<String> staticTokens) {
        this.staticTokens = staticTokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    /** Issues a new accepted token. */
    public String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = "sim." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        issued.add(token);
        return token;
    }

    /** Stops accepting an issued token (to simulate expiry). */
    public void revoke(String token) {
        issued.remove(token);
    }

    /** Whether an {@code Authorization} header value carries an accepted bearer token. */
    public boolean accepts(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = authorization.substring(7).trim();
        if (issued.contains(token)) {
            return true;
        }
        byte[] presented = token.getBytes(StandardCharsets.UTF_8);
        boolean match = false;
        for (byte[] known : staticTokens) {
            match |= MessageDigest.isEqual(known, presented);
        }
        return match;
    }
}
