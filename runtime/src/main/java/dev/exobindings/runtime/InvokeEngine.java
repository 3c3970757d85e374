package dev.exobindings.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.exobindings.runtime.event.ExchangeEventListener;
import dev.exobindings.runtime.http.AnchorResolver;
import dev.exobindings.runtime.http.CallExecutor;
import dev.exobindings.runtime.http.Endpoint;
import dev.exobindings.runtime.http.Invocation;
import dev.exobindings.runtime.http.RequestHeaders;
import dev.exobindings.runtime.json.RequestBodies;
import dev.exobindings.runtime.paging.Page;
import dev.exobindings.runtime.paging.PageRules;
import dev.exobindings.runtime.paging.PageSequence;
import dev.exobindings.runtime.paging.RowReader;
import dev.exobindings.runtime.failure.Idempotency;
import dev.exobindings.runtime.secret.SecretEncoder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Turns a {@link CmdletRequest} into InvokeCommand calls: body, headers, page sequence, joined result.
 * Shared by {@link ExchangeClient} and the {@code $batch} runner; package-private: not part of the API.
 */
final class InvokeEngine {
    private final Supplier<Endpoint> endpoint;
    private final AnchorResolver anchors;
    private final String connectionId;
    private final SecretEncoder secrets;
    private final int pageSize;
    private final int maxPages;
    private final CallExecutor executor;
    private final ExchangeEventListener listener;
    private final Timeouts timeouts;

    InvokeEngine(Supplier<Endpoint> endpoint, AnchorResolver anchors, String connectionId, SecretEncoder secrets,
                 int pageSize, int maxPages, CallExecutor executor, ExchangeEventListener listener,
                 Timeouts timeouts) {
        this.maxPages = maxPages;
        this.endpoint = endpoint;
        this.anchors = anchors;
        this.connectionId = connectionId;
        this.secrets = secrets;
        this.pageSize = pageSize;
        this.executor = executor;
        this.listener = listener;
        this.timeouts = timeouts;
    }

    /** The tenant's endpoint; for Security &amp; Compliance the first use discovers the regional host. */
    Endpoint endpoint() {
        return endpoint.get();
    }

    CallExecutor executor() {
        return executor;
    }

    ExchangeEventListener listener() {
        return listener;
    }

    String connectionId() {
        return connectionId;
    }

    int pageSize() {
        return pageSize;
    }

    /** A new invocation of {@code request} with its own client-request-id and overall budget. */
    Invocation newInvocation(CmdletRequest request) {
        return newInvocation(request.cmdletName(), request.descriptor().httpTimeout());
    }

    /**
     * A new invocation of {@code cmdlet} (or {@code $batch}) with its own client-request-id and overall budget;
     * {@code moduleTimeout} is the module's HTTP timeout for it, from which the default budget derives.
     */
    Invocation newInvocation(String cmdlet, Duration moduleTimeout) {
        return Invocation.withBudget(timeouts.overallFor(cmdlet, moduleTimeout), executor.clock().instant());
    }

    /** The JSON body sent for {@code request}. */
    ObjectNode body(CmdletRequest request, ConfirmMode mode) {
        return envelope(request, secrets, mode);
    }

    /**
     * The body of {@code request} in {@code mode}, secrets encoded by {@code encoder}. Client-side switches
     * ({@code UseCustomRouting}) steer the client and are never sent, as in the module.
     */
    static ObjectNode envelope(CmdletRequest request, SecretEncoder encoder, ConfirmMode mode) {
        Set<String> clientSide = request.descriptor().clientSideParameters();
        Map<String, Object> sent = request.parameters();
        if (!clientSide.isEmpty()) {
            sent = new LinkedHashMap<>(sent);
            sent.keySet().removeAll(clientSide);
        }
        return RequestBodies.envelope(request.cmdletName(), sent,
                request.supportsShouldProcess() ? switches(mode) : Map.of(), encoder);
    }

    /** The switches a ShouldProcess cmdlet carries in {@code mode}. */
    static Map<String, Boolean> switches(ConfirmMode mode) {
        return switch (mode) {
            case NONE -> Map.of();
            case EXECUTE -> Map.of("Confirm", false);
            case VALIDATE -> Map.of("Confirm", true);
            case WHAT_IF -> Map.of("WhatIf", true);
        };
    }

