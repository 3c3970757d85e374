package dev.exobindings.runtime.http;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * State shared by every HTTP call of one cmdlet invocation: its {@code client-request-id} (reused across retries
 * and pages), its deadline, and whether the one token refresh it is allowed has happened.
 */
public final class Invocation {
    private final String clientRequestId;
    private final Duration budget;
    private volatile Instant deadline;
    private boolean tokenRefreshed;
    private String claims;

    public Invocation(Instant deadline) {
        this(UUID.randomUUID().toString(), deadline);
    }

    public Invocation(String clientRequestId, Instant deadline) {
        this(clientRequestId, null, deadline);
    }

    /**
     * @param budget   the overall budget the deadline was computed from (for {@link #renewDeadline}), or null
     * @param deadline when the budget runs out, or null
     */
    public Invocation(String clientRequestId, Duration budget, Instant deadline) {
        this.clientRequestId = clientRequestId;
        this.budget = budget;
        this.deadline = deadline;
    }

    /** The overall budget, or null. */
    public Duration budget() {
        return budget;
    }

    /** A new invocation whose budget starts {@code now}. */
    public static Invocation withBudget(Duration budget, Instant now) {
        return new Invocation(UUID.randomUUID().toString(), budget, budget == null ? null : now.plus(budget));
    }

    /** Starts the budget again at {@code now} (a stream's next page: the consumer's time is not the service's). */
    public void renewDeadline(Instant now) {
        if (budget != null) {
            deadline = now.plus(budget);
        }
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
