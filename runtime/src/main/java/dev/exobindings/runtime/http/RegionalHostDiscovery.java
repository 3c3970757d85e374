package dev.exobindings.runtime.http;

import dev.exobindings.runtime.auth.TokenProvider;
import dev.exobindings.runtime.auth.TokenRequest;
import dev.exobindings.runtime.failure.ErrorBodyParser;
import dev.exobindings.runtime.error.ErrorInfo;
import dev.exobindings.runtime.error.HostDiscoveryException;
import dev.exobindings.runtime.host.LocationRewrite;
import dev.exobindings.runtime.host.RegionalHostRules;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Finds the Security &amp; Compliance host of a tenant, once: an unfollowed
 * {@code GET <front door>/AdminApi/v1.0/<tenant>/EXOModuleFile} (ScubaGear's way, protocol reference §(a)); a 3xx
 * {@code Location} names the regional host, rewritten by the {@link RegionalHostRules} and checked against their
 * family; a 2xx means the front door serves the tenant itself. The result is pinned for the client's life.
 *
 * <p>Lazy and shared: the first call that needs the host runs the bootstrap, calls arriving meanwhile wait for the
 * same outcome (host or exception). A failure is not kept: the next call tries again.
 */
public final class RegionalHostDiscovery implements Supplier<Endpoint> {
    /** The name the bootstrap carries in errors and logs. */
    public static final String BOOTSTRAP = "EXOModuleFile (host discovery)";

    private final RegionalHostRules rules;
    private final String tenant;
    private final HttpSender sender;
    private final TokenProvider tokens;
    private final String scope;
    private final AnchorResolver anchors;
    private final String connectionId;
    private final Duration timeout;
    private final HostGuard guard;
    private final AtomicReference<CompletableFuture<Endpoint>> outcome = new AtomicReference<>();

    public RegionalHostDiscovery(RegionalHostRules rules, String tenant, HttpSender sender, TokenProvider tokens,
                                 String scope, AnchorResolver anchors, String connectionId, Duration timeout,
                                 HostGuard guard) {
        this.rules = rules;
        this.tenant = tenant;
        this.sender = sender;
        this.tokens = tokens;
        this.scope = scope;
        this.anchors = anchors;
        this.connectionId = connectionId;
        this.timeout = timeout;
        this.guard = guard;
    }

    /** The pinned endpoint, discovering it first if no call has yet. */
    @Override
    public Endpoint get() {
        while (true) {
            CompletableFuture<Endpoint> current = outcome.get();
            if (current != null) {
                try {
                    return current.join();
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw e;
                }
            }
            CompletableFuture<Endpoint> mine = new CompletableFuture<>();
            if (outcome.compareAndSet(null, mine)) {
                try {
                    Endpoint endpoint = discover();
                    mine.complete(endpoint);
                    return endpoint;
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                    outcome.compareAndSet(mine, null); // the next call tries again
                    throw e;
                }
            }
        }
    }

    /** The pinned host once discovered. */
    public Optional<URI> pinnedHost() {
        CompletableFuture<Endpoint> current = outcome.get();
        return current != null && current.isDone() && !current.isCompletedExceptionally()
                ? Optional.of(current.join().base()) : Optional.empty();
    }

    /** The bootstrap URL. */
    public URI bootstrapUri() {
        String door = rules.frontDoor().toString().replaceAll("/+$", "");
        return URI.create(door + "/AdminApi/v1.0/" + URLEncoder.encode(tenant, StandardCharsets.UTF_8)
                + "/EXOModuleFile");
    }

    private Endpoint discover() {
        URI bootstrap = bootstrapUri();
        String requestId = UUID.randomUUID().toString();
        guard.checkDestination(bootstrap, BOOTSTRAP, requestId);
        String token = tokens.token(new TokenRequest(scope, null, false)).token();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + token);
        headers.put("Accept", "application/json");
        // what S4 sends to mirror Connect-*; CommandName narrows the module, nothing else depends on it here
        headers.put("CommandName", "*");
        headers.put("is-cloud-shell-environment", "False");
        headers.put("X-InitializeConnectionContextObjectIdDynamic", "true");
        headers.put("X-AnchorMailbox", anchors.defaultAnchor(token).value());
        headers.put("connection-id", connectionId);
        headers.put("client-request-id", requestId);
        WireResponse response;
        try {
            response = sender.get(bootstrap, headers, timeout);
        } catch (IOException e) {
            throw failure(-1, requestId, "GET " + bootstrap + " failed: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(-1, requestId, "GET " + bootstrap + " was interrupted", e);
        }
        URI origin;
        if (HostGuard.isRedirect(response.status())) {
            String location = response.header("Location");
            try {
                origin = rules.apiOrigin(bootstrap, location);
            } catch (IllegalArgumentException e) {
                throw failure(response.status(), requestId, "GET " + bootstrap + " answered " + response.status()
                        + " with Location '" + location + "', refused: " + e.getMessage() + " (rewrite "
                        + describe(rules.rewrite()) + "); the token was not sent there", null);
            }
        } else if (response.isSuccess()) {
            origin = rules.frontDoor();
        } else {
            String said = ErrorBodyParser.parse(response.status(), response.text(), response.header("X-ExceptionType"),
                    response.header("request-id"), BOOTSTRAP, requestId).message();
            throw failure(response.status(), requestId, "GET " + bootstrap + " answered " + response.status()
                    + " instead of a redirect to the regional host: " + said, null);
        }
        guard.pin(origin);
        return new Endpoint(origin, tenant);
    }

    private static String describe(LocationRewrite r) {
        String host = r.hostFrom() == null ? "" : "'" + r.hostFrom() + "' → '" + r.hostTo() + "'";
        String port = r.portFrom() == -1 ? "" : "port " + r.portFrom() + " → " + r.portTo();
        return host.isEmpty() && port.isEmpty() ? "none" : (host + (host.isEmpty() || port.isEmpty() ? "" : ", ") + port);
    }

    private static HostDiscoveryException failure(int status, String requestId, String what, Throwable cause) {
        return new HostDiscoveryException(new ErrorInfo(status, null, null,
                "Security & Compliance host discovery failed: " + what, null, null, null, BOOTSTRAP, requestId, null),
                cause);
    }

    @Override
    public String toString() {
        return "RegionalHostDiscovery[" + rules.frontDoor() + " → " + pinnedHost().map(URI::toString)
                .orElse("(not yet discovered)") + "]";
    }
}
