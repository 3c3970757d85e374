package dev.exobindings.runtime.testing;

import dev.exobindings.runtime.auth.AccessToken;
import dev.exobindings.runtime.auth.TokenProvider;
import dev.exobindings.runtime.auth.TokenRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Fake JWTs (unsigned) and a recording provider. Every token issued is remembered for the redaction test. */
public final class Tokens implements TokenProvider {
    /** Every token any test handed to a client. */
    public static final Set<String> ISSUED = ConcurrentHashMap.newKeySet();
    private final String upn;
    private final List<TokenRequest> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile String current;

    private Tokens(String upn) {
        this.upn = upn;
        this.current = jwt(upn);
    }

    /** App-only: no {@code upn} claim. */
    public static Tokens appOnly() {
        return new Tokens(null);
    }

    /** Delegated: {@code upn} claim set. */
    public static Tokens delegated(String upn) {
        return new Tokens(upn);
    }

    public static String jwt(String upn) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String payload = "{\"aud\":\"https://outlook.office365.com\",\"tid\":\"" + UUID.randomUUID() + "\""
                + (upn == null ? ",\"roles\":[\"Exchange.ManageAsApp\"]" : ",\"upn\":\"" + upn + "\"")
                + ",\"nonce\":\"" + UUID.randomUUID() + "\"}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJlLW5vdC1jaGVja2Vk";
        ISSUED.add(token);
        return token;
    }

    @Override
    public AccessToken token(TokenRequest request) {
        requests.add(request);
        if (request.forceRefresh()) {
            current = jwt(upn);
        }
        return new AccessToken(current, Instant.parse("2099-01-01T00:00:00Z"));
    }

    public String current() {
        return current;
    }

    public List<TokenRequest> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }
}
