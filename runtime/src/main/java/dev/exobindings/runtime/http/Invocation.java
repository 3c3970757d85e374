package dev.exobindings.runtime.http;

import java.time.Instant;
import java.util.UUID;

/**
 * State shared by every HTTP call of one cmdlet invocation: its {@code client-request-id} (reused across retries
 * and pages), its deadline, and whether the one token refresh it is allowed has happened.
 */
public final class Invocation {
    private final String clientRequestId;
    private final Instant deadline;
    private boolean tokenRefreshed;
    private String claims;

    public Invocation(Instant deadline) {
        this(UUID.randomUUID().toString(), deadline);
    }

    public Invocation(String clientRequestId, Instant deadline) {
        this.clientRequestId = clientRequestId;
        this.deadline = deadline;
    }

    /** The {@code client-request-id} of every call of this invocation. */
    public String clientRequestId() {
        return clientRequestId;
    }

    /** When the overall budget runs out, or null. */
    public Instant deadline() {
        return deadline;
    }

    synchronized boolean tryMarkRefreshed(String claimsChallenge) {
        if (tokenRefreshed) {
            return false;
        }
        tokenRefreshed = true;
        claims = claimsChallenge;
        return true;
    }

    /** The claims challenge of the 401 that caused the refresh, or null. */
    public synchronized String claims() {
        return claims;
    }
}