    /**
     * The mode the module's default {@code $ConfirmPreference} gives without a prompt: {@code Confirm:false} where
     * it would prompt (High or unknown impact), no Confirm key elsewhere.
     */
    static ConfirmMode defaultMode(CmdletRequest request) {
        return confirmsByDefault(request) ? ConfirmMode.EXECUTE : ConfirmMode.NONE;
    }

    /**
     * Whether the module would prompt for {@code request} by default: its descriptor's
     * {@link CmdletDescriptor#confirmsByDefault()}; when even ShouldProcess is unknown, every call that is not a
     * read (a write verb, or a read verb with {@code -DeleteContent}) is taken as High impact.
     */
    static boolean confirmsByDefault(CmdletRequest request) {
        CmdletDescriptor descriptor = request.descriptor();
        if (!descriptor.shouldProcessKnown()) {
            return !Idempotency.isIdempotent(request.cmdletName(), request.parameters().keySet());
        }
        return descriptor.confirmsByDefault();
    }

    /** The per-call headers of {@code request} for a token and page size (no Authorization, no request id). */
    Map<String, String> headers(CmdletRequest request, String token, String prefer) {
        return RequestHeaders.invoke(request.cmdletName(), anchors.resolve(routing(request), token), connectionId,
                prefer);
    }

    /** The request's routing parameter as the anchor rules see it, or null when its cmdlet has none. */
    private static AnchorResolver.RoutingValue routing(CmdletRequest request) {
        CmdletDescriptor.Routing routing = request.descriptor().routing();
        if (routing == null) {
            return null;
        }
        Object value = request.parameters().get(routing.parameter());
        boolean optedIn = routing.optInSwitch() != null
                && Boolean.TRUE.equals(request.parameters().get(routing.optInSwitch()));
        return new AnchorResolver.RoutingValue(value == null ? null : value.toString(),
                routing.rule() == CmdletDescriptor.RoutingRule.FOLDER_ID, optedIn);
    }

    /**
     * The lazy pages of {@code request}; {@code prefetched} is a first page already received, or null;
     * {@code prefetchedFrom} the URL that answered it (its nextLink stays on that origin), or null;
     * {@code stream} follows every nextLink when no ResultSize is given and gives each page the whole budget.
     */
    <R> PageSequence<R> pages(CmdletRequest request, ConfirmMode mode, List<String> select, RowReader<R> reader,
                              Invocation inv, Page<JsonNode> prefetched, URI prefetchedFrom, boolean stream) {
        byte[] body = body(request, mode).toString().getBytes(StandardCharsets.UTF_8);
        String logBody = envelope(request, SecretEncoder.redacted(), mode).toString();
        boolean idempotent = isIdempotent(request, mode);
        URI first = endpoint().invokeCommand(select);
        PageRules rules = PageRules.of(request.cmdletName(), request.parameters(), pageSize);
        return new PageSequence<>(executor, inv, stream ? rules.followingEveryLink() : rules, first,
                (uri, size) -> new CallExecutor.Call(uri, token -> body, logBody, request.cmdletName(), idempotent,
                        token -> headers(request, token, RequestHeaders.maxPageSize(size)),
                        request.descriptor().httpTimeout()),
                reader, request.cmdletName(), listener, prefetched, prefetchedFrom, stream, maxPages);
    }

    /** Whether sending {@code request} in {@code mode} twice is harmless: a read, or a validation/WhatIf call. */
    static boolean isIdempotent(CmdletRequest request, ConfirmMode mode) {
        return Idempotency.isIdempotent(request.cmdletName(), request.parameters().keySet())
                || request.supportsShouldProcess() && request.descriptor().shouldProcessKnown()
                && (mode == ConfirmMode.VALIDATE || mode == ConfirmMode.WHAT_IF);
    }

    /** Reads every page and joins them. */
    InvokeResult collect(PageSequence<JsonNode> pages, Invocation inv) {
        List<JsonNode> rows = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        String serverRequestId = null;
        String backend = null;
        String confirmation = null;
        while (pages.hasNext()) {
            Page<JsonNode> page = pages.next();
            rows.addAll(page.rows());
            warnings.addAll(page.warnings());
            errors.addAll(page.errors());
            serverRequestId = page.serverRequestId() != null ? page.serverRequestId() : serverRequestId;
            backend = page.backendServer() != null ? page.backendServer() : backend;
            confirmation = page.confirmationMessage() != null ? page.confirmationMessage() : confirmation;
        }
        return new InvokeResult(rows, warnings, errors, inv.clientRequestId(), serverRequestId, backend,
                pages.pagesFetched(), confirmation, true, pages.truncated());
    }
}
