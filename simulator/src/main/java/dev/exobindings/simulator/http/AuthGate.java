package dev.exobindings.simulator.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer token check: a token is accepted when it is one of the configured static tokens or was issued by
 * {@link #issue()}. Tokens are never logged or put in messages.
 */
public final class AuthGate {
    /** Lifetime of an issued token. */
    public static final long TOKEN_LIFETIME_SECONDS = 24 * 3600;
    private final List<byte[]> staticTokens;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();
    private final String tenantId;

    /** @param tenantId the tenant GUID an issued token names in its {@code tid} claim */
    public AuthGate(List<String> staticTokens, String tenantId) {
        this.staticTokens = staticTokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        this.tenantId = tenantId;
    }

    /**
     * Issues a new accepted token. It is shaped like the service's access tokens (a JWT with {@code aud},
     * {@code tid}, {@code iat}, {@code exp} 24 hours ahead) so a client that reads claims, such as the runtime's
     * {@code StaticCredentials.token(…)}, accepts it; its signature part is random, which is what makes it secret.
     */
    public String issue() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"none\",\"typ\":\"JWT\"}";
        String payload = "{\"aud\":\"https://outlook.office365.com\",\"iss\":\"exo-bindings-simulator\","
                + "\"tid\":\"" + tenantId + "\",\"iat\":" + now + ",\"exp\":" + (now + TOKEN_LIFETIME_SECONDS) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(bytes);
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
